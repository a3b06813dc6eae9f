namespace Myokinetics.Lab.Assays;

/// <summary>A standard curve fitted to one analyte's standards.</summary>
/// <param name="Curve">The fitted curve (G = 1 exactly for a 4PL).</param>
/// <param name="Model">Which model it is (<see cref="CurveModel.FourParameter"/> or <see cref="CurveModel.FiveParameter"/>).</param>
/// <param name="WeightedSumOfSquares">Σ wᵢ(yᵢ − f(xᵢ))² with the fit's weights (1/yᵢ² by default).</param>
/// <param name="Aic">Akaike's criterion for Gaussian errors with unknown variance:
/// n·ln(WSS/n) + 2(p + 1), p the number of curve parameters (4 or 5).</param>
/// <param name="Points">n, the number of standard wells fitted.</param>
/// <param name="Converged">Whether Levenberg–Marquardt reported convergence.</param>
public sealed record CurveFit(LogisticCurve Curve, CurveModel Model, double WeightedSumOfSquares, double Aic, int Points, bool Converged);
