using System.Globalization;
using Myokinetics.Analysis.Estimation;
using Myokinetics.Cli.Loading;
using Myokinetics.Core.Simulate;
using Myokinetics.Reporting;
using Myokinetics.Reporting.Fitting;

namespace Myokinetics.Cli.Estimation;

/// <summary>Builds the HTML report of a fit: the model curves come from one more simulation per
/// experiment at the estimates, 400 intervals from the start to the last measurement.</summary>
internal static class FitReportBuilder
{
    private const int CurveSteps = 400;

    public static FitReportDocument Build(
        FitRequest request,
        ModelSource source,
        IReadOnlyList<FitExperiment> experiments,
        IReadOnlyList<FitParameter> parameters,
        FitResult result,
        FitOptions options,
        Func<string, string> unit,
        CancellationToken cancellationToken)
    {
        var s = result.Statistics;
        var percent = (options.ConfidenceLevel * 100).ToString("0.#", CultureInfo.InvariantCulture);
        ImmutableArray<ReportFact> facts =
        [
            new("Model", source.IsCrosstalk ? "muscle–organ crosstalk model (built in)" : source.Source),
            new("Data", $"{request.DataPath}: {s.DataPoints} points in {experiments.Count} experiment{(experiments.Count == 1 ? string.Empty : "s")}"),
            new("Method", $"{result.Method}, {result.Iterations} iterations, {result.Simulations} simulations"),
            new("Error model", s.ErrorModel switch
            {
                ErrorModel.Given => "weighted least squares with the data's sd",
                ErrorModel.Constant => "constant σ per observable, estimated: " + string.Join(", ", s.ErrorScales.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} {G(p.Value)}")),
                _ => "proportional σ = CV·|model| per observable, estimated: " + string.Join(", ", s.ErrorScales.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} {G(p.Value)}")),
            }),
            new("Goodness of fit", $"SSR {G(s.SumOfSquares)}, χ² {G(s.ChiSquare)} (N = {s.DataPoints}, k = {s.EstimatedParameters}), −2 log L {G(s.MinusTwoLogLikelihood)}, AIC {G(s.Aic)}, BIC {G(s.Bic)}"),
        ];

        var estimates = result.Estimates.Select(e => new FitReportEstimate(
            e.Id,
            G(e.Estimate),
            G(e.StandardError),
            $"{G(e.Lower)} – {G(e.Upper)} ({percent} %, {(e.Interval == IntervalMethod.Profile ? "profile" : "Fisher")})",
            unit(e.Id),
            e.Identifiable ? string.Empty : "not identifiable from these data")).ToImmutableArray();

        var values = result.Estimates.ToDictionary(e => e.Id, e => e.Estimate, StringComparer.Ordinal);
        var panels = ImmutableArray.CreateBuilder<FitReportPanel>();
        foreach (var experiment in experiments)
        {
            var observables = experiment.Data.Select(d => d.Observable).Distinct(StringComparer.Ordinal).ToList();
            var changes = new Dictionary<string, double>(experiment.Fixed, StringComparer.Ordinal);
            foreach (var (id, value) in values)
            {
                changes[id] = value;
            }

            var end = Math.Max(experiment.Data.Max(d => d.Time), experiment.Start + 1e-9);
            var settings = new SimulationSettings(experiment.Start, end, CurveSteps, options.AbsoluteTolerance, options.RelativeTolerance, options.Integrator);
            var curve = new Simulator(experiment.Model).Run(settings, observables.Select(o => new OutputVariable(o)).ToList(), changes, cancellationToken);
            foreach (var observable in observables)
            {
                var rows = result.Residuals.Where(r => r.Experiment == experiment.Id && r.Observable == observable).ToList();
                var title = experiment.Id.Length == 0 ? observable : $"{experiment.Id} · {observable}";
                panels.Add(new FitReportPanel(
                    title,
                    unit(observable),
                    [.. curve.Times],
                    [.. curve.Column(observable)],
                    [.. rows.Select(r => new FitReportPoint(r.Time, r.Data, r.StandardDeviation))],
                    [.. rows.Select(r => (r.Time, r.Weighted))]));
            }
        }

        var profiles = result.Profiles.Select(p => new FitReportProfile(
            p.Id,
            [.. p.Points.Select(q => q.Value)],
            [.. p.Points.Select(q => q.Rise)],
            p.Threshold,
            result[p.Id].Estimate,
            parameters.First(q => q.Id == p.Id).LogScale)).ToImmutableArray();
        var hours = source.HoursPerTimeUnit();
        var timeLabel = hours == 1 ? "time (h)" : "time (model units)";
        return new FitReportDocument("Parameter estimation", facts, estimates, panels.ToImmutable(), profiles, timeLabel);
    }

    private static string G(double value) =>
        double.IsPositiveInfinity(value) ? "∞" : value.ToString("G5", CultureInfo.InvariantCulture);
}
