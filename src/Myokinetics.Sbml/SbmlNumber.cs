using System.Globalization;

namespace Myokinetics.Sbml;

/// <summary>Numbers as SBML writes them: XML Schema <c>double</c> (decimal or exponent notation,
/// <c>INF</c>, <c>-INF</c>, <c>NaN</c>), always culture-invariant.</summary>
internal static class SbmlNumber
{
    public static bool TryParse(string text, out double value)
    {
        var s = text.Trim();
        switch (s)
        {
            case "INF" or "+INF" or "inf" or "+inf" or "Infinity" or "+Infinity":
                value = double.PositiveInfinity;
                return true;
            case "-INF" or "-inf" or "-Infinity":
                value = double.NegativeInfinity;
                return true;
            case "NaN" or "nan":
                value = double.NaN;
                return true;
        }

        // A literal too large for a double (1e999) reads as infinity, as in every SBML library.
        return double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    public static bool TryParseInteger(string text, out double value) =>
        double.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);

    /// <summary>Shortest text that reads back to the same double ("R" format); INF, -INF, NaN for the rest.</summary>
    public static string Format(double value) =>
        double.IsNaN(value) ? "NaN"
        : double.IsPositiveInfinity(value) ? "INF"
        : double.IsNegativeInfinity(value) ? "-INF"
        : value.ToString("R", CultureInfo.InvariantCulture);

    public static string Format(int value) => value.ToString(CultureInfo.InvariantCulture);
}
