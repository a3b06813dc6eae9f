using System.Globalization;

namespace Myokinetics.Lab;

/// <summary>Cells of the tidy CSV files the lab analyses write: culture-invariant, round-trip exact
/// numbers and RFC 4180 quoting of text that holds a comma, a quote or a line break.</summary>
internal static class CsvCells
{
    /// <summary>A finite number in round-trip form; empty for NaN and infinities.</summary>
    public static string Number(double value) => double.IsFinite(value) ? value.ToString("R", CultureInfo.InvariantCulture) : string.Empty;

    /// <summary><paramref name="text"/> as one cell, quoted when it must be.</summary>
    public static string Text(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.IndexOfAny([',', '"', '\n', '\r']) < 0
            ? text
            : string.Concat("\"", text.Replace("\"", "\"\"", StringComparison.Ordinal), "\"");
    }
}
