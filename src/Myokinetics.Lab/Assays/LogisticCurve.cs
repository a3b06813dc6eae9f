namespace Myokinetics.Lab.Assays;

/// <summary>
/// The five-parameter logistic y = d + (a − d)/(1 + (x/c)^b)^g (Gottschalk &amp; Dunn, Anal. Biochem.
/// 343 (2005) 54–65); g = 1 is the four-parameter logistic. x is the concentration, y the MFI.
/// </summary>
/// <param name="A">The response as x → 0 (MFI).</param>
/// <param name="B">The slope factor (positive; the curve's steepness in log x).</param>
/// <param name="C">The inflection concentration of the 4PL (positive, the standards' unit).</param>
/// <param name="D">The response as x → ∞ (MFI).</param>
/// <param name="G">The asymmetry (positive; 1 for the 4PL).</param>
public readonly record struct LogisticCurve(double A, double B, double C, double D, double G)
{
    /// <summary>The response at concentration <paramref name="x"/> (≥ 0).</summary>
    public double Evaluate(double x) =>
        x <= 0 ? A : D + ((A - D) * Math.Exp(-G * Softplus(B * (Math.Log(x) - Math.Log(C)))));

    /// <summary>Whether <paramref name="y"/> lies strictly between the asymptotes a and d, where the
    /// curve can be inverted.</summary>
    public bool InRange(double y) => Math.Min(A, D) < y && y < Math.Max(A, D);

    /// <summary>The concentration whose response is <paramref name="y"/>: c·(((a − d)/(y − d))^(1/g) − 1)^(1/b);
    /// NaN when <paramref name="y"/> is not strictly between the asymptotes.</summary>
    public double Inverse(double y)
    {
        if (!InRange(y))
        {
            return double.NaN;
        }

        // ln(s) = ln((a − d)/(y − d))/g, u = s − 1 = expm1(ln s), x = c·u^(1/b).
        var logS = Math.Log((A - D) / (y - D)) / G;
        var u = logS < 1e-8 ? logS * (1 + (logS / 2)) : Math.Exp(logS) - 1;
        return u <= 0 ? 0 : C * Math.Exp(Math.Log(u) / B);
    }

    /// <summary>ln(1 + eᶻ) without overflow.</summary>
    internal static double Softplus(double z) => z > 0 ? z + Math.Log(1 + Math.Exp(-z)) : Math.Log(1 + Math.Exp(z));

    /// <summary>1/(1 + e⁻ᶻ) without overflow.</summary>
    internal static double Logistic(double z) => z >= 0 ? 1 / (1 + Math.Exp(-z)) : Math.Exp(z) / (1 + Math.Exp(z));
}
