namespace Myokinetics.Analysis.Populations;

/// <summary>
/// The standard normal distribution's density, cumulative distribution function Φ and quantile Φ⁻¹,
/// written out so that populations depend on no statistics package and give the same numbers everywhere.
/// </summary>
/// <remarks>
/// <para>Φ: for |x| &lt; 5 Marsaglia's series Φ(x) = ½ + φ(x)(x + x³/3 + x⁵/(3·5) + …) (G. Marsaglia 2004,
/// "Evaluating the normal distribution", J Stat Softw 11(4)), absolute error about 2e-16 (so about 1e-9 relative at x = −5); beyond, the
/// tail φ(x)·R(x) with Mills' ratio R from its continued fraction R(x) = 1/(x + 1/(x + 2/(x + 3/(x + …))))
/// evaluated bottom-up at a fixed depth, relative error below 1e-14.</para>
/// <para>Φ⁻¹: the rational start of Abramowitz &amp; Stegun 26.2.23 (|error| &lt; 4.5e-4), then three
/// Halley steps on Φ(z) − p, each about tripling the correct digits; the lower tail is solved directly
/// and the upper tail by symmetry, so tail probabilities keep their relative accuracy.</para>
/// </remarks>
public static class StandardNormal
{
    private const double InverseSqrtTwoPi = 0.398942280401432677939946059934;
    private const int ContinuedFractionDepth = 160;

    /// <summary>The density φ(x) = exp(−x²/2)/√(2π).</summary>
    public static double Density(double x) => InverseSqrtTwoPi * Math.Exp(-0.5 * x * x);

    /// <summary>Φ(x), the probability that a standard normal variable is at most <paramref name="x"/>.</summary>
    public static double Cdf(double x)
    {
        if (double.IsNaN(x))
        {
            return double.NaN;
        }

        if (x < -5)
        {
            return LowerTail(-x);
        }

        if (x > 5)
        {
            return 1 - LowerTail(x);
        }

        // Marsaglia's series; the terms first grow then shrink, so sum until the sum stops changing.
        double sum = x, term = x, previous = double.NaN;
        var square = x * x;
        for (var k = 3; sum != previous; k += 2)
        {
            previous = sum;
            term *= square / k;
            sum += term;
        }

        return 0.5 + (sum * Density(x));
    }

    /// <summary>Φ⁻¹(p): the z with Φ(z) = p, for 0 &lt; p &lt; 1 (−∞ at 0, +∞ at 1, NaN outside).</summary>
    public static double Quantile(double p)
    {
        if (!(p >= 0 && p <= 1))
        {
            return double.NaN;
        }

        if (p == 0)
        {
            return double.NegativeInfinity;
        }

        if (p == 1)
        {
            return double.PositiveInfinity;
        }

        return p <= 0.5 ? LowerQuantile(p) : -LowerQuantile(1 - p);
    }

    /// <summary>Φ(−x) for x ≥ 5: φ(x) times Mills' ratio from its continued fraction.</summary>
    private static double LowerTail(double x)
    {
        var t = x;
        for (var k = ContinuedFractionDepth; k >= 1; k--)
        {
            t = x + (k / t);
        }

        return Density(x) / t;
    }

    /// <summary>Φ⁻¹(p) for 0 &lt; p ≤ ½.</summary>
    private static double LowerQuantile(double p)
    {
        // Abramowitz & Stegun 26.2.23 (Hastings' rational approximation).
        var t = Math.Sqrt(-2 * Math.Log(p));
        var z = -(t - ((2.515517 + (0.802853 * t) + (0.010328 * t * t)) / (1 + (1.432788 * t) + (0.189269 * t * t) + (0.001308 * t * t * t))));
        for (var i = 0; i < 3; i++)
        {
            var density = Density(z);
            if (density == 0)
            {
                break;
            }

            var r = (Cdf(z) - p) / density;
            z -= r / (1 + (0.5 * z * r));
        }

        return z;
    }
}
