using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Json;
using Myokinetics.Core.Diagnostics;
using Myokinetics.Core.Text;

namespace Myokinetics.Physiology.Catalog;

/// <summary>
/// The myokine catalogue (models/catalog/myokines.json): every myokine and exerkine the model, the command
/// line and the web page describe, found by id, name or alias. Read with <see cref="Load"/> or
/// <see cref="Default"/>; a file that is not valid JSON of the catalogue's shape, or breaks one of its rules
/// (see models/catalog/README.md), is refused with a <see cref="ModelFormatException"/> naming the file,
/// line and column, the entry and the field.
/// </summary>
public sealed class MyokineCatalog
{
    /// <summary>The catalogue's file name.</summary>
    public const string FileName = "myokines.json";

    private static readonly byte[] ByteOrderMark = [0xEF, 0xBB, 0xBF];

    private readonly Dictionary<string, MyokineEntry> byKey = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, MyokineEntry> byFoldedKey = new(StringComparer.Ordinal);

    private MyokineCatalog(string source, CatalogDocument document)
    {
        Source = source;
        Description = document.Description;
        Entries = document.Entries;
        foreach (var entry in Entries)
        {
            foreach (var key in entry.LookupKeys)
            {
                byKey[key] = entry;
                byFoldedKey[Fold(key)] = entry;
            }
        }
    }

    /// <summary>Where the catalogue was read from (a path, or the name given to <see cref="Parse(string, string)"/>).</summary>
    public string Source { get; }

    /// <summary>The catalogue's own description.</summary>
    public string Description { get; }

    /// <summary>The entries, in file order.</summary>
    public ImmutableArray<MyokineEntry> Entries { get; }

    /// <summary>Reads and checks the catalogue at <paramref name="path"/>.</summary>
    /// <exception cref="ModelFormatException">The file cannot be read, is not valid JSON of the catalogue's
    /// shape, or breaks one of its rules; the message names the file, line and column.</exception>
    public static MyokineCatalog Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ModelFormatException(new SourceLocation(path, 0), $"cannot read the myokine catalogue: {ex.Message}", ex);
        }

        return ParseBytes(bytes, path);
    }

    /// <summary>Reads and checks catalogue text; <paramref name="sourceName"/> names it in messages.</summary>
    /// <exception cref="ModelFormatException">As for <see cref="Load"/>.</exception>
    public static MyokineCatalog Parse(string json, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(json);
        return ParseBytes(Encoding.UTF8.GetBytes(json), sourceName);
    }

    /// <summary>The shipped catalogue: next to the program (models/catalog/myokines.json) when installed,
    /// else found by walking up from the program's folder to a repository checkout.</summary>
    /// <exception cref="ModelFormatException">No catalogue was found, or it is malformed.</exception>
    public static MyokineCatalog Default() => Load(DefaultPath());

    /// <summary>The path <see cref="Default"/> reads.</summary>
    /// <exception cref="ModelFormatException">No catalogue was found.</exception>
    public static string DefaultPath()
    {
        var shipped = Path.Combine(AppContext.BaseDirectory, "models", "catalog", FileName);
        if (File.Exists(shipped))
        {
            return shipped;
        }

        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "models", "catalog", FileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new ModelFormatException(new SourceLocation(shipped, 0), $"the myokine catalogue ({FileName}) was not found next to the program or in a models/catalog folder above it");
    }

    /// <summary>The entry with this id, name or alias: first ignoring case, then also ignoring spaces and
    /// punctuation (<c>il 6</c> finds <c>IL6</c>); null when none.</summary>
    public MyokineEntry? Find(string nameOrAlias)
    {
        ArgumentNullException.ThrowIfNull(nameOrAlias);
        var key = nameOrAlias.Trim();
        if (byKey.TryGetValue(key, out var entry))
        {
            return entry;
        }

        var folded = Fold(key);
        return folded.Length > 0 && byFoldedKey.TryGetValue(folded, out entry) ? entry : null;
    }

    /// <summary>As <see cref="Find"/>, in the Try pattern.</summary>
    public bool TryFind(string nameOrAlias, [NotNullWhen(true)] out MyokineEntry? entry)
    {
        entry = Find(nameOrAlias);
        return entry is not null;
    }

    /// <summary>The id, name or alias nearest to <paramref name="text"/> by edit distance (ignoring case,
    /// spaces and punctuation); ties go to the entry earlier in the file.</summary>
    public CatalogSuggestion Suggest(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = Fold(text);
        CatalogSuggestion? best = null;
        foreach (var entry in Entries)
        {
            foreach (var key in entry.LookupKeys)
            {
                var distance = EditDistance.Between(folded, Fold(key));
                if (best is null || distance < best.Value.Distance)
                {
                    best = new CatalogSuggestion(key, entry, distance);
                }
            }
        }

        return best!.Value;
    }

    /// <summary>Every entry as a JSON array, in the catalogue's own format (indented, snake_case).</summary>
    public string ToJson() => JsonSerializer.Serialize(Entries, CatalogJson.Options);

    /// <summary>One entry as JSON, in the catalogue's own format.</summary>
    public static string ToJson(MyokineEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return JsonSerializer.Serialize(entry, CatalogJson.Options);
    }

    /// <summary>Reads one entry written by <see cref="ToJson(MyokineEntry)"/> (shape only; the catalogue's
    /// cross-entry rules are not checked).</summary>
    /// <exception cref="ModelFormatException">The text is not an entry.</exception>
    public static MyokineEntry ReadEntry(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Deserialize<MyokineEntry>(Encoding.UTF8.GetBytes(json), "<entry>");
    }

    /// <summary>Reads an array of entries written by <see cref="ToJson()"/> (shape only).</summary>
    /// <exception cref="ModelFormatException">The text is not an array of entries.</exception>
    public static ImmutableArray<MyokineEntry> ReadEntries(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Deserialize<ImmutableArray<MyokineEntry>>(Encoding.UTF8.GetBytes(json), "<entries>");
    }

    /// <summary>A name with case, spaces and punctuation removed: the second-chance lookup key.</summary>
    internal static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    private static MyokineCatalog ParseBytes(byte[] bytes, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(sourceName);
        ReadOnlySpan<byte> utf8 = bytes;
        if (utf8.StartsWith(ByteOrderMark))
        {
            utf8 = utf8[ByteOrderMark.Length..];
        }

        var document = Deserialize<CatalogDocument>(utf8, sourceName);
        CatalogValidator.Validate(document, new JsonLineIndex(sourceName, utf8));
        return new MyokineCatalog(sourceName, document);
    }

    private static T Deserialize<T>(ReadOnlySpan<byte> utf8, string sourceName)
    {
        try
        {
            var value = JsonSerializer.Deserialize<T>(utf8, CatalogJson.Options);
            return value is null
                ? throw new ModelFormatException(new SourceLocation(sourceName, 1, 1), "expected a JSON object, found null")
                : value;
        }
        catch (JsonException ex)
        {
            throw new ModelFormatException(Locate(ex, sourceName), JsonErrorText.Describe(ex), ex);
        }
    }

    /// <summary>The 1-based line and column of a <see cref="JsonException"/> (which counts from 0).</summary>
    private static SourceLocation Locate(JsonException ex, string sourceName) =>
        ex.LineNumber is { } line
            ? new SourceLocation(sourceName, (int)line + 1, (int)(ex.BytePositionInLine ?? 0) + 1)
            : new SourceLocation(sourceName, 0);
}
