namespace Myokinetics.Analysis.Populations;

/// <summary>The shape of a parameter's inter-individual distribution.</summary>
public enum DistributionKind
{
    /// <summary>Normal with a mean and a standard deviation (or a coefficient of variation).</summary>
    Normal,

    /// <summary>Log-normal with an arithmetic mean and a coefficient of variation: the logarithm is
    /// normal with σ² = ln(1 + CV²) and μ = ln(mean) − σ²/2.</summary>
    LogNormal,

    /// <summary>Uniform between a minimum and a maximum.</summary>
    Uniform,
}
