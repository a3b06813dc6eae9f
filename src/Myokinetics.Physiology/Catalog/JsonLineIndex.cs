using System.Text.Json;
using Myokinetics.Core.Diagnostics;

namespace Myokinetics.Physiology.Catalog;

/// <summary>
/// Where each entry of the catalogue, and each of its fields, starts in the file: the line and column the
/// validator names in its messages. Built by one pass of a <see cref="Utf8JsonReader"/> over text that
/// already parsed, so it never fails.
/// </summary>
internal sealed class JsonLineIndex
{
    private readonly string file;
    private readonly int[] lineStarts;
    private readonly List<long> entryStarts = [];
    private readonly List<Dictionary<string, long>> fieldStarts = [];

    public JsonLineIndex(string file, ReadOnlySpan<byte> utf8)
    {
        this.file = file;
        var starts = new List<int> { 0 };
        for (var i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                starts.Add(i + 1);
            }
        }

        lineStarts = [.. starts];
        Scan(utf8);
    }

    /// <summary>The location of entry <paramref name="index"/>'s field <paramref name="field"/> (a JSON name),
    /// or of the entry itself when the field is null or absent.</summary>
    public SourceLocation Entry(int index, string? field = null)
    {
        if (index < 0 || index >= entryStarts.Count)
        {
            return new SourceLocation(file, 0);
        }

        var offset = field is not null && fieldStarts[index].TryGetValue(field, out var fieldOffset) ? fieldOffset : entryStarts[index];
        return At(offset);
    }

    /// <summary>The location of a byte offset: 1-based line and column.</summary>
    public SourceLocation At(long offset)
    {
        var line = Array.BinarySearch(lineStarts, (int)offset);
        if (line < 0)
        {
            line = ~line - 1;
        }

        return new SourceLocation(file, line + 1, (int)(offset - lineStarts[line]) + 1);
    }

    private void Scan(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        var inEntries = false;
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName when reader.CurrentDepth == 1:
                    inEntries = reader.ValueTextEquals("entries"u8);
                    break;
                case JsonTokenType.StartObject when inEntries && reader.CurrentDepth == 2:
                    entryStarts.Add(reader.TokenStartIndex);
                    fieldStarts.Add(new Dictionary<string, long>(StringComparer.Ordinal));
                    break;
                case JsonTokenType.PropertyName when inEntries && reader.CurrentDepth == 3 && fieldStarts.Count > 0:
                    fieldStarts[^1][reader.GetString()!] = reader.TokenStartIndex;
                    break;
                default:
                    break;
            }
        }
    }
}
