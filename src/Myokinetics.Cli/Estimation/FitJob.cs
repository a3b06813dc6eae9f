using System.Globalization;
using Myokinetics.Analysis.Estimation;
using Myokinetics.Cli.Loading;
using Myokinetics.Cli.Output;
using Myokinetics.Cli.Simulation;
using Myokinetics.Core.Diagnostics;
using Myokinetics.Core.Units;
using Myokinetics.Reporting.Fitting;

namespace Myokinetics.Cli.Estimation;

/// <summary>
/// Runs <c>myokinetics fit</c>: reads the data, the parameters and the experiments, applies each
/// experiment's protocol and compiles it once, fits, and writes DIR/estimates.csv
/// (<c>parameter,estimate,se,ci_low,ci_high,unit</c>), DIR/fit.csv
/// (<c>experiment,time,observable,data,model,residual</c>, residual = data − model), DIR/fitted.ant
/// (the model with the estimates substituted), with <c>--predict</c> DIR/prediction.csv, summary lines
/// on standard output and, when asked, the HTML report.
/// </summary>
internal static class FitJob
{
    public static void Run(FitRequest request, TextWriter output, TextWriter error, bool verbose, CancellationToken cancellationToken)
    {
        var listed = request.ExperimentsPath is null ? null : ExperimentFile.Read(request.ExperimentsPath);
        var eps = request.Eps is not null || (listed?.Any(e => e.Eps is not null) ?? false);
        CheckEpsOptions(request, listed, eps);
        var source = eps ? EpsSource.Base(request.ModelPath, request.Protocol, error, verbose) : ModelSource.Load(request.ModelPath, error, verbose);
        var data = MeasurementCsv.Read(request.DataPath);
        var experiments = Experiments(request, source, listed, eps, data, error, verbose);
        var file = ParameterFile.Read(request.ParametersPath, experiments[0].Model);
        var options = request.Options with
        {
            Profile = file.Profile,
            ErrorModel = file.ErrorModel ?? request.Options.ErrorModel,
        };
        var result = ParameterEstimator.Fit(experiments, file.Parameters, options, cancellationToken);

        OutputFolder.Create(request.OutputFolder);

        var model = experiments[0].Model;
        var units = UnitRegistry.Create(model.Model);
        string Unit(string id) => model.Find(id) is { } s ? SymbolUnitText.Of(s, units) : string.Empty;
        var estimatesPath = Path.Combine(request.OutputFolder, "estimates.csv");
        var fitPath = Path.Combine(request.OutputFolder, "fit.csv");
        AtomicFile.WriteText(estimatesPath, writer =>
        {
            writer.WriteLine("parameter,estimate,se,ci_low,ci_high,unit");
            foreach (var e in result.Estimates)
            {
                writer.WriteLine($"{e.Id},{N(e.Estimate)},{N(e.StandardError)},{N(e.Lower)},{N(e.Upper)},{Unit(e.Id)}");
            }
        });
        AtomicFile.WriteText(fitPath, writer =>
        {
            writer.WriteLine("experiment,time,observable,data,model,residual");
            foreach (var r in result.Residuals)
            {
                writer.WriteLine($"{r.Experiment},{N(r.Time)},{r.Observable},{N(r.Data)},{N(r.Model)},{N(r.Data - r.Model)}");
            }
        });

        var fittedPath = Path.Combine(request.OutputFolder, FittedModel.FileName);
        AtomicFile.WriteText(fittedPath, writer => writer.Write(FittedModel.Write(source.Model, result, request)));
        var prediction = request.Predict is { } predict ? Prediction.Run(request, source, predict, data, result, options, error, verbose, cancellationToken) : null;
        var predictionPath = Path.Combine(request.OutputFolder, Prediction.FileName);
        if (prediction is not null)
        {
            AtomicFile.WriteText(predictionPath, prediction.Write);
        }

        WriteSummary(output, result, experiments, Unit, options.ConfidenceLevel);
        output.WriteLine($"wrote {estimatesPath}, {fitPath} and {fittedPath}");
        if (prediction is not null)
        {
            output.WriteLine(prediction.Summary(Unit));
            output.WriteLine($"wrote {predictionPath}");
        }

        if (request.ReportPath is { } reportPath)
        {
            var document = FitReportBuilder.Build(request, source, experiments, file.Parameters, result, options, Unit, cancellationToken);
            if (prediction is not null)
            {
                document = document with { Predictions = prediction.Panels(Unit), PredictionNote = prediction.Note };
            }

            AtomicFile.WriteText(reportPath, writer => FitReportWriter.Write(document, writer));
            output.WriteLine($"wrote {reportPath}");
        }
    }

    /// <summary>With EPS experiments: no --eps together with --experiments, and --predict only then.</summary>
    private static void CheckEpsOptions(FitRequest request, IReadOnlyList<ExperimentEntry>? listed, bool eps)
    {
        if (request.Eps is not null && listed is not null)
        {
            throw new CommandInputException($"with --experiments, give each experiment's stimulation as 'eps:' in {request.ExperimentsPath}, not with --eps");
        }

        if (listed is not null && eps && listed.FirstOrDefault(e => e.Eps is null) is { } other)
        {
            throw new ModelFormatException(other.Location, $"experiment '{other.Id}' has no 'eps': when one experiment is an EPS experiment all are (write 'eps: none' for an unstimulated well)");
        }

        if (request.Predict is not null && !eps)
        {
            throw new CommandInputException("--predict simulates an EPS stimulation with the estimates: fit EPS experiments (--eps, or 'eps:' entries in --experiments)");
        }

        if (request.PredictEnd is not null && request.Predict is null)
        {
            throw new CommandInputException("--end sets where the prediction ends: give --predict with it");
        }
    }

    /// <summary>One experiment per protocol: the single experiment of the protocol options (or of
    /// --eps), or those of the experiments file; each data point's experiment must be one of them.</summary>
    private static List<FitExperiment> Experiments(FitRequest request, ModelSource source, IReadOnlyList<ExperimentEntry>? listed, bool eps, ImmutableArray<Measurement> data, TextWriter error, bool verbose)
    {
        var result = new List<FitExperiment>();
        if (listed is null)
        {
            var ids = data.Select(d => d.Experiment).Distinct(StringComparer.Ordinal).ToList();
            if (ids.Count > 1)
            {
                throw new CommandInputException($"{request.DataPath} has {ids.Count} experiments ({string.Join(", ", ids)}); give --experiments with a protocol for each");
            }

            var single = request.Eps is { } text ? EpsSource.Apply(source, text, EpsSource.OptionName) : source;
            var protocol = eps ? ProtocolRequest.None : request.Protocol;
            result.Add(new FitExperiment(ids[0], PreparedModel.Prepare(single, protocol, error, verbose, checkUnits: false).Compiled, data));
            return result;
        }

        if (request.Protocol.HasInputs)
        {
            throw new CommandInputException("with --experiments, give each experiment's protocol in that file, not with --exercise, --dose, --subject or --protocol");
        }

        foreach (var d in data)
        {
            if (!listed.Any(e => e.Id == d.Experiment))
            {
                throw new ModelFormatException(d.Location, d.Experiment.Length == 0
                    ? $"this data point names no experiment; with --experiments every row needs one of: {string.Join(", ", listed.Select(e => e.Id))}"
                    : $"unknown experiment '{d.Experiment}': {request.ExperimentsPath} lists {string.Join(", ", listed.Select(e => e.Id))}");
            }
        }

        foreach (var entry in listed)
        {
            var rows = data.Where(d => d.Experiment == entry.Id).ToImmutableArray();
            if (rows.IsEmpty)
            {
                error.WriteLine($"warning: {entry.Location}: experiment '{entry.Id}' has no data in {request.DataPath}; it is left out");
                continue;
            }

            var prepared = entry.Eps is { } text
                ? PreparedModel.Prepare(EpsSource.Apply(source, text, $"{request.ExperimentsPath} (experiment '{entry.Id}') eps"), ProtocolRequest.None, error, verbose, checkUnits: false)
                : PreparedModel.Prepare(source, entry.Request, error, verbose, checkUnits: false);
            result.Add(new FitExperiment(entry.Id, prepared.Compiled, rows));
        }

        return result;
    }

    private static void WriteSummary(TextWriter output, FitResult result, IReadOnlyList<FitExperiment> experiments, Func<string, string> unit, double level)
    {
        var s = result.Statistics;
        var method = result.Method switch
        {
            FitMethod.Multistart => $"multistart ({result.StartObjectives.Length} starts, {result.StartObjectives.Count(double.IsFinite)} converged)",
            FitMethod.DifferentialEvolution => "differential evolution, then Levenberg–Marquardt",
            _ => "Levenberg–Marquardt",
        };
        output.WriteLine($"fit: {result.Estimates.Length} parameters, {s.DataPoints} data points in {experiments.Count} experiment{(experiments.Count == 1 ? string.Empty : "s")}; {method}, {result.Iterations} iterations, {result.Simulations} simulations");
        var percent = (level * 100).ToString("0.#", CultureInfo.InvariantCulture);
        foreach (var e in result.Estimates)
        {
            var interval = e.Interval == IntervalMethod.Profile ? "profile likelihood" : "Fisher information";
            var note = e.Identifiable ? string.Empty : $"; not identifiable from these data ({(e.LowerOpen && e.UpperOpen ? "bounded by neither side" : e.LowerOpen ? "no lower limit" : "no upper limit")} within the bounds)";
            output.WriteLine($"  {e.Id} = {G(e.Estimate)} {unit(e.Id)} (se {G(e.StandardError)}; {percent}% CI {G(e.Lower)} to {G(e.Upper)}, {interval}{note})");
        }

        var error = s.ErrorModel switch
        {
            ErrorModel.Given => "weighted least squares with the data's sd",
            ErrorModel.Constant => $"constant error estimated: {string.Join(", ", s.ErrorScales.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"σ({p.Key}) = {G(p.Value)}"))}",
            _ => $"proportional error estimated: {string.Join(", ", s.ErrorScales.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"CV({p.Key}) = {G(p.Value)}"))}",
        };
        output.WriteLine($"  {error}");
        output.WriteLine($"  SSR = {G(s.SumOfSquares)}, χ² = {G(s.ChiSquare)} (N = {s.DataPoints}, k = {s.EstimatedParameters}), −2 log L = {G(s.MinusTwoLogLikelihood)}, AIC = {G(s.Aic)}, BIC = {G(s.Bic)}");
    }

    private static string N(double value) =>
        double.IsPositiveInfinity(value) ? "inf" : double.IsNegativeInfinity(value) ? "-inf" : value.ToString("R", CultureInfo.InvariantCulture);

    private static string G(double value) =>
        double.IsPositiveInfinity(value) ? "∞" : value.ToString("G5", CultureInfo.InvariantCulture);
}
