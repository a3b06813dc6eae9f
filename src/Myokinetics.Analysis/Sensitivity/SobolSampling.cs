namespace Myokinetics.Analysis.Sensitivity;

/// <summary>How <see cref="SobolAnalysis"/> draws its two base matrices.</summary>
public enum SobolSampling
{
    /// <summary>The Sobol' sequence when 2k ≤ 64 (k parameters), otherwise pseudo-random.</summary>
    Auto,

    /// <summary>The Sobol' sequence (Joe–Kuo directions) with a seeded random digital shift; at most 32 parameters.</summary>
    Sobol,

    /// <summary>Seeded pseudo-random numbers (SplitMix64), one stream per row.</summary>
    PseudoRandom,
}
