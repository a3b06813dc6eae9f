using Myokinetics.Cli.Loading;
using Myokinetics.Cli.Output;
using Myokinetics.Core.Results;
using Myokinetics.Core.Simulate;
using Myokinetics.Physiology.Eps;
using Myokinetics.Physiology.Observables;
using Myokinetics.Reporting;

namespace Myokinetics.Cli.Simulation;

/// <summary>
/// Loads (or takes the crosstalk model), applies the subject and protocol, checks, compiles and
/// simulates a model, streaming CSV to a file or a writer, and writes the HTML report when asked.
/// </summary>
internal static class SimulationJob
{
    /// <summary>The fewest output intervals the report's plots use (its own run, when the CSV's grid is coarser).</summary>
    private const int ReportMinimumSteps = 288;

    /// <summary>The most output intervals the report's plots use.</summary>
    private const int ReportMaximumSteps = 4000;

    /// <summary>Runs <paramref name="request"/>.</summary>
    /// <param name="request">What to simulate.</param>
    /// <param name="output">Receives the CSV when <see cref="SimulateRequest.OutputPath"/> is null.</param>
    /// <param name="error">Receives the model's warnings, one line each.</param>
    /// <param name="verbose">Also write informational notes.</param>
    /// <param name="cancellationToken">Stops the simulation between steps.</param>
    public static void Run(SimulateRequest request, TextWriter output, TextWriter error, bool verbose, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var source = request.Eps is { } eps
            ? EpsSource.Load(eps, request.ModelPath, request.Protocol, error, verbose)
            : ModelSource.Load(request.ModelPath, error, verbose);
        var hoursPerUnit = source.HoursPerTimeUnit();
        var settings = request.Span.Settings(source.Model.Id, hoursPerUnit, request.AbsoluteTolerance, request.RelativeTolerance, request.Integrator);
        var (inputs, compiled) = PreparedModel.Prepare(source, request.Protocol, error, verbose);
        var model = inputs.Model;
        if (request.AtSteadyState)
        {
            settings = SteadyStart.Apply(compiled, settings, null, cancellationToken);
        }

        var catalog = source.IsCrosstalk ? ObservableCatalog.Load() : null;
        var observables = catalog?.PresentIn(model) ?? [];
        var variables = request.Variables
            ?? (catalog is not null ? observables.Select(o => o.Id).ToArray()
                : request.Eps is not null ? EpsModel.MediumSpecies.ToArray()
                : null);
        var outputs = OutputSelection.Choose(compiled, variables, request.Amounts, request.Concentrations);
        var simulator = new Simulator(compiled);
        void Simulate(TextWriter writer) =>
            simulator.Run(settings, outputs, new CsvTimeCourseWriter(writer), cancellationToken: cancellationToken);

        if (request.OutputPath is null)
        {
            Simulate(output);
        }
        else
        {
            AtomicFile.WriteText(request.OutputPath, Simulate);
        }

        if (request.ReportPath is { } reportPath)
        {
            // The plots get at least one point per 5 minutes (within the bounds), so that short sessions show.
            var spanHours = (settings.End - settings.Start) * (hoursPerUnit ?? 1);
            var wanted = (int)Math.Clamp(Math.Ceiling(spanHours * 12), ReportMinimumSteps, ReportMaximumSteps);
            var reportSettings = settings with { Steps = Math.Max(settings.Steps, wanted) };
            var plotted = catalog is null ? outputs : observables.Select(o => new OutputVariable(o.Id)).ToList();
            var result = simulator.Run(reportSettings, plotted, cancellationToken: cancellationToken);
            var document = catalog is null
                ? ReportBuilder.ForColumns(model, inputs, result, hoursPerUnit ?? 1)
                : ReportBuilder.ForObservables(model, inputs, catalog, observables, result);
            AtomicFile.WriteText(reportPath, writer => HtmlReportWriter.Write(document, writer));
        }
    }
}
