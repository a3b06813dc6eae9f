using System.Globalization;
using Myokinetics.Core.Diagnostics;
using Myokinetics.Physiology.Protocols.Text;

namespace Myokinetics.Cli.Assays;

/// <summary>
/// The design sheet of <c>assay --design</c>: which experiment and time each plate sample comes from,
/// and which model observable each analyte measures. Two small tables in one CSV file, separated by a
/// blank line, each with its header; lines starting with <c>#</c> are comments:
/// <code>
/// sample,experiment,time
/// EPS_6h,endurance,6h          # time since the start of stimulation: 6h, 90min, or hours (6)
/// CTRL_6h,control,6h
///
/// analyte,observable
/// IL-6,IL6
/// CXCL1,CXCL1
/// </code>
/// Cells may be quoted (<c>"a, b"</c>). Every problem names the file, line and column.
/// </summary>
/// <param name="Samples">The samples, in file order.</param>
/// <param name="Observables">Analyte name → model observable, in file order.</param>
internal sealed record DesignSheet(ImmutableArray<DesignSample> Samples, ImmutableArray<(string Analyte, string Observable)> Observables)
{
    private const string SampleHeader = "sample,experiment,time";
    private const string AnalyteHeader = "analyte,observable";

    /// <summary>Reads <paramref name="path"/>.</summary>
    /// <exception cref="ModelFormatException">The file cannot be read as a design sheet.</exception>
    public static DesignSheet Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string[] lines;
        try
        {
            lines = File.ReadAllLines(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ModelFormatException(new SourceLocation(path, 0), $"cannot read the design sheet: {e.Message}");
        }

        var samples = ImmutableArray.CreateBuilder<DesignSample>();
        var observables = ImmutableArray.CreateBuilder<(string, string)>();
        string? table = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var location = new SourceLocation(path, i + 1);
            var text = StripComment(lines[i]).Trim();
            if (text.Length == 0)
            {
                continue;
            }

            var cells = Cells(text, location);
            var header = string.Join(',', cells.Select(c => c.ToLowerInvariant()));
            if (header is SampleHeader or AnalyteHeader)
            {
                if ((header == SampleHeader && samples.Count > 0) || (header == AnalyteHeader && observables.Count > 0))
                {
                    throw new ModelFormatException(location, $"the table '{header}' appears twice");
                }

                table = header;
                continue;
            }

            if (table is null)
            {
                throw new ModelFormatException(location, $"expected a table header: '{SampleHeader}' (which experiment and time each sample comes from) or '{AnalyteHeader}' (which model observable each analyte measures)");
            }

            if (cells.Length != 2 + (table == SampleHeader ? 1 : 0))
            {
                throw new ModelFormatException(location, $"expected {(table == SampleHeader ? 3 : 2)} cells as in the header '{table}', found {cells.Length}");
            }

            if (cells.Any(c => c.Length == 0))
            {
                throw new ModelFormatException(location with { Column = Array.FindIndex(cells, c => c.Length == 0) + 1 }, $"an empty cell; expected {table.Replace(",", ", ", StringComparison.Ordinal)}");
            }

            if (table == SampleHeader)
            {
                if (samples.Any(s => s.Sample == cells[0]))
                {
                    throw new ModelFormatException(location, $"the sample '{cells[0]}' is listed twice");
                }

                samples.Add(new DesignSample(cells[0], cells[1], Hours(cells[2], location with { Column = 3 }), i + 1));
            }
            else
            {
                if (observables.Any(o => o.Item1 == cells[0]))
                {
                    throw new ModelFormatException(location, $"the analyte '{cells[0]}' is listed twice");
                }

                observables.Add((cells[0], cells[1]));
            }
        }

        if (samples.Count == 0)
        {
            throw new ModelFormatException(new SourceLocation(path, lines.Length), $"no samples: the design sheet needs a '{SampleHeader}' table with at least one row");
        }

        if (observables.Count == 0)
        {
            throw new ModelFormatException(new SourceLocation(path, lines.Length), $"no analytes: the design sheet needs an '{AnalyteHeader}' table with at least one row (e.g. IL-6,IL6)");
        }

        return new DesignSheet(samples.ToImmutable(), observables.ToImmutable());
    }

    /// <summary>The observable of <paramref name="analyte"/>, or null when the sheet does not map it.</summary>
    public string? ObservableOf(string analyte) => Observables.FirstOrDefault(o => o.Analyte == analyte).Observable;

    /// <summary>The design of <paramref name="sample"/>, or null when the sheet does not list it.</summary>
    public DesignSample? Find(string sample) => Samples.FirstOrDefault(s => s.Sample == sample);

    private static double Hours(string cell, SourceLocation location)
    {
        if (TimeText.TryParseHours(cell, out var hours)
            || (double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out hours) && double.IsFinite(hours)))
        {
            return hours >= 0 ? hours : throw new ModelFormatException(location, $"the time must be 0 or later, found '{cell}'");
        }

        throw new ModelFormatException(location, $"expected a time since the start of stimulation, such as 6h, 90min or 6 (hours), found '{cell}'");
    }

    /// <summary>The line without a <c>#</c> comment outside quotes.</summary>
    private static string StripComment(string line)
    {
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '"')
            {
                quoted = !quoted;
            }
            else if (line[i] == '#' && !quoted)
            {
                return line[..i];
            }
        }

        return line;
    }

    /// <summary>Comma-separated cells, trimmed; a quoted cell may hold commas and doubled quotes.</summary>
    private static string[] Cells(string line, SourceLocation location)
    {
        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                cells.Add(cell.ToString().Trim());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        if (quoted)
        {
            throw new ModelFormatException(location, "a quoted cell is not closed");
        }

        cells.Add(cell.ToString().Trim());
        return [.. cells];
    }
}
