namespace Myokinetics.Lab.Secretome;

/// <summary>ln Γ and the regularised incomplete beta function, written for the t distribution; the
/// digamma and trigamma functions and the inverse of trigamma, written for the empirical Bayes prior.</summary>
internal static class SpecialFunctions
{
    // Lanczos approximation with g = 7 and nine coefficients (Godfrey's values); relative error ~1e-15 for x > 0.
    private static readonly double[] Lanczos =
    [
        0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
        -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
        1.5056327351493116e-7,
    ];

    /// <summary>ln Γ(x) for x &gt; 0.</summary>
    public static double LogGamma(double x)
    {
        if (x < 0.5)
        {
            // Reflection: Γ(x) Γ(1 − x) = π / sin(πx).
            return Math.Log(Math.PI / Math.Sin(Math.PI * x)) - LogGamma(1 - x);
        }

        x -= 1;
        var sum = Lanczos[0];
        for (var i = 1; i < Lanczos.Length; i++)
        {
            sum += Lanczos[i] / (x + i);
        }

        var t = x + 7.5;
        return 0.5 * Math.Log(2 * Math.PI) + ((x + 0.5) * Math.Log(t)) - t + Math.Log(sum);
    }

    /// <summary>I_x(a, b), the regularised incomplete beta function, for a, b &gt; 0 and 0 ≤ x ≤ 1:
    /// the continued fraction evaluated by the modified Lentz method, on the side where it converges fast.</summary>
    public static double RegularizedBeta(double x, double a, double b)
    {
        if (x <= 0)
        {
            return 0;
        }

        if (x >= 1)
        {
            return 1;
        }

        var front = Math.Exp(LogGamma(a + b) - LogGamma(a) - LogGamma(b) + (a * Math.Log(x)) + (b * Math.Log(1 - x)));
        return x < (a + 1) / (a + b + 2)
            ? front * ContinuedFraction(x, a, b) / a
            : 1 - (front * ContinuedFraction(1 - x, b, a) / b);
    }

    private static double ContinuedFraction(double x, double a, double b)
    {
        const double Tiny = 1e-300;
        const double Epsilon = 1e-15;
        double Guard(double v) => Math.Abs(v) < Tiny ? Tiny : v;
        var c = 1.0;
        var d = 1 / Guard(1 - ((a + b) * x / (a + 1)));
        var h = d;
        for (var m = 1; m <= 1000; m++)
        {
            var even = m * (b - m) * x / ((a + (2 * m) - 1) * (a + (2 * m)));
            d = 1 / Guard(1 + (even * d));
            c = Guard(1 + (even / c));
            h *= d * c;
            var odd = -(a + m) * (a + b + m) * x / ((a + (2 * m)) * (a + (2 * m) + 1));
            d = 1 / Guard(1 + (odd * d));
            c = Guard(1 + (odd / c));
            var step = d * c;
            h *= step;
            if (Math.Abs(step - 1) < Epsilon)
            {
                break;
            }
        }

        return h;
    }

    /// <summary>ψ(x) = d ln Γ(x)/dx for x &gt; 0: the recurrence ψ(x) = ψ(x + 1) − 1/x up to x ≥ 10, then the
    /// asymptotic series ln x − 1/(2x) − Σ B₂ₖ/(2k x²ᵏ) to k = 6 (Abramowitz &amp; Stegun 6.3.5, 6.3.18),
    /// whose first omitted term is below 10⁻¹⁷ at x = 10.</summary>
    public static double Digamma(double x)
    {
        var shift = 0.0;
        while (x < 10)
        {
            shift -= 1 / x;
            x += 1;
        }

        var r = 1 / (x * x);
        var tail = (1.0 / 132) - (r * 691.0 / 32760);
        tail = (1.0 / 240) - (r * tail);
        tail = (1.0 / 252) - (r * tail);
        tail = (1.0 / 120) - (r * tail);
        var series = r * ((1.0 / 12) - (r * tail));
        return shift + Math.Log(x) - (0.5 / x) - series;
    }

    /// <summary>ψ′(x), the trigamma function, for x &gt; 0: the recurrence ψ′(x) = ψ′(x + 1) + 1/x² up to
    /// x ≥ 10, then the asymptotic series 1/x + 1/(2x²) + Σ B₂ₖ/x²ᵏ⁺¹ to k = 6 (Abramowitz &amp; Stegun 6.4.6, 6.4.12).</summary>
    public static double Trigamma(double x)
    {
        var shift = 0.0;
        while (x < 10)
        {
            shift += 1 / (x * x);
            x += 1;
        }

        var r = 1 / (x * x);
        var tail = (5.0 / 66) - (r * 691.0 / 2730);
        tail = (1.0 / 30) - (r * tail);
        tail = (1.0 / 42) - (r * tail);
        tail = (1.0 / 30) - (r * tail);
        tail = (1.0 / 6) - (r * tail);
        var series = (1 / x) + (0.5 * r) + (r / x * tail);
        return shift + series;
    }

    /// <summary>The y &gt; 0 with ψ′(y) = <paramref name="value"/> (&gt; 0): ψ′ decreases from ∞ to 0, so
    /// bisection on ln y between e⁻⁴⁰ and e⁴⁰ (ψ′ ≈ 1/y² and 1/y at the ends) halves the bracket 120 times,
    /// well past double precision.</summary>
    public static double TrigammaInverse(double value)
    {
        var lo = -40.0;
        var hi = 40.0;
        for (var i = 0; i < 120; i++)
        {
            var mid = 0.5 * (lo + hi);
            if (Trigamma(Math.Exp(mid)) > value)
            {
                lo = mid;
            }
            else
            {
                hi = mid;
            }
        }

        return Math.Exp(0.5 * (lo + hi));
    }
}
