namespace Myokinetics.Analysis.Estimation;

/// <summary>Goodness of fit at the estimate.</summary>
/// <param name="DataPoints">N, the number of measurements.</param>
/// <param name="EstimatedParameters">k: the fitted parameters plus one error scale per observable when
/// the error model is estimated.</param>
/// <param name="SumOfSquares">SSR = Σ(data − model)², unweighted.</param>
/// <param name="ChiSquare">χ² = Σ((data − model)/σ)² with the given or estimated σ.</param>
/// <param name="MinusTwoLogLikelihood">−2·log L (normal errors, constants included).</param>
/// <param name="Aic">Akaike's criterion, −2·log L + 2k.</param>
/// <param name="Bic">Schwarz's criterion, −2·log L + k·ln N.</param>
/// <param name="ErrorModel">The error model used.</param>
/// <param name="ErrorScales">The estimated σ (constant) or b (proportional) per observable; empty for given sd.</param>
public sealed record FitStatistics(
    int DataPoints,
    int EstimatedParameters,
    double SumOfSquares,
    double ChiSquare,
    double MinusTwoLogLikelihood,
    double Aic,
    double Bic,
    ErrorModel ErrorModel,
    ImmutableDictionary<string, double> ErrorScales);
