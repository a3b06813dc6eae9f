using Myokinetics.Analysis.Sensitivity;
using Myokinetics.Cli.Commands;
using Myokinetics.Cli.Loading;
using Myokinetics.Cli.Output;
using Myokinetics.Cli.Simulation;
using Myokinetics.Reporting.Sensitivity;

namespace Myokinetics.Cli.Sensitivity;

/// <summary>
/// Loads the model (or takes the crosstalk model), applies the subject and protocol, compiles once, runs
/// the chosen sensitivity analysis on every core and writes its tidy CSV tables to the output folder
/// (each file complete or not at all), the HTML report when asked, and the list of files on standard output.
/// </summary>
internal static class SensitivityJob
{
    public static void Run(SensitivityRequest request, TextWriter output, TextWriter error, bool verbose, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var specs = ParameterSpecReader.Read(request.Parameters);
        var source = ModelSource.Load(request.ModelPath, error, verbose);
        var hoursPerUnit = source.HoursPerTimeUnit();
        var modelId = source.Model.Id;
        var settings = request.Span.Settings(modelId, hoursPerUnit, request.AbsoluteTolerance, request.RelativeTolerance, request.Integrator);
        var features = request.Outputs is null
            ? []
            : OutputFeatureParser.ParseList(request.Outputs, text => TimeArgument.TryParse("--outputs", text)?.InModelUnits(hoursPerUnit, modelId));
        if (request.Method != SensitivityMethod.Local && features.IsEmpty)
        {
            throw new CommandInputException($"--method {Name(request.Method)} needs --outputs: the scalar outputs to analyse, e.g. \"peak(IL6_plasma),auc(glucose_plasma)\"");
        }

        var (inputs, compiled) = PreparedModel.Prepare(source, request.Protocol, error, verbose);

        var ids = specs.Select(s => s.Id).ToList();
        var nominal = SensitivityTargets.NominalValues(compiled, ids);
        OutputFolder.RefuseFile(request.OutputFolder, "the tables");
        var folder = OutputFolder.Create(request.OutputFolder);
        var written = new List<string>();
        void Write(string name, Action<TextWriter> content)
        {
            var path = Path.Combine(folder, name);
            AtomicFile.WriteText(path, content);
            written.Add(path);
        }

        void WriteGlobal(IReadOnlyList<ParameterRange> ranges, string name, Action<TextWriter> indices, SampleSet samples)
        {
            Write("parameters.csv", w => SensitivityTables.Parameters(w, ranges));
            Write(name, indices);
            Write("samples.csv", w => SensitivityTables.Samples(w, samples));
        }

        SensitivityReport report;
        var context = new SensitivityReportContext(inputs, hoursPerUnit ?? 1, settings, request);
        switch (request.Method)
        {
            case SensitivityMethod.Local:
            {
                var variables = request.Variables ?? [.. features.Select(f => f.Variable).Distinct(StringComparer.Ordinal)];
                if (variables.Count == 0 && features.IsEmpty)
                {
                    throw new CommandInputException("--method local needs --outputs or --variables: the scalar outputs or the variables whose sensitivities to resolve over time");
                }

                var options = new LocalSensitivityOptions(request.RelativeStep, Threads: request.Threads);
                var result = LocalSensitivity.Run(compiled, settings, ids, variables, features, options, cancellationToken);
                Write("parameters.csv", w => SensitivityTables.LocalParameters(w, result));
                if (!features.IsEmpty)
                {
                    Write("local.csv", w => SensitivityTables.LocalFeatures(w, result));
                }

                if (variables.Count > 0)
                {
                    Write("local_time.csv", w => SensitivityTables.LocalTimeCourse(w, result));
                }

                report = SensitivityReportBuilder.Local(context, result);
                break;
            }

            case SensitivityMethod.Morris:
            {
                var ranges = Ranges(specs, nominal, request);
                var model = new SimulationModel(compiled, settings, ids, features);
                var options = new MorrisOptions(request.Samples ?? 20, request.Levels, request.Seed, request.Bootstrap, Threads: request.Threads);
                var result = MorrisAnalysis.Run(model, ranges, options, null, cancellationToken);
                WriteGlobal(ranges, "morris.csv", w => SensitivityTables.Morris(w, result), result.Samples);
                report = SensitivityReportBuilder.Morris(context, result);
                break;
            }

            default:
            {
                var ranges = Ranges(specs, nominal, request);
                var model = new SimulationModel(compiled, settings, ids, features);
                var options = new SobolOptions(request.Samples ?? 1024, request.Seed, request.Bootstrap, Threads: request.Threads);
                var result = SobolAnalysis.Run(model, ranges, options, null, cancellationToken);
                WriteGlobal(ranges, "sobol.csv", w => SensitivityTables.Sobol(w, result), result.Samples);
                report = SensitivityReportBuilder.Sobol(context, result);
                break;
            }
        }

        if (request.ReportPath is { } reportPath)
        {
            AtomicFile.WriteText(reportPath, w => SensitivityReportWriter.Write(report, w));
            written.Add(reportPath);
        }

        foreach (var path in written)
        {
            output.WriteLine($"wrote {path}");
        }
    }

    public static string Name(SensitivityMethod method) => method switch
    {
        SensitivityMethod.Local => "local",
        SensitivityMethod.Morris => "morris",
        _ => "sobol",
    };

    private static List<ParameterRange> Ranges(IReadOnlyList<ParameterSpec> specs, ImmutableArray<double> nominal, SensitivityRequest request) =>
        [.. specs.Select((spec, i) => spec.Resolve(nominal[i], request.DefaultRange, request.DefaultScale))];
}
