using System.Globalization;
using Myokinetics.Core.Diagnostics;

namespace Myokinetics.Cli.Conformance;

/// <summary>A results CSV (header row, then numbers; NaN/INF/-INF allowed in any case).</summary>
public sealed record ResultTable(ImmutableArray<string> Header, ImmutableArray<double[]> Rows)
{
    public static ResultTable Read(string path)
    {
        using var reader = new StreamReader(path);
        var header = reader.ReadLine() ?? throw new ModelFormatException(new SourceLocation(path, 1), "expected a header row, found an empty file");
        var columns = header.Split(',').Select(c => c.Trim().Trim('"')).ToImmutableArray();
        var rows = ImmutableArray.CreateBuilder<double[]>();
        var lineNumber = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var cells = line.Split(',');
            if (cells.Length != columns.Length)
            {
                throw new ModelFormatException(new SourceLocation(path, lineNumber), $"expected {columns.Length} values, found {cells.Length}");
            }

            var row = new double[cells.Length];
            for (var i = 0; i < cells.Length; i++)
            {
                row[i] = ParseNumber(cells[i], path, lineNumber, columns[i]);
            }

            rows.Add(row);
        }

        return new ResultTable(columns, rows.ToImmutable());
    }

    private static double ParseNumber(string text, string path, int line, string column)
    {
        var t = text.Trim();
        if (t.Equals("nan", StringComparison.OrdinalIgnoreCase))
        {
            return double.NaN;
        }

        if (t.Equals("inf", StringComparison.OrdinalIgnoreCase) || t.Equals("+inf", StringComparison.OrdinalIgnoreCase) || t.Equals("infinity", StringComparison.OrdinalIgnoreCase))
        {
            return double.PositiveInfinity;
        }

        if (t.Equals("-inf", StringComparison.OrdinalIgnoreCase) || t.Equals("-infinity", StringComparison.OrdinalIgnoreCase))
        {
            return double.NegativeInfinity;
        }

        return double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var v)
            ? v
            : throw new ModelFormatException(new SourceLocation(path, line), $"column '{column}' should be a number, not '{t}'");
    }
}
