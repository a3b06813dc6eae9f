namespace Myokinetics.Cli.Describe;

/// <summary>Rows of text cells written with aligned columns: two spaces of indent, two between
/// columns, the last column unpadded, no trailing spaces.</summary>
internal sealed class TextTable
{
    private readonly string[] header;
    private readonly List<string[]> rows = [];

    public TextTable(params string[] header)
    {
        this.header = header;
    }

    public void Add(params string[] cells)
    {
        if (cells.Length != header.Length)
        {
            throw new ArgumentException($"a row has {cells.Length} cells; the table has {header.Length} columns", nameof(cells));
        }

        rows.Add(cells);
    }

    /// <summary>Removes the columns whose cells (below the header) are all <paramref name="empty"/>.</summary>
    public TextTable WithoutEmptyColumns(string empty)
    {
        var keep = Enumerable.Range(0, header.Length)
            .Where(c => rows.Any(r => r[c] != empty))
            .ToArray();
        var result = new TextTable(keep.Select(c => header[c]).ToArray());
        foreach (var row in rows)
        {
            result.Add(keep.Select(c => row[c]).ToArray());
        }

        return result;
    }

    /// <summary>Writes the header line (unless <paramref name="withHeader"/> is false) and the rows.</summary>
    public void Write(TextWriter writer, bool withHeader = true)
    {
        var lines = withHeader ? rows.Prepend(header).ToList() : rows;
        var widths = new int[header.Length];
        foreach (var row in lines)
        {
            for (var c = 0; c < row.Length; c++)
            {
                widths[c] = Math.Max(widths[c], row[c].Length);
            }
        }

        foreach (var row in lines)
        {
            var line = string.Join("  ", row.Select((cell, c) => c == row.Length - 1 ? cell : cell.PadRight(widths[c])));
            writer.WriteLine($"  {line}".TrimEnd());
        }
    }
}
