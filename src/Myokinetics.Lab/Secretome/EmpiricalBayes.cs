namespace Myokinetics.Lab.Secretome;

/// <summary>
/// Estimates the prior <see cref="ModeratedPrior"/> of the protein variances from their sample
/// variances, by the method of moments on ln s² of Smyth (2004, Stat. Appl. Genet. Mol. Biol. 3:3,
/// section 6.2), as limma's <c>eBayes</c> does without a trend or robustness.
/// </summary>
/// <remarks>
/// With eᵢ = ln sᵢ² − ψ(dᵢ/2) + ln(dᵢ/2) (ψ the digamma function, dᵢ the residual degrees of freedom),
/// ē their mean and v = Σ(eᵢ − ē)²/(G − 1) − mean ψ′(dᵢ/2) (ψ′ the trigamma function): when v &gt; 0,
/// d₀ = 2 ψ′⁻¹(v) and s₀² = exp(ē + ψ(d₀/2) − ln(d₀/2)); otherwise d₀ = ∞ and s₀² = exp(ē).
/// Variances below 10⁻⁵ of their median are raised to it first (an exactly zero variance has no
/// logarithm), the guard limma uses.
/// </remarks>
public static class EmpiricalBayes
{
    /// <summary>Fits the prior.</summary>
    /// <param name="variances">The proteins' residual variances sᵢ² (≥ 0, finite).</param>
    /// <param name="degreesOfFreedom">Their residual degrees of freedom dᵢ (&gt; 0), in the same order.</param>
    /// <exception cref="ArgumentException">Fewer than two proteins, lengths differ, or a value is out of range.</exception>
    public static ModeratedPrior FitPrior(IReadOnlyList<double> variances, IReadOnlyList<double> degreesOfFreedom)
    {
        ArgumentNullException.ThrowIfNull(variances);
        ArgumentNullException.ThrowIfNull(degreesOfFreedom);
        var g = variances.Count;
        if (g != degreesOfFreedom.Count)
        {
            throw new ArgumentException($"{g} variances but {degreesOfFreedom.Count} degrees of freedom", nameof(degreesOfFreedom));
        }

        if (g < 2)
        {
            throw new ArgumentException($"the prior needs the variances of at least two proteins, found {g}", nameof(variances));
        }

        for (var i = 0; i < g; i++)
        {
            if (!(variances[i] >= 0) || !double.IsFinite(variances[i]) || !(degreesOfFreedom[i] > 0) || !double.IsFinite(degreesOfFreedom[i]))
            {
                throw new ArgumentException($"protein {i}: variance {variances[i]} and degrees of freedom {degreesOfFreedom[i]}; expected a finite variance ≥ 0 and degrees of freedom > 0", nameof(variances));
            }
        }

        var sorted = variances.Order().ToArray();
        var median = g % 2 == 1 ? sorted[g / 2] : 0.5 * (sorted[(g / 2) - 1] + sorted[g / 2]);
        var floor = 1e-5 * (median > 0 ? median : 1);
        var e = new double[g];
        var meanE = 0.0;
        var meanTrigamma = 0.0;
        for (var i = 0; i < g; i++)
        {
            var half = degreesOfFreedom[i] / 2;
            e[i] = Math.Log(Math.Max(variances[i], floor)) - SpecialFunctions.Digamma(half) + Math.Log(half);
            meanE += e[i];
            meanTrigamma += SpecialFunctions.Trigamma(half);
        }

        meanE /= g;
        meanTrigamma /= g;
        var spread = 0.0;
        foreach (var v in e)
        {
            spread += (v - meanE) * (v - meanE);
        }

        var excess = (spread / (g - 1)) - meanTrigamma;
        if (!(excess > 0))
        {
            return new ModeratedPrior(double.PositiveInfinity, Math.Exp(meanE));
        }

        var d0 = 2 * SpecialFunctions.TrigammaInverse(excess);
        return new ModeratedPrior(d0, Math.Exp(meanE + SpecialFunctions.Digamma(d0 / 2) - Math.Log(d0 / 2)));
    }
}
