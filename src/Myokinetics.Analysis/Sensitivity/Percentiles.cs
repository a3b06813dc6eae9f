namespace Myokinetics.Analysis.Sensitivity;

/// <summary>Percentile confidence intervals of bootstrap replicates.</summary>
internal static class Percentiles
{
    /// <summary>The <paramref name="q"/>-quantile (0…1) of <paramref name="sorted"/> (ascending), by linear
    /// interpolation between order statistics (Hyndman &amp; Fan 1996, definition 7).</summary>
    public static double Quantile(ReadOnlySpan<double> sorted, double q)
    {
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        var position = q * (sorted.Length - 1);
        var lo = (int)Math.Floor(position);
        var hi = Math.Min(lo + 1, sorted.Length - 1);
        return sorted[lo] + ((position - lo) * (sorted[hi] - sorted[lo]));
    }

    /// <summary>The central <paramref name="confidence"/> interval of <paramref name="replicates"/> (NaN replicates left out).</summary>
    public static (double Low, double High) Interval(IEnumerable<double> replicates, double confidence)
    {
        var sorted = replicates.Where(r => !double.IsNaN(r)).Order().ToArray();
        var tail = (1 - confidence) / 2;
        return (Quantile(sorted, tail), Quantile(sorted, 1 - tail));
    }
}
