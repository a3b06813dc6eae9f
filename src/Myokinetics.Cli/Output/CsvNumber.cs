using System.Globalization;

namespace Myokinetics.Cli.Output;

/// <summary>Numbers as the CSV files write them: shortest round-trip form, NaN, INF, -INF.</summary>
internal static class CsvNumber
{
    public static string Format(double value) =>
        double.IsNaN(value) ? "NaN"
        : double.IsPositiveInfinity(value) ? "INF"
        : double.IsNegativeInfinity(value) ? "-INF"
        : value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>A CSV field: quoted (with doubled quotes) when it holds a comma, a quote or a line end.</summary>
    public static string Field(string text) =>
        text.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : text;
}
