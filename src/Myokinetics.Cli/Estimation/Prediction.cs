using System.Globalization;
using Myokinetics.Analysis.Estimation;
using Myokinetics.Cli.Loading;
using Myokinetics.Cli.Output;
using Myokinetics.Cli.Simulation;
using Myokinetics.Core.Results;
using Myokinetics.Core.Simulate;
using Myokinetics.Physiology.Eps;
using Myokinetics.Reporting.Fitting;

namespace Myokinetics.Cli.Estimation;

/// <summary>
/// The prediction of <c>fit --predict TEXT</c>: the fitted model (estimates applied exactly as in the
/// fit) under the EPS stimulation TEXT, from 0 to <c>--end</c> (default: the end of the stimulation or
/// the last data time, whichever is later) in <see cref="Steps"/> equal intervals, one column per
/// fitted observable. Written as DIR/prediction.csv (<c>time,OBS…</c>, the simulate CSV shape).
/// </summary>
internal sealed class Prediction
{
    /// <summary>The file's name in the output folder.</summary>
    public const string FileName = "prediction.csv";

    /// <summary>Output intervals of the prediction.</summary>
    public const int Steps = 200;

    private Prediction(string text, TimeCourse course, IReadOnlyList<string> observables)
    {
        Text = text;
        Course = course;
        Observables = observables;
    }

    /// <summary>The stimulation as given.</summary>
    public string Text { get; }

    /// <summary>The simulated time course.</summary>
    public TimeCourse Course { get; }

    /// <summary>The columns after time: the fitted observables in the data's order.</summary>
    public IReadOnlyList<string> Observables { get; }

    /// <summary>One sentence naming what was simulated, for the report.</summary>
    public string Note => $"The fitted model under EPS \"{Text}\" (--predict), from the estimates above; no data.";

    public static Prediction Run(FitRequest request, ModelSource source, string text, ImmutableArray<Measurement> data, FitResult result, FitOptions options, TextWriter error, bool verbose, CancellationToken cancellationToken)
    {
        var stimulated = EpsSource.Apply(source, text, "--predict");
        var compiled = PreparedModel.Compile(stimulated.Model, error, verbose);
        var lastData = data.Max(d => d.Time);
        var stimulationEnd = string.Equals(text.Trim(), EpsSource.None, StringComparison.Ordinal) ? 0 : EpsText.Parse(text, "--predict").End;
        var end = request.PredictEnd is { } given
            ? given.InModelUnits(source.HoursPerTimeUnit(), source.Model.Id)
            : Math.Max(stimulationEnd, lastData);
        if (!(end > 0))
        {
            throw new CommandInputException($"--end {request.PredictEnd}: the prediction must end after time 0");
        }

        var observables = data.Select(d => d.Observable).Distinct(StringComparer.Ordinal).ToList();
        var changes = result.Estimates.ToDictionary(e => e.Id, e => e.Estimate, StringComparer.Ordinal);
        var settings = new SimulationSettings(0, end, Steps, options.AbsoluteTolerance, options.RelativeTolerance, options.Integrator);
        var course = new Simulator(compiled).Run(settings, [.. observables.Select(o => new OutputVariable(o))], changes, cancellationToken);
        return new Prediction(text, course, observables);
    }

    /// <summary>Writes <c>time,OBS…</c> and the rows.</summary>
    public void Write(TextWriter writer)
    {
        writer.WriteLine(string.Join(',', ["time", .. Observables]));
        var columns = Observables.Select(o => Course.Column(o)).ToList();
        for (var i = 0; i < Course.Times.Count; i++)
        {
            writer.WriteLine(string.Join(',', [CsvNumber.Format(Course.Times[i]), .. columns.Select(c => CsvNumber.Format(c[i]))]));
        }
    }

    /// <summary>One line: the stimulation and each observable's value at the end.</summary>
    public string Summary(Func<string, string> unit)
    {
        var end = Course.Times[^1];
        var values = Observables.Select(o => $"{o} {Course.Column(o)[^1].ToString("G4", CultureInfo.InvariantCulture)} {unit(o)}".TrimEnd());
        return $"prediction under \"{Text}\": at t = {end.ToString("G4", CultureInfo.InvariantCulture)}: {string.Join(", ", values)}";
    }

    /// <summary>One report panel per observable.</summary>
    public ImmutableArray<FitReportPanel> Panels(Func<string, string> unit) =>
        [.. Observables.Select(o => new FitReportPanel($"prediction · {o}", unit(o), [.. Course.Times], [.. Course.Column(o)], [], []))];
}
