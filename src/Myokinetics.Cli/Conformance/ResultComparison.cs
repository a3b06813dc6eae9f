using System.Globalization;

namespace Myokinetics.Cli.Conformance;

/// <summary>
/// The SBML Test Suite's pass rule: every expected data point C and simulated U satisfy
/// |C − U| ≤ absolute + relative·|C|; columns are matched by name (exactly, else ignoring case);
/// rows by index; NaN must meet NaN and an infinity the same infinity.
/// </summary>
public static class ResultComparison
{
    /// <summary>Null when the result passes, else the first failing point described.</summary>
    /// <param name="expected">The expected table.</param>
    /// <param name="actual">The simulator's table.</param>
    /// <param name="absolute">The absolute tolerance.</param>
    /// <param name="relative">The relative tolerance.</param>
    /// <param name="timeColumn">Whether column 0 of both tables is time (not judged); steady-state
    /// (flux balance) results have no time column.</param>
    public static string? Judge(ResultTable expected, ResultTable actual, double absolute, double relative, bool timeColumn = true)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        if (actual.Rows.Length < expected.Rows.Length)
        {
            return $"expected {expected.Rows.Length} rows, got {actual.Rows.Length}";
        }

        var first = timeColumn ? 1 : 0;
        for (var c = first; c < expected.Header.Length; c++)
        {
            var name = expected.Header[c];
            // Column 0 is time in both tables; a model symbol may itself be called 'time'.
            var index = IndexOf(actual.Header, name, StringComparer.Ordinal, first);
            if (index < 0)
            {
                index = IndexOf(actual.Header, name, StringComparer.OrdinalIgnoreCase, first);
            }

            if (index < 0)
            {
                return $"no column '{name}' in the output";
            }

            for (var r = 0; r < expected.Rows.Length; r++)
            {
                var e = expected.Rows[r][c];
                var a = actual.Rows[r][index];
                if (!Passes(e, a, absolute, relative))
                {
                    var where = timeColumn ? string.Create(CultureInfo.InvariantCulture, $" at t = {expected.Rows[r][0]:G6}") : string.Empty;
                    return string.Create(CultureInfo.InvariantCulture, $"{name}{where}: expected {e:G10}, got {a:G10}");
                }
            }
        }

        return null;
    }

    private static int IndexOf(ImmutableArray<string> header, string name, StringComparer comparer, int first)
    {
        for (var i = first; i < header.Length; i++)
        {
            if (comparer.Equals(header[i], name))
            {
                return i;
            }
        }

        return -1;
    }

    public static bool Passes(double expected, double actual, double absolute, double relative)
    {
        if (double.IsNaN(expected))
        {
            return double.IsNaN(actual);
        }

        if (double.IsInfinity(expected))
        {
            return expected.Equals(actual);
        }

        return System.Math.Abs(expected - actual) <= absolute + (relative * System.Math.Abs(expected));
    }
}
