namespace Myokinetics.Lab.Secretome;

/// <summary>ln Γ and the regularised incomplete beta function, written for the t distribution.</summary>
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
}
