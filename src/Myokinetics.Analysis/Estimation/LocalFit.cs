using System.Globalization;

namespace Myokinetics.Analysis.Estimation;

/// <summary>The end of one local fit.</summary>
/// <param name="X">Internal coordinates of every parameter.</param>
/// <param name="Predictions">Model values at the data.</param>
/// <param name="Objective">−2·log L there.</param>
/// <param name="Jacobian">∂r/∂x of the free parameters (rows scaled to the final error scales).</param>
/// <param name="Iterations">Levenberg–Marquardt iterations, all reweighting rounds together.</param>
/// <param name="Failure">Why it did not converge (null when it did).</param>
internal sealed record LocalFitOutcome(double[] X, double[] Predictions, double Objective, double[] Jacobian, int Iterations, string? Failure);

/// <summary>
/// Levenberg–Marquardt on the free parameters, with the error scales of an estimated error model
/// updated between runs until they change by less than 1e-6 relative (at most 20 rounds; see
/// <see cref="FitObjective"/>).
/// </summary>
internal static class LocalFit
{
    private const int MaxRounds = 20;

    public static LocalFitOutcome Run(FitObjective objective, int[] free, double[] held, CancellationToken cancellationToken)
    {
        var parameters = objective.Parameters;
        var lower = free.Select(j => parameters[j].InternalLower).ToArray();
        var upper = free.Select(j => parameters[j].InternalUpper).ToArray();
        var x = free.Select(j => held[j]).ToArray();
        var full = (double[])held.Clone();
        var predictions = new double[objective.DataCount];
        var failure = objective.Predict(full, predictions, cancellationToken);
        if (failure is not null)
        {
            return new LocalFitOutcome(full, predictions, double.PositiveInfinity, [], 0, $"the model cannot be simulated at the starting values: {failure}");
        }

        var scales = objective.Scales(predictions);
        var iterations = 0;
        double[] jacobian = [];
        for (var round = 0; round < MaxRounds && free.Length > 0; round++)
        {
            var problem = new FitLeastSquares(objective, free, full, scales, cancellationToken);
            var outcome = LevenbergMarquardt.Minimize(problem, x, lower, upper, objective.Options.MaxIterations, cancellationToken);
            iterations += outcome.Iterations;
            if (!outcome.Converged)
            {
                var because = outcome.Iterations == 0
                    ? $"the model cannot be evaluated at the start{(problem.LastFailure is { } f ? $": {f}" : string.Empty)}"
                    : $"it did not converge after {outcome.Iterations} iterations ({outcome.Reason}); the last accepted step changed the weighted sum of squares by {outcome.LastChange.ToString("G3", CultureInfo.InvariantCulture)} to {outcome.SumOfSquares.ToString("G6", CultureInfo.InvariantCulture)}";
                return new LocalFitOutcome(problem.Full(outcome.X), predictions, double.PositiveInfinity, [], iterations, because);
            }

            x = outcome.X;
            full = problem.Full(x);
            jacobian = outcome.Jacobian;
            failure = objective.Predict(full, predictions, cancellationToken);
            if (failure is not null)
            {
                return new LocalFitOutcome(full, predictions, double.PositiveInfinity, [], iterations, failure);
            }

            var updated = objective.Scales(predictions);
            var settled = true;
            for (var k = 0; k < scales.Length; k++)
            {
                var ratio = updated[k] / scales[k];
                settled &= Math.Abs(ratio - 1) < 1e-6;

                // The residuals are linear in the scale: bring the Jacobian's rows to the final scales.
                for (var i = 0; i < objective.DataCount; i++)
                {
                    if (objective.Data[i].Observable == objective.Observables[k])
                    {
                        for (var c = 0; c < free.Length; c++)
                        {
                            jacobian[(i * free.Length) + c] *= ratio;
                        }
                    }
                }
            }

            scales = updated;
            if (settled || !objective.NeedsReweighting)
            {
                break;
            }
        }

        return new LocalFitOutcome(full, predictions, objective.MinusTwoLogLikelihood(predictions), jacobian, iterations, null);
    }
}
