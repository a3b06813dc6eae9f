using Myokinetics.Numerics.LinearAlgebra;

namespace Myokinetics.Analysis.Estimation;

/// <summary>
/// Fits declared values of a model (parameters, compartment sizes, initial values) to measurements from
/// one or more experiments, each with its own compiled model (protocol) and data: weighted least squares
/// when the data give standard deviations, otherwise maximum likelihood with an estimated constant or
/// proportional error per observable. Levenberg–Marquardt with central-difference Jacobians does the
/// local search; multistart from Latin-hypercube starts or differential evolution the global one.
/// Reports estimates with confidence intervals from the Fisher information (or the profile likelihood
/// for the parameters asked), goodness of fit and residuals. Same inputs and seed ⇒ same result for any
/// number of threads.
/// </summary>
public static class ParameterEstimator
{
    /// <summary>Fits <paramref name="parameters"/> to the data of <paramref name="experiments"/>.</summary>
    /// <exception cref="FitInputException">An unknown parameter, bounds that exclude the start, bad settings (exit 1).</exception>
    /// <exception cref="Core.Diagnostics.ModelFormatException">A data point for an unknown observable, naming its file and line (exit 1).</exception>
    /// <exception cref="FitConvergenceException">The fit did not converge or the model could not be simulated (exit 2).</exception>
    public static FitResult Fit(
        IReadOnlyList<FitExperiment> experiments,
        IReadOnlyList<FitParameter> parameters,
        FitOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(experiments);
        ArgumentNullException.ThrowIfNull(parameters);
        options ??= FitOptions.Default;
        var (start, errorModel) = FitValidation.Check(experiments, parameters, options);
        var objective = new FitObjective(experiments, parameters, errorModel, options);
        var all = Enumerable.Range(0, parameters.Count).ToArray();

        LocalFitOutcome best;
        ImmutableArray<double> startObjectives;
        switch (options.Method)
        {
            case FitMethod.Multistart:
                var (outcomes, index) = GlobalSearch.Multistart(objective, start, cancellationToken);
                startObjectives = [.. outcomes.Select(o => o.Objective)];
                best = index >= 0 ? outcomes[index] : throw Failure(outcomes[0], "from any of the starts");
                break;
            case FitMethod.DifferentialEvolution:
                var (member, _) = GlobalSearch.DifferentialEvolution(objective, start, cancellationToken);
                best = LocalFit.Run(objective, all, member, cancellationToken);
                startObjectives = [best.Objective];
                break;
            default:
                best = LocalFit.Run(objective, all, start, cancellationToken);
                startObjectives = [best.Objective];
                break;
        }

        if (best.Failure is not null)
        {
            throw Failure(best, string.Empty);
        }

        var internalSe = StandardErrors(best.Jacobian, objective.DataCount, parameters.Count);
        var z = NormalQuantile.Of(1 - ((1 - options.ConfidenceLevel) / 2));
        var threshold = z * z;
        var profiles = new ProfileLikelihood[options.ProfiledParameters.Length];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism ?? -1, CancellationToken = cancellationToken };
        Parallel.For(0, profiles.Length, parallel, k =>
        {
            var j = parameters.ToList().FindIndex(p => p.Id == options.ProfiledParameters[k]);
            profiles[k] = ProfileCalculator.Run(objective, j, best.X, best.Objective, internalSe[j], threshold, cancellationToken);
        });

        var estimates = ImmutableArray.CreateBuilder<ParameterEstimate>();
        for (var j = 0; j < parameters.Count; j++)
        {
            var parameter = parameters[j];
            var value = parameter.FromInternal(best.X[j]);
            var se = double.IsFinite(internalSe[j]) ? (parameter.LogScale ? value * internalSe[j] : internalSe[j]) : double.PositiveInfinity;
            var profile = profiles.FirstOrDefault(p => p.Id == parameter.Id);
            if (profile is not null)
            {
                estimates.Add(new ParameterEstimate(parameter.Id, value, se, profile.Lower, profile.Upper, IntervalMethod.Profile, parameter.LogScale)
                {
                    LowerOpen = profile.LowerOpen,
                    UpperOpen = profile.UpperOpen,
                });
            }
            else if (double.IsFinite(internalSe[j]))
            {
                estimates.Add(new ParameterEstimate(parameter.Id, value, se, parameter.FromInternal(best.X[j] - (z * internalSe[j])), parameter.FromInternal(best.X[j] + (z * internalSe[j])), IntervalMethod.Fisher, parameter.LogScale));
            }
            else
            {
                estimates.Add(new ParameterEstimate(parameter.Id, value, se, parameter.Lower, parameter.Upper, IntervalMethod.Fisher, parameter.LogScale)
                {
                    LowerOpen = true,
                    UpperOpen = true,
                });
            }
        }

        var (statistics, residuals) = Goodness(objective, best);
        return new FitResult(options.Method, estimates.ToImmutable(), statistics, residuals, [.. profiles], best.Iterations, objective.Simulations, startObjectives);
    }

    /// <summary>Standard errors in internal coordinates from the Fisher information JᵀJ of the
    /// standardised residuals (+∞ for all when it is singular).</summary>
    private static double[] StandardErrors(double[] jacobian, int m, int p)
    {
        var a = new double[p * p];
        LevenbergMarquardt.Normal(jacobian, new double[m], m, p, a, new double[p]);
        var se = new double[p];
        var lu = new DenseLu(p);
        var scale = 0.0;
        for (var k = 0; k < p; k++)
        {
            scale = Math.Max(scale, a[(k * p) + k]);
        }

        if (!lu.Factor(a))
        {
            Array.Fill(se, double.PositiveInfinity);
            return se;
        }

        var column = new double[p];
        for (var k = 0; k < p; k++)
        {
            Array.Clear(column);
            column[k] = 1;
            lu.Solve(column);
            var variance = column[k];

            // A variance beyond 1e12 relative to the best-determined direction is numerically singular.
            se[k] = variance > 0 && double.IsFinite(variance) && variance * scale < 1e12 ? Math.Sqrt(variance) : double.PositiveInfinity;
        }

        return se;
    }

    private static (FitStatistics Statistics, ImmutableArray<FitResidual> Residuals) Goodness(FitObjective objective, LocalFitOutcome best)
    {
        var variances = objective.ErrorModel == ErrorModel.Given ? [] : objective.ErrorVariances(best.Predictions);
        var residuals = ImmutableArray.CreateBuilder<FitResidual>();
        var ssr = 0.0;
        var chi = 0.0;
        for (var i = 0; i < objective.DataCount; i++)
        {
            var d = objective.Data[i];
            var model = best.Predictions[i];
            var sigma = objective.Sigma(i, model, variances);
            var residual = new FitResidual(d.Experiment, d.Time, d.Observable, d.Value, model, sigma, d.StandardDeviation);
            residuals.Add(residual);
            ssr += (d.Value - model) * (d.Value - model);
            chi += residual.Weighted * residual.Weighted;
        }

        var n = objective.DataCount;
        var k = objective.Parameters.Length + (objective.ErrorModel == ErrorModel.Given ? 0 : objective.GroupCount);
        var scales = objective.ErrorModel == ErrorModel.Given
            ? ImmutableDictionary<string, double>.Empty
            : objective.Observables.Select((o, g) => (o, g)).ToImmutableDictionary(t => t.o, t => Math.Sqrt(variances[t.g]), StringComparer.Ordinal);
        var statistics = new FitStatistics(n, k, ssr, chi, best.Objective, best.Objective + (2 * k), best.Objective + (k * Math.Log(n)), objective.ErrorModel, scales);
        return (statistics, residuals.ToImmutable());
    }

    private static FitConvergenceException Failure(LocalFitOutcome outcome, string where) =>
        new($"the fit failed{(where.Length > 0 ? $" {where}" : string.Empty)}: {outcome.Failure}; try more iterations, other starts or bounds, or a global method (multistart or differential evolution)");
}
