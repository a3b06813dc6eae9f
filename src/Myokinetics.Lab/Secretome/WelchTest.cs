namespace Myokinetics.Lab.Secretome;

/// <summary>Welch's t-test for two samples with possibly unequal variances (Welch 1947).</summary>
public static class WelchTest
{
    /// <summary>Tests the difference in means, second minus first: t = (m₂ − m₁)/√(s₁²/n₁ + s₂²/n₂)
    /// with unbiased variances and ν = (s₁²/n₁ + s₂²/n₂)² / ((s₁²/n₁)²/(n₁ − 1) + (s₂²/n₂)²/(n₂ − 1)).</summary>
    /// <returns>The result; null when a sample has fewer than two values or both variances are zero.</returns>
    public static WelchResult? Test(ReadOnlySpan<double> first, ReadOnlySpan<double> second)
    {
        if (first.Length < 2 || second.Length < 2)
        {
            return null;
        }

        var (m1, v1) = MeanVariance(first);
        var (m2, v2) = MeanVariance(second);
        var e1 = v1 / first.Length;
        var e2 = v2 / second.Length;
        var se2 = e1 + e2;
        if (!(se2 > 0))
        {
            return null;
        }

        var t = (m2 - m1) / Math.Sqrt(se2);
        var df = se2 * se2 / ((e1 * e1 / (first.Length - 1)) + (e2 * e2 / (second.Length - 1)));
        return new WelchResult(t, df, StudentT.TwoSidedP(t, df));
    }

    internal static (double Mean, double Variance) MeanVariance(ReadOnlySpan<double> values)
    {
        var mean = 0.0;
        foreach (var v in values)
        {
            mean += v;
        }

        mean /= values.Length;
        var sum = 0.0;
        foreach (var v in values)
        {
            sum += (v - mean) * (v - mean);
        }

        return (mean, values.Length > 1 ? sum / (values.Length - 1) : double.NaN);
    }
}
