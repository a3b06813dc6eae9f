namespace Myokinetics.Analysis.Estimation;

/// <summary>A data point with the fitted model's value.</summary>
/// <param name="Experiment">The experiment id.</param>
/// <param name="Time">The time (model time units).</param>
/// <param name="Observable">The observable id.</param>
/// <param name="Data">The measured value.</param>
/// <param name="Model">The model's value at the estimate.</param>
/// <param name="Sigma">The standard deviation used: given, or from the estimated error model.</param>
/// <param name="StandardDeviation">The data's own sd, or null.</param>
public sealed record FitResidual(string Experiment, double Time, string Observable, double Data, double Model, double Sigma, double? StandardDeviation)
{
    /// <summary>(data − model)/σ.</summary>
    public double Weighted => (Data - Model) / Sigma;
}
