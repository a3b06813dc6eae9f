namespace Myokinetics.Lab.Secretome;

/// <summary>The prior of the protein variances in the empirical Bayes model of Smyth (2004, Stat. Appl.
/// Genet. Mol. Biol. 3:3): 1/σ² ~ χ²(d₀)/(d₀ s₀²), a scaled inverse χ².</summary>
/// <param name="DegreesOfFreedom">d₀ ≥ 0, how many residual degrees of freedom the prior is worth;
/// <see cref="double.PositiveInfinity"/> when the sample variances are no more spread than sampling
/// alone explains (every protein then gets s₀²), 0 for no moderation.</param>
/// <param name="Variance">s₀² &gt; 0, the prior guess of a protein's variance (log2 units squared).</param>
public readonly record struct ModeratedPrior(double DegreesOfFreedom, double Variance);
