using System.Globalization;

namespace Myokinetics.Reporting.Charts;

/// <summary>Culture-invariant numbers for SVG coordinates, tick labels and tables.</summary>
internal static class SvgNumber
{
    /// <summary>A coordinate with one decimal (0.1 px is finer than any screen needs).</summary>
    public static string Coordinate(double value) =>
        (Math.Round(value, 1) + 0.0).ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>A tick label with as many decimals as the step needs.</summary>
    public static string Tick(double value, double step)
    {
        if (value == 0)
        {
            return "0";
        }

        var magnitude = Math.Abs(value);
        if (magnitude >= 1e6 || step < 1e-4)
        {
            return value.ToString("0.###e+0", CultureInfo.InvariantCulture);
        }

        // A step such as 2.5 needs one decimal (2.5, 7.5), not zero (which would print 2 and 8).
        var decimals = step >= 1 ? (Math.Abs(step - Math.Round(step)) > 1e-9 ? 1 : 0) : (int)Math.Ceiling(-Math.Log10(step) - 1e-9);
        if (decimals > 0 && Math.Abs((step * Math.Pow(10, decimals)) - Math.Round(step * Math.Pow(10, decimals))) > 1e-6)
        {
            decimals++;
        }

        return value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }

    /// <summary>A value for reading: four significant digits.</summary>
    public static string Value(double value) =>
        !double.IsFinite(value) ? "–"
        : value == 0 ? "0"
        : Math.Abs(value) >= 1e5 || Math.Abs(value) < 1e-3 ? value.ToString("0.###e+0", CultureInfo.InvariantCulture)
        : Math.Abs(value) >= 1e4 ? value.ToString("0", CultureInfo.InvariantCulture) // G4 would write 1.235E+04
        : value.ToString("G4", CultureInfo.InvariantCulture);
}
