using System.Text.Json;
using System.Text.RegularExpressions;

namespace Myokinetics.Physiology.Catalog;

/// <summary>
/// Turns the serializer's messages about the catalogue's shape into short ones that speak of the file's
/// fields (missing field, unknown field, null not allowed, wrong type with the type expected), prefixed
/// with the JSON path; syntax errors keep the reader's own message.
/// </summary>
internal static partial class JsonErrorText
{
    private static readonly Dictionary<string, string> Expected = new(StringComparer.Ordinal)
    {
        ["kind"] = "one of: protein, peptide, metabolite, vesicle",
        ["value"] = "a number or null",
        ["low"] = "a number or null",
        ["high"] = "a number or null",
        ["main"] = "true or false",
        ["schema_version"] = "a whole number",
        ["entries"] = "an array of entries",
        ["source_tissues"] = "an array of objects",
        ["references"] = "an array of objects",
        ["basal_plasma"] = "an object",
        ["half_life"] = "an object",
        ["exercise_response"] = "an object",
    };

    public static string Describe(JsonException ex)
    {
        var message = ex.Message;
        var cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        if (cut >= 0)
        {
            message = message[..cut];
        }

        message = Friendly(message, ex.Path).Replace("Myokinetics.Physiology.Catalog.", string.Empty, StringComparison.Ordinal).Trim();
        return string.IsNullOrEmpty(ex.Path) || ex.Path == "$" ? message : $"{ex.Path}: {message}";
    }

    private static string Friendly(string message, string? path)
    {
        var missing = MissingProperties().Match(message);
        if (missing.Success)
        {
            return $"missing field {missing.Groups[1].Value} (write every field, with null where the value is unknown)";
        }

        var unknown = UnknownProperty().Match(message);
        if (unknown.Success)
        {
            return $"unknown field '{unknown.Groups[1].Value}'";
        }

        if (message.Contains("doesn't allow null values", StringComparison.Ordinal))
        {
            return "null is not allowed here";
        }

        if (message.StartsWith("The JSON value could not be converted", StringComparison.Ordinal))
        {
            return $"unexpected value: expected {ExpectedAt(path)}";
        }

        return message;
    }

    /// <summary>What the field at the end of <paramref name="path"/> holds.</summary>
    private static string ExpectedAt(string? path)
    {
        var field = path is null ? string.Empty : LastField().Match(path).Groups[1].Value;
        if (Expected.TryGetValue(field, out var expected))
        {
            return expected;
        }

        return field is "aliases" or "receptors" or "signalling" or "targets" or "outcomes" or "notes"
            ? "an array of texts"
            : "a text (or null where the value is unknown)";
    }

    [GeneratedRegex("missing required properties including: (.+?)\\.?$")]
    private static partial Regex MissingProperties();

    [GeneratedRegex("The JSON property '([^']*)' could not be mapped")]
    private static partial Regex UnknownProperty();

    [GeneratedRegex(@"\.([A-Za-z_]+)(\[\d+\])?$")]
    private static partial Regex LastField();
}
