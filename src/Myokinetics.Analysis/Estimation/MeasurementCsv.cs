using System.Globalization;
using Myokinetics.Core.Diagnostics;

namespace Myokinetics.Analysis.Estimation;

/// <summary>
/// Reads measurements from CSV: a header naming the columns <c>time</c>, <c>observable</c>,
/// <c>value</c>, optionally <c>sd</c> and <c>experiment</c> (any order, case-insensitive), then one row
/// per data point. Blank lines and lines starting with <c>#</c> are skipped. Numbers are invariant
/// (a dot for decimals). With an <c>sd</c> column every row needs a positive sd. Every problem is a
/// <see cref="ModelFormatException"/> naming the file, the line and what was expected.
/// </summary>
public static class MeasurementCsv
{
    private static readonly string[] Known = ["time", "observable", "value", "sd", "experiment"];

    /// <summary>Reads the file at <paramref name="path"/>.</summary>
    public static ImmutableArray<Measurement> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Directory.Exists(path))
        {
            throw new ModelFormatException(new SourceLocation(path, 0), "this is a folder, not a data file");
        }

        if (!File.Exists(path))
        {
            throw new ModelFormatException(new SourceLocation(path, 0), "the data file does not exist");
        }

        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (IOException ex)
        {
            throw new ModelFormatException(new SourceLocation(path, 0), $"cannot read the data file: {ex.Message}", ex);
        }

        return Parse(text, path);
    }

    /// <summary>Reads CSV text; <paramref name="source"/> names it in messages.</summary>
    public static ImmutableArray<Measurement> Parse(string text, string source)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Split('\n');
        Dictionary<string, int>? columns = null;
        var result = ImmutableArray.CreateBuilder<Measurement>();
        for (var l = 0; l < lines.Length; l++)
        {
            var line = lines[l].TrimEnd('\r');
            var location = new SourceLocation(source, l + 1);
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            var cells = line.Split(',').Select(c => c.Trim().Trim('"').Trim()).ToArray();
            if (columns is null)
            {
                columns = Header(cells, location);
                continue;
            }

            if (cells.Length != columns.Count)
            {
                throw new ModelFormatException(location, $"expected {columns.Count} values separated by commas (as in the header), found {cells.Length}");
            }

            var time = Number(cells[columns["time"]], "time", location);
            var observable = cells[columns["observable"]];
            if (observable.Length == 0)
            {
                throw new ModelFormatException(location, "the observable is empty; expected a model id");
            }

            var value = Number(cells[columns["value"]], "value", location);
            double? sd = null;
            if (columns.TryGetValue("sd", out var sdColumn))
            {
                sd = Number(cells[sdColumn], "sd", location);
                if (!(sd > 0))
                {
                    throw new ModelFormatException(location, $"the sd must be positive, found '{cells[sdColumn]}'");
                }
            }

            var experiment = columns.TryGetValue("experiment", out var e) ? cells[e] : string.Empty;
            result.Add(new Measurement(experiment, time, observable, value, sd, location));
        }

        if (columns is null)
        {
            throw new ModelFormatException(new SourceLocation(source, 1), "the data file is empty; expected a header 'time,observable,value[,sd][,experiment]' and rows");
        }

        if (result.Count == 0)
        {
            throw new ModelFormatException(new SourceLocation(source, lines.Length), "the data file has a header but no rows");
        }

        return result.ToImmutable();
    }

    private static Dictionary<string, int> Header(string[] cells, SourceLocation location)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < cells.Length; i++)
        {
            var name = cells[i].ToLowerInvariant();
            if (!Known.Contains(name, StringComparer.Ordinal))
            {
                throw new ModelFormatException(location with { Column = i + 1 }, $"unknown column '{cells[i]}'; expected time, observable, value, and optionally sd and experiment");
            }

            if (!columns.TryAdd(name, i))
            {
                throw new ModelFormatException(location with { Column = i + 1 }, $"the column '{cells[i]}' appears twice");
            }
        }

        foreach (var required in new[] { "time", "observable", "value" })
        {
            if (!columns.ContainsKey(required))
            {
                throw new ModelFormatException(location, $"the header has no '{required}' column; expected time, observable, value, and optionally sd and experiment");
            }
        }

        return columns;
    }

    private static double Number(string cell, string column, SourceLocation location) =>
        double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : throw new ModelFormatException(location, $"the {column} must be a finite number, found '{cell}'");
}
