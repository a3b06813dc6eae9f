namespace Myokinetics.Lab.Secretome;

/// <summary>
/// The empirical Bayes moderated t of Smyth (2004, Stat. Appl. Genet. Mol. Biol. 3:3) for two groups:
/// the pooled residual variance s² (d = n₁ + n₂ − 2 degrees of freedom) is shrunk towards the prior,
/// s̃² = (d₀ s₀² + d s²)/(d₀ + d), and t = (m₂ − m₁)/√(s̃² (1/n₁ + 1/n₂)) is referred to a t
/// distribution with d₀ + d degrees of freedom (s̃² = s₀² when d₀ = ∞).
/// </summary>
/// <remarks>
/// The degrees of freedom are capped at the total residual degrees of freedom of all proteins tested
/// together, as limma's <c>eBayes</c> does (its <c>df.total</c> is at most <c>df.pooled</c>), so an
/// infinite d₀ gives a finite, large ν. With d₀ = 0 this is the pooled-variance (Student) t-test.
/// </remarks>
public static class ModeratedTTest
{
    /// <summary>The pooled residual variance s² of two groups and its degrees of freedom n₁ + n₂ − 2;
    /// null when a group has fewer than two values.</summary>
    public static (double Variance, int DegreesOfFreedom)? Residual(ReadOnlySpan<double> first, ReadOnlySpan<double> second)
    {
        if (first.Length < 2 || second.Length < 2)
        {
            return null;
        }

        var (_, v1) = WelchTest.MeanVariance(first);
        var (_, v2) = WelchTest.MeanVariance(second);
        var d = first.Length + second.Length - 2;
        return ((((first.Length - 1) * v1) + ((second.Length - 1) * v2)) / d, d);
    }

    /// <summary>Tests the difference in means, second minus first, with the moderated t.</summary>
    /// <param name="first">The reference group's values (at least two).</param>
    /// <param name="second">The treatment group's values (at least two).</param>
    /// <param name="prior">The prior from <see cref="EmpiricalBayes.FitPrior"/>.</param>
    /// <param name="maxDegreesOfFreedom">The cap on the degrees of freedom (the total residual degrees
    /// of freedom of the proteins tested); <see cref="double.PositiveInfinity"/> for none, allowed only with a finite d₀.</param>
    /// <returns>t, its degrees of freedom and the two-sided p; null when a group has fewer than two
    /// values or the moderated variance is zero.</returns>
    public static WelchResult? Test(ReadOnlySpan<double> first, ReadOnlySpan<double> second, ModeratedPrior prior, double maxDegreesOfFreedom)
    {
        if (Residual(first, second) is not { } residual)
        {
            return null;
        }

        var (s2, d) = residual;
        var d0 = prior.DegreesOfFreedom;
        var moderated = double.IsPositiveInfinity(d0) ? prior.Variance : ((d0 * prior.Variance) + (d * s2)) / (d0 + d);
        if (!(moderated > 0))
        {
            return null;
        }

        var (m1, _) = WelchTest.MeanVariance(first);
        var (m2, _) = WelchTest.MeanVariance(second);
        var t = (m2 - m1) / Math.Sqrt(moderated * ((1.0 / first.Length) + (1.0 / second.Length)));
        var df = Math.Min(d0 + d, maxDegreesOfFreedom);
        return new WelchResult(t, df, StudentT.TwoSidedP(t, df));
    }
}
