using System.Globalization;
using Myokinetics.Core.Diagnostics;

namespace Myokinetics.Lab.Assays;

/// <summary>
/// Reads a tidy plate file: CSV with a header naming the columns <c>well</c>, <c>type</c>,
/// <c>analyte</c>, <c>mfi</c> (required), <c>expected</c> (required when any row is a standard;
/// optional for controls, whose nominal concentration it then gives),
/// <c>dilution</c> and <c>sample</c> (optional), in any order and any letter case, then one row per
/// well and analyte. Types are <c>standard</c>, <c>blank</c>, <c>control</c>, <c>unknown</c>
/// (case-insensitive). Numbers are culture-invariant (a dot for decimals); cells are not quoted and
/// hold no commas. Blank lines and lines starting with <c>#</c> are skipped.
/// </summary>
/// <remarks>
/// Every problem is a <see cref="ModelFormatException"/> naming the file, the line and (for a bad
/// cell) the 1-based character column where the cell starts: a missing column, a row with the wrong
/// number of cells, an empty well or analyte, an unknown type, a non-numeric or non-finite MFI, a
/// standard without a positive expected concentration, a dilution that is not positive.
/// </remarks>
public static class PlateCsv
{
    private static readonly string[] Required = ["well", "type", "analyte", "mfi"];
    private static readonly string[] Known = ["well", "type", "analyte", "mfi", "expected", "dilution", "sample"];

    /// <summary>Reads the file at <paramref name="path"/>.</summary>
    /// <exception cref="ModelFormatException">The file is missing, unreadable or malformed.</exception>
    public static ImmutableArray<PlateWell> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Directory.Exists(path))
        {
            throw new ModelFormatException(new SourceLocation(path, 0), "this is a folder, not a plate file");
        }

        if (!File.Exists(path))
        {
            throw new ModelFormatException(new SourceLocation(path, 0), "the plate file does not exist");
        }

        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ModelFormatException(new SourceLocation(path, 0), $"cannot read the plate file: {ex.Message}", ex);
        }

        return Parse(text, path);
    }

    /// <summary>Reads plate CSV text; <paramref name="source"/> names it in messages.</summary>
    /// <exception cref="ModelFormatException">The text is malformed or holds no wells.</exception>
    public static ImmutableArray<PlateWell> Parse(string text, string source)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(source);
        var lines = text.Split('\n');
        Dictionary<string, int>? columns = null;
        var headerLine = 0;
        var result = ImmutableArray.CreateBuilder<PlateWell>();
        for (var l = 0; l < lines.Length; l++)
        {
            var line = lines[l].TrimEnd('\r');
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            var cells = Cells(line);
            if (columns is null)
            {
                headerLine = l + 1;
                columns = Header(cells, source, headerLine);
                continue;
            }

            result.Add(Row(cells, columns, source, l + 1, headerLine));
        }

        if (columns is null || result.Count == 0)
        {
            throw new ModelFormatException(new SourceLocation(source, Math.Max(headerLine, 1)), "the plate file holds no wells; expected a header (well,type,analyte,mfi,expected) and one row per well and analyte");
        }

        return result.ToImmutable();
    }

    private static Dictionary<string, int> Header(List<(string Text, int Column)> cells, string source, int line)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < cells.Count; i++)
        {
            var name = cells[i].Text.ToLowerInvariant();
            var location = new SourceLocation(source, line, cells[i].Column);
            if (!Known.Contains(name))
            {
                throw new ModelFormatException(location, $"unknown column '{cells[i].Text}'; expected {string.Join(", ", Known)}");
            }

            if (!columns.TryAdd(name, i))
            {
                throw new ModelFormatException(location, $"the column '{name}' appears twice");
            }
        }

        foreach (var name in Required)
        {
            if (!columns.ContainsKey(name))
            {
                throw new ModelFormatException(new SourceLocation(source, line), $"missing column '{name}'; the header must name well, type, analyte, mfi (and expected for standards)");
            }
        }

        return columns;
    }

    private static PlateWell Row(List<(string Text, int Column)> cells, Dictionary<string, int> columns, string source, int line, int headerLine)
    {
        if (cells.Count != columns.Count)
        {
            throw new ModelFormatException(new SourceLocation(source, line), $"expected {columns.Count} values separated by commas (as in the header), found {cells.Count}");
        }

        SourceLocation At(string column) => new(source, line, cells[columns[column]].Column);
        string Text(string column) => cells[columns[column]].Text;

        var well = Text("well");
        if (well.Length == 0)
        {
            throw new ModelFormatException(At("well"), "the well is empty; expected a name such as A1");
        }

        var type = Type(Text("type"), At("type"));
        var analyte = Text("analyte");
        if (analyte.Length == 0)
        {
            throw new ModelFormatException(At("analyte"), "the analyte is empty; expected its name, e.g. IL-6");
        }

        var mfi = Number(Text("mfi"), "mfi", At("mfi"));
        double? expected = null;
        if (type == WellType.Standard)
        {
            if (!columns.ContainsKey("expected"))
            {
                throw new ModelFormatException(new SourceLocation(source, headerLine), $"missing column 'expected': line {line} is a standard, which needs its known concentration");
            }

            var value = Number(Text("expected"), "expected", At("expected"));
            if (value <= 0)
            {
                throw new ModelFormatException(At("expected"), $"a standard's expected concentration must be positive, found '{Text("expected")}' (a well without analyte is a blank)");
            }

            expected = value;
        }
        else if (type == WellType.Control && columns.ContainsKey("expected") && Text("expected").Length > 0)
        {
            var value = Number(Text("expected"), "expected", At("expected"));
            if (value <= 0)
            {
                throw new ModelFormatException(At("expected"), $"a control's nominal concentration must be positive, found '{Text("expected")}'");
            }

            expected = value;
        }

        var dilution = 1.0;
        if (columns.ContainsKey("dilution") && Text("dilution").Length > 0)
        {
            dilution = Number(Text("dilution"), "dilution", At("dilution"));
            if (dilution <= 0)
            {
                throw new ModelFormatException(At("dilution"), $"the dilution must be positive, found '{Text("dilution")}'");
            }
        }

        var sample = columns.ContainsKey("sample") ? Text("sample") : string.Empty;
        return new PlateWell(well, type, analyte, mfi, expected, dilution, sample, line);
    }

    private static WellType Type(string text, SourceLocation location) => text.ToLowerInvariant() switch
    {
        "standard" => WellType.Standard,
        "blank" => WellType.Blank,
        "control" => WellType.Control,
        "unknown" => WellType.Unknown,
        _ => throw new ModelFormatException(location, $"unknown well type '{text}'; expected standard, blank, control or unknown"),
    };

    private static double Number(string text, string column, SourceLocation location)
    {
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            throw new ModelFormatException(location, $"{column} '{text}' is not a number; expected a finite number such as 1234.5");
        }

        return value;
    }

    /// <summary>Splits on commas; each cell is trimmed and carries the 1-based column where its text starts.</summary>
    private static List<(string Text, int Column)> Cells(string line)
    {
        var cells = new List<(string, int)>();
        var start = 0;
        while (true)
        {
            var end = line.IndexOf(',', start);
            var raw = end < 0 ? line[start..] : line[start..end];
            var lead = raw.Length - raw.TrimStart().Length;
            cells.Add((raw.Trim(), start + lead + 1));
            if (end < 0)
            {
                return cells;
            }

            start = end + 1;
        }
    }
}
