using System.Globalization;
using Myokinetics.Core.Diagnostics;

namespace Myokinetics.Lab.Assays;

/// <summary>
/// Reads a Luminex xPONENT CSV export into plate rows (<see cref="PlateWell"/>, one per well and
/// analyte). The export is a series of sections, each opened by a line <c>"DataType:","NAME"</c>;
/// the reader uses <c>Median</c> (or, when the export has no Median section, <c>Net MFI</c>) for the
/// MFI, <c>Count</c> for each well's bead count per analyte, and <c>Dilution Factor</c>
/// (<c>Location,Sample,Dilution Factor</c>) when present. The data tables are
/// <c>Location,Sample,&lt;analyte…&gt;,Total Events</c>, one row per well, the section ending at a
/// blank line or the next <c>DataType:</c> line; a location such as <c>"1(1,A1)"</c> names well A1.
/// Header lines before the results (Program, Build, Date, Batch …) and other sections are skipped.
/// </summary>
/// <remarks>
/// Well types come from the sample names: <c>Standard…</c> is a standard, <c>Background…</c> or
/// <c>Blank…</c> a blank, <c>Control…</c> a control, anything else an unknown (case-insensitive);
/// wells with the same sample name are replicates. Standards' expected concentrations (and controls'
/// nominal ones) come from a standards file: CSV with the columns <c>sample,analyte,expected</c>
/// (see <see cref="ReadStandards"/>); a standard the file does not list takes its concentration from
/// the export's own <c>"DataType:","Standard Expected Concentration"</c> section when present, a table
/// <c>Reagent,&lt;analyte…&gt;</c> with one row per standard (<c>Standard1,10000,…</c>), the layout two
/// public parsers of real exports read. Controls' nominal concentrations come only from the standards
/// file (the export's <c>Control Expected Concentration</c> layout was not seen). Every problem is a <see cref="ModelFormatException"/> naming
/// the file, line and column: a section without its table or ending before the Median section's wells
/// (a truncated export), a row with too few cells, a non-numeric MFI or bead count, an analyte column
/// of the Median table missing from the Count table, a standard without an expected concentration.
/// </remarks>
public static class XponentCsv
{
    private const string DataType = "DataType:";
    private const string ExpectedSection = "Standard Expected Concentration";

    /// <summary>Whether <paramref name="text"/> looks like an xPONENT export: some line opens with a
    /// <c>DataType:</c> cell (quoted or not), which a tidy plate file cannot hold.</summary>
    public static bool IsXponent(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Split('\n').Any(line => Cells(line.TrimEnd('\r')) is [var first, ..] && first.Text == DataType);
    }

    /// <summary>Reads the export at <paramref name="path"/> and, when given, the standards file at
    /// <paramref name="standardsPath"/>.</summary>
    /// <exception cref="ModelFormatException">A file is missing, unreadable or malformed.</exception>
    public static ImmutableArray<PlateWell> Read(string path, string? standardsPath)
    {
        ArgumentNullException.ThrowIfNull(path);
        var standards = standardsPath is null ? null : ReadStandards(standardsPath);
        return Parse(ReadText(path, "export"), path, standards, standardsPath ?? string.Empty);
    }

    /// <summary>Reads a standards file: CSV with a header naming <c>sample</c>, <c>analyte</c> and
    /// <c>expected</c> (any order and case), then one row per standard or control sample and analyte
    /// with its positive concentration (the standards' unit, e.g. pg/mL).</summary>
    /// <exception cref="ModelFormatException">The file is missing, unreadable or malformed.</exception>
    public static Dictionary<(string Sample, string Analyte), double> ReadStandards(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return ParseStandards(ReadText(path, "standards"), path);
    }

    /// <summary>Reads standards-file text; <paramref name="source"/> names it in messages.</summary>
    /// <exception cref="ModelFormatException">The text is malformed or holds no rows.</exception>
    public static Dictionary<(string Sample, string Analyte), double> ParseStandards(string text, string source)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(source);
        var lines = text.Split('\n');
        var result = new Dictionary<(string, string), double>();
        int[]? columns = null;
        for (var l = 0; l < lines.Length; l++)
        {
            var cells = Cells(lines[l].TrimEnd('\r'));
            if (cells.All(c => c.Text.Length == 0))
            {
                continue;
            }

            if (columns is null)
            {
                var names = cells.Select(c => c.Text.ToLowerInvariant()).ToList();
                columns = new int[3];
                string[] wanted = ["sample", "analyte", "expected"];
                for (var k = 0; k < wanted.Length; k++)
                {
                    columns[k] = names.IndexOf(wanted[k]);
                    if (columns[k] < 0)
                    {
                        throw new ModelFormatException(new SourceLocation(source, l + 1), $"missing column '{wanted[k]}'; the standards file's header must name sample, analyte, expected");
                    }
                }

                continue;
            }

            if (cells.Count <= columns.Max())
            {
                throw new ModelFormatException(new SourceLocation(source, l + 1), $"expected {columns.Max() + 1} or more values separated by commas, found {cells.Count}");
            }

            var expected = cells[columns[2]];
            if (!double.TryParse(expected.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value) || value <= 0)
            {
                throw new ModelFormatException(new SourceLocation(source, l + 1, expected.Column), $"expected '{expected.Text}' is not a positive number; expected a concentration such as 10000");
            }

            if (!result.TryAdd((cells[columns[0]].Text, cells[columns[1]].Text), value))
            {
                throw new ModelFormatException(new SourceLocation(source, l + 1), $"sample '{cells[columns[0]].Text}' and analyte '{cells[columns[1]].Text}' appear twice");
            }
        }

        if (columns is null)
        {
            throw new ModelFormatException(new SourceLocation(source, 1), "the standards file is empty; expected a header (sample,analyte,expected) and one row per standard and analyte");
        }

        return result;
    }

    /// <summary>Reads export text; <paramref name="source"/> names it in messages, <paramref name="standards"/>
    /// gives expected concentrations by (sample, analyte) and <paramref name="standardsSource"/> names their file.</summary>
    /// <exception cref="ModelFormatException">The text is malformed.</exception>
    public static ImmutableArray<PlateWell> Parse(string text, string source, IReadOnlyDictionary<(string Sample, string Analyte), double>? standards, string standardsSource)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(standardsSource);
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        var sections = Sections(lines, source);
        var data = sections.GetValueOrDefault("Median") ?? sections.GetValueOrDefault("Net MFI")
            ?? throw new ModelFormatException(new SourceLocation(source, 0), "the export has no \"DataType:\",\"Median\" (or \"Net MFI\") section");
        var counts = sections.GetValueOrDefault("Count");
        var dilutions = sections.GetValueOrDefault("Dilution Factor");
        var exported = sections.GetValueOrDefault(ExpectedSection) is { } section ? ExpectedConcentrations(section, source) : null;
        var analytes = data.Header.Skip(2).Where(h => !h.Text.Equals("Total Events", StringComparison.OrdinalIgnoreCase)).ToList();
        if (analytes.Count == 0)
        {
            throw new ModelFormatException(new SourceLocation(source, data.HeaderLine), $"the {data.Name} table names no analyte; expected Location,Sample,<analyte…>,Total Events");
        }

        if (counts is not null && counts.Rows.Count < data.Rows.Count)
        {
            throw new ModelFormatException(new SourceLocation(source, counts.EndLine), $"the Count section ends after {counts.Rows.Count} wells but the {data.Name} section has {data.Rows.Count}; the export looks truncated");
        }

        var result = ImmutableArray.CreateBuilder<PlateWell>();
        for (var r = 0; r < data.Rows.Count; r++)
        {
            var (line, cells) = data.Rows[r];
            var well = Well(cells[0].Text);
            var sample = cells[1].Text;
            var type = TypeOf(sample);
            var dilution = dilutions is null ? 1.0 : Dilution(dilutions, cells[0].Text, source);
            foreach (var analyte in analytes)
            {
                var column = data.Header.IndexOf(analyte);
                var mfi = Number(cells[column], $"{data.Name} MFI of '{analyte.Text}'", source, line);
                int? beads = null;
                if (counts is not null)
                {
                    var countColumn = counts.Header.FindIndex(h => h.Text == analyte.Text);
                    if (countColumn < 0)
                    {
                        throw new ModelFormatException(new SourceLocation(source, counts.HeaderLine), $"the Count table has no column '{analyte.Text}', which the {data.Name} table has");
                    }

                    var (countLine, countCells) = counts.Rows[r];
                    if (countCells[0].Text != cells[0].Text)
                    {
                        throw new ModelFormatException(new SourceLocation(source, countLine, countCells[0].Column), $"the Count row is for '{countCells[0].Text}' but the {data.Name} row {r + 1} is for '{cells[0].Text}'; expected the wells in the same order");
                    }

                    var count = Number(countCells[countColumn], $"bead count of '{analyte.Text}'", source, countLine);
                    beads = (int)Math.Round(count);
                }

                double? expected = null;
                if (type is WellType.Standard or WellType.Control)
                {
                    if (standards is not null && standards.TryGetValue((sample, analyte.Text), out var value))
                    {
                        expected = value;
                    }
                    else if (type == WellType.Standard && exported is not null && exported.TryGetValue((sample, analyte.Text), out var fromExport))
                    {
                        expected = fromExport;
                    }
                    else if (type == WellType.Standard)
                    {
                        var where = standards is null
                            ? new SourceLocation(source, line, cells[1].Column)
                            : new SourceLocation(standardsSource, 0);
                        var hint = standards is null ? "; give them with --standards FILE (sample,analyte,expected)" : " in the standards file";
                        throw new ModelFormatException(where, $"no expected concentration for standard '{sample}' and analyte '{analyte.Text}'{hint}");
                    }
                }

                result.Add(new PlateWell(well, type, analyte.Text, mfi, expected, dilution, sample, line, beads));
            }
        }

        if (result.Count == 0)
        {
            throw new ModelFormatException(new SourceLocation(source, data.HeaderLine), $"the {data.Name} section holds no wells; the export looks truncated");
        }

        return result.ToImmutable();
    }

    private static Dictionary<string, Section> Sections(string[] lines, string source)
    {
        var sections = new Dictionary<string, Section>(StringComparer.Ordinal);
        for (var l = 0; l < lines.Length; l++)
        {
            var cells = Cells(lines[l]);
            if (cells is not [var first, var name, ..] || first.Text != DataType)
            {
                continue;
            }

            if (name.Text is not ("Median" or "Net MFI" or "Count" or "Dilution Factor" or ExpectedSection))
            {
                continue;
            }

            var headerLine = l + 2;
            if (name.Text == ExpectedSection)
            {
                if (headerLine > lines.Length || Cells(lines[l + 1]) is not [{ Text.Length: > 0 } reagent, _, ..] || reagent.Text == DataType)
                {
                    throw new ModelFormatException(new SourceLocation(source, Math.Min(headerLine, lines.Length)), $"the {ExpectedSection} section has no table; expected a header Reagent,<analyte…> on the line after \"DataType:\",\"{ExpectedSection}\"");
                }
            }
            else if (headerLine > lines.Length || Cells(lines[l + 1]) is not [{ Text: "Location" }, { Text: "Sample" }, _, ..])
            {
                throw new ModelFormatException(new SourceLocation(source, Math.Min(headerLine, lines.Length)), $"the {name.Text} section has no table; expected a header Location,Sample,… on the line after \"DataType:\",\"{name.Text}\" (the export looks truncated)");
            }

            var header = Cells(lines[l + 1]);
            var rows = new List<(int Line, List<(string Text, int Column)> Cells)>();
            var r = l + 2;
            for (; r < lines.Length; r++)
            {
                var row = Cells(lines[r]);
                if (row.All(c => c.Text.Length == 0) || row[0].Text == DataType)
                {
                    break;
                }

                if (row.Count < header.Count)
                {
                    throw new ModelFormatException(new SourceLocation(source, r + 1), $"the {name.Text} row has {row.Count} values, the header {header.Count}; the export looks truncated");
                }

                rows.Add((r + 1, row));
            }

            sections.TryAdd(name.Text, new Section(name.Text, headerLine, header, rows, r));
            l = r - 1;
        }

        return sections;
    }

    /// <summary>The export's own expected concentrations of the standards, by (sample, analyte): a table
    /// <c>Reagent,&lt;analyte…&gt;</c> with one row per standard (<c>Standard1,10000,…</c>); empty cells
    /// are skipped.</summary>
    private static Dictionary<(string Sample, string Analyte), double> ExpectedConcentrations(Section section, string source)
    {
        var result = new Dictionary<(string, string), double>();
        foreach (var (line, cells) in section.Rows)
        {
            for (var c = 1; c < section.Header.Count; c++)
            {
                if (section.Header[c].Text.Length == 0 || cells[c].Text.Length == 0)
                {
                    continue;
                }

                var value = Number(cells[c], $"expected concentration of '{cells[0].Text}' for '{section.Header[c].Text}'", source, line);
                if (value <= 0)
                {
                    throw new ModelFormatException(new SourceLocation(source, line, cells[c].Column), $"expected concentration of '{cells[0].Text}' for '{section.Header[c].Text}' is {cells[c].Text}; expected a positive concentration");
                }

                result[(cells[0].Text, section.Header[c].Text)] = value;
            }
        }

        return result;
    }

    private static double Dilution(Section dilutions, string location, string source)
    {
        foreach (var (line, cells) in dilutions.Rows)
        {
            if (cells[0].Text == location)
            {
                var value = Number(cells[2], "dilution factor", source, line);
                if (value <= 0)
                {
                    throw new ModelFormatException(new SourceLocation(source, line, cells[2].Column), $"the dilution factor must be positive, found '{cells[2].Text}'");
                }

                return value;
            }
        }

        return 1.0;
    }

    /// <summary>The well from a location such as <c>1(1,A1)</c>; the text itself when it has no parenthesis.</summary>
    private static string Well(string location)
    {
        var open = location.IndexOf('(', StringComparison.Ordinal);
        var comma = location.LastIndexOf(',');
        var close = location.LastIndexOf(')');
        return open >= 0 && comma > open && close > comma ? location[(comma + 1)..close].Trim() : location;
    }

    private static WellType TypeOf(string sample)
    {
        static bool Starts(string s, string prefix) => s.StartsWith(prefix, StringComparison.OrdinalIgnoreCase);
        return Starts(sample, "standard") ? WellType.Standard
            : Starts(sample, "background") || Starts(sample, "blank") ? WellType.Blank
            : Starts(sample, "control") ? WellType.Control
            : WellType.Unknown;
    }

    private static double Number((string Text, int Column) cell, string what, string source, int line)
    {
        if (!double.TryParse(cell.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            throw new ModelFormatException(new SourceLocation(source, line, cell.Column), $"{what} '{cell.Text}' is not a number; expected a finite number such as 1234.5");
        }

        return value;
    }

    internal static string ReadText(string path, string what)
    {
        if (Directory.Exists(path))
        {
            throw new ModelFormatException(new SourceLocation(path, 0), $"this is a folder, not a {what} file");
        }

        if (!File.Exists(path))
        {
            throw new ModelFormatException(new SourceLocation(path, 0), $"the {what} file does not exist");
        }

        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ModelFormatException(new SourceLocation(path, 0), $"cannot read the {what} file: {ex.Message}", ex);
        }
    }

    /// <summary>Splits a CSV line honouring double quotes (<c>""</c> inside quotes is a quote); each cell
    /// is trimmed and carries the 1-based character column where it starts.</summary>
    internal static List<(string Text, int Column)> Cells(string line)
    {
        var cells = new List<(string, int)>();
        var i = 0;
        while (true)
        {
            while (i < line.Length && line[i] == ' ')
            {
                i++;
            }

            var start = i;
            var text = new System.Text.StringBuilder();
            if (i < line.Length && line[i] == '"')
            {
                i++;
                while (i < line.Length)
                {
                    if (line[i] == '"' && i + 1 < line.Length && line[i + 1] == '"')
                    {
                        text.Append('"');
                        i += 2;
                    }
                    else if (line[i] == '"')
                    {
                        i++;
                        break;
                    }
                    else
                    {
                        text.Append(line[i++]);
                    }
                }

                while (i < line.Length && line[i] != ',')
                {
                    i++;
                }
            }
            else
            {
                while (i < line.Length && line[i] != ',')
                {
                    text.Append(line[i++]);
                }
            }

            cells.Add((text.ToString().Trim(), start + 1));
            if (i >= line.Length)
            {
                return cells;
            }

            i++;
        }
    }

    private sealed record Section(string Name, int HeaderLine, List<(string Text, int Column)> Header, List<(int Line, List<(string Text, int Column)> Cells)> Rows, int EndLine);
}
