namespace Myokinetics.Analysis.Estimation;

/// <summary>The measurement error model of a fit.</summary>
public enum ErrorModel
{
    /// <summary>Every data point has its own standard deviation (the data's <c>sd</c> column): weighted
    /// least squares, χ² = Σ((data − model)/sd)².</summary>
    Given,

    /// <summary>Normal errors with one unknown σ per observable, estimated with the parameters
    /// (maximum likelihood; σ̂² = SSR/n of that observable).</summary>
    Constant,

    /// <summary>Normal errors with σ = b·|model| and one unknown b (coefficient of variation) per
    /// observable, estimated with the parameters (maximum likelihood).</summary>
    Proportional,
}
