using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Myokinetics.Physiology.Catalog;

/// <summary>The one set of JSON settings the catalogue is read and written with: snake_case names, every
/// field required (null must be written out), no unknown fields, kinds as lower-case strings.</summary>
internal static class CatalogJson
{
    /// <summary>The schema version this code reads.</summary>
    public const int SchemaVersion = 1;

    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            WriteIndented = true,
            IndentSize = 2,
            // Readable µ, °, — and Greek letters; the output is for terminals and files, not HTML.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            NewLine = "\n",
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
