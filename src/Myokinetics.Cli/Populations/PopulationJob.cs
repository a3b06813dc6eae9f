using System.Globalization;
using Myokinetics.Analysis.Populations;
using Myokinetics.Cli.Loading;
using Myokinetics.Cli.Output;
using Myokinetics.Cli.Simulation;
using Myokinetics.Core.Diagnostics;
using Myokinetics.Physiology.Crosstalk;
using Myokinetics.Physiology.Observables;

namespace Myokinetics.Cli.Populations;

/// <summary>
/// Runs <c>myokinetics population</c>: loads the model, applies the protocol and subject, compiles
/// once, reads the population (the crosstalk model's <c>population.yaml</c> by default), simulates the
/// shard's subjects on every core and writes the output folder — each file complete or not at all,
/// the state file last.
/// </summary>
internal static class PopulationJob
{
    /// <summary>The crosstalk model's default population file, in its model folder.</summary>
    public const string DefaultPopulationFile = "population.yaml";

    public static void Run(PopulationRequest request, TextWriter output, TextWriter error, bool verbose, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var folder = request.OutputFolder;
        OutputFolder.RefuseFile(folder, "the population's files");

        var source = ModelSource.Load(request.ModelPath, error, verbose);
        var populationPath = request.PopulationPath ?? (source.IsCrosstalk
            ? Path.Combine(CrosstalkModel.Folder(), DefaultPopulationFile)
            : throw new CommandInputException("--population is required with a MODEL other than the crosstalk model: give a population file (see 'myokinetics population --help')"));
        var population = PopulationFile.Read(populationPath);

        var hoursPerUnit = source.HoursPerTimeUnit();
        var settings = request.Span.Settings(source.Model.Id, hoursPerUnit, request.AbsoluteTolerance, request.RelativeTolerance, request.Integrator);
        var (inputs, compiled) = PreparedModel.Prepare(source, request.Protocol, error, verbose);
        var sampler = PopulationSampler.Create(population, compiled, request.Seed);

        var variables = request.Variables ?? (source.IsCrosstalk ? ObservableCatalog.Load().PresentIn(inputs.Model).Select(o => o.Id).ToArray() : null);
        var outputs = OutputSelection.Choose(compiled, variables, [], []);
        var key = RunKey.Create(ModelFiles(source), request, populationPath, settings, outputs);
        var (first, count) = request.Shard.Subjects(request.Size);

        OutputFolder.Create(folder);
        var progress = ProgressBar.For(error, count, request.Shard.Count > 1 ? $"shard {request.Shard}" : "population");
        using var subjects = request.PerSubject ? new StagedFile(Path.Combine(folder, PopulationFiles.Subjects)) : null;
        var options = new PopulationRunOptions(request.Threads)
        {
            Progress = progress.Report,
            StartAtSteadyState = request.AtSteadyState,
            Observer = subjects is null ? null : new SubjectCsvWriter(subjects.Writer, [.. outputs.Select(o => o.Column)]),
        };

        PopulationRunResult result;
        try
        {
            result = PopulationSimulation.Run(compiled, settings, outputs, sampler, first, count, options, cancellationToken);
        }
        finally
        {
            progress.Finish();
        }

        cancellationToken.ThrowIfCancellationRequested();
        AtomicFile.WriteText(Path.Combine(folder, PopulationFiles.Parameters), writer => WriteParameters(writer, sampler, first, count));
        AtomicFile.WriteText(Path.Combine(folder, PopulationFiles.Failures), writer => WriteFailures(writer, result.Failures));
        subjects?.Commit();
        AtomicFile.WriteText(Path.Combine(folder, PopulationFiles.Summary), result.Summary.WriteCsv);
        var state = new PopulationState(key, request.Size, request.Shard.Count, [request.Shard.Index], result.Failures.Length, result.Summary);
        AtomicFile.Write(Path.Combine(folder, PopulationFiles.State), state.Write);

        Report(output, error, folder, request.Shard, count, result.Failures);
    }

    /// <summary>Writes parameters.csv: <c>subject</c>, then one column per parameter, a row per subject.</summary>
    public static void WriteParameters(TextWriter writer, PopulationSampler sampler, long first, int count)
    {
        writer.Write("subject");
        foreach (var id in sampler.ParameterIds)
        {
            writer.Write(',');
            writer.Write(id);
        }

        writer.Write('\n');
        var values = new double[sampler.ParameterIds.Length];
        for (var subject = first; subject < first + count; subject++)
        {
            sampler.Draw(subject, values);
            writer.Write(subject.ToString(CultureInfo.InvariantCulture));
            foreach (var v in values)
            {
                writer.Write(',');
                writer.Write(CsvNumber.Format(v));
            }

            writer.Write('\n');
        }
    }

    private static void WriteFailures(TextWriter writer, IEnumerable<SubjectFailure> failures)
    {
        writer.Write("subject,time,message\n");
        foreach (var f in failures)
        {
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"{f.Subject},{CsvNumber.Format(f.Time)},{CsvNumber.Field(CliApplication.OneLine(f.Message))}\n"));
        }
    }

    private static void Report(TextWriter output, TextWriter error, string folder, Shard shard, int count, ImmutableArray<SubjectFailure> failures)
    {
        var part = shard.Count > 1 ? $" (shard {shard})" : string.Empty;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"population: {count - failures.Length} of {count} subjects simulated{part}; summary in {Path.Combine(folder, PopulationFiles.Summary)}"));
        if (failures.Length == 0)
        {
            return;
        }

        error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"warning: {failures.Length} of {count} subjects failed to integrate and are left out of the summary ({Path.Combine(folder, PopulationFiles.Failures)} lists them); first: subject {failures[0].Subject}: {CliApplication.OneLine(failures[0].Message)}"));
        if (failures.Length == count)
        {
            throw new SimulationException($"every subject failed to integrate; first: subject {failures[0].Subject}: {CliApplication.OneLine(failures[0].Message)}", failures[0].Time);
        }
    }

    /// <summary>The files that define the model: the crosstalk folder's files by name, or the MODEL file.</summary>
    private static IEnumerable<string> ModelFiles(ModelSource source) =>
        source.IsCrosstalk
            ? Directory.GetFiles(Path.GetDirectoryName(Path.GetFullPath(source.Source))!).Where(f => f.EndsWith(".ant", StringComparison.Ordinal) || f.EndsWith(".yaml", StringComparison.Ordinal)).Order(StringComparer.Ordinal)
            : [source.Source];
}
