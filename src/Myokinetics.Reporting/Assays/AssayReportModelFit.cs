namespace Myokinetics.Reporting.Assays;

/// <summary>One candidate standard curve of the AIC comparison.</summary>
/// <param name="Model">Its name, e.g. <c>4PL</c>.</param>
/// <param name="Aic">Akaike's criterion (NaN when the model could not be fitted).</param>
/// <param name="WeightedSumOfSquares">The weighted residual sum of squares (NaN when not fitted).</param>
/// <param name="Points">The standard wells fitted.</param>
/// <param name="Converged">Whether the fit converged.</param>
/// <param name="Chosen">Whether this is the curve used.</param>
/// <param name="Note">Why it was not fitted, or empty.</param>
public sealed record AssayReportModelFit(string Model, double Aic, double WeightedSumOfSquares, int Points, bool Converged, bool Chosen, string Note);
