namespace Myokinetics.Reporting.Charts;

/// <summary>An axis range rounded outwards to a round step, and its ticks.</summary>
/// <param name="Min">The axis start (a multiple of <paramref name="Step"/>).</param>
/// <param name="Max">The axis end (a multiple of <paramref name="Step"/>).</param>
/// <param name="Step">The distance between ticks: 1, 2, 2.5 or 5 × 10^k, or a chosen step.</param>
public readonly record struct NiceScale(double Min, double Max, double Step)
{
    private static readonly double[] Mantissas = [1, 2, 2.5, 5, 10];

    /// <summary>A range covering [<paramref name="low"/>, <paramref name="high"/>] with about
    /// <paramref name="ticks"/> intervals. A flat range is widened around its value.</summary>
    public static NiceScale For(double low, double high, int ticks = 4)
    {
        if (!double.IsFinite(low) || !double.IsFinite(high))
        {
            return new NiceScale(0, 1, 0.25);
        }

        if (high < low)
        {
            (low, high) = (high, low);
        }

        var magnitude = Math.Max(Math.Abs(low), Math.Abs(high));
        if (high - low <= magnitude * 1e-9)
        {
            var half = magnitude == 0 ? 0.5 : magnitude * 0.1;
            low -= half;
            high += half;
            if (low < 0 && magnitude > 0 && high - (2 * half) >= 0)
            {
                // A flat positive series keeps a non-negative axis when it can.
                low = Math.Max(0, low);
            }
        }

        var step = RoundStep((high - low) / Math.Max(1, ticks), Mantissas);
        return Snap(low, high, step);
    }

    /// <summary>A range with a step chosen from <paramref name="steps"/> (ascending), the smallest giving at most <paramref name="ticks"/> intervals.</summary>
    public static NiceScale For(double low, double high, int ticks, IReadOnlyList<double> steps)
    {
        ArgumentNullException.ThrowIfNull(steps);
        var span = Math.Max(high - low, 1e-12);
        foreach (var s in steps)
        {
            if (span / s <= ticks)
            {
                return Snap(low, high, s);
            }
        }

        return For(low, high, ticks);
    }

    /// <summary>The tick values from <see cref="Min"/> to <see cref="Max"/>.</summary>
    public IEnumerable<double> Ticks()
    {
        var count = (int)Math.Round((Max - Min) / Step);
        for (var i = 0; i <= count; i++)
        {
            var value = Min + (i * Step);
            yield return Math.Abs(value) < Step * 1e-9 ? 0 : value;
        }
    }

    private static NiceScale Snap(double low, double high, double step)
    {
        var min = Math.Floor((low / step) + 1e-9) * step;
        var max = Math.Ceiling((high / step) - 1e-9) * step;
        if (max <= min)
        {
            max = min + step;
        }

        return new NiceScale(min, max, step);
    }

    private static double RoundStep(double rough, double[] mantissas)
    {
        var exponent = Math.Floor(Math.Log10(rough));
        var power = Math.Pow(10, exponent);
        foreach (var m in mantissas)
        {
            if (m * power >= rough * (1 - 1e-9))
            {
                return m * power;
            }
        }

        return 10 * power;
    }
}
