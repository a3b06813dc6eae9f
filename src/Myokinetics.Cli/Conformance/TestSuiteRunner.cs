using System.Diagnostics;
using System.Globalization;
using Myokinetics.Cli.Loading;
using Myokinetics.Core.Analysis;
using Myokinetics.Core.Compile;
using Myokinetics.Core.Diagnostics;
using Myokinetics.Core.Results;
using Myokinetics.Core.Simulate;

namespace Myokinetics.Cli.Conformance;

/// <summary>
/// Runs SBML Test Suite semantic cases (folders <c>NNNNN/</c> with settings, expected results and
/// SBML files), judging each by the suite's rule. Never throws for a case: every failure or
/// unsupported construct becomes an outcome with its reason.
/// </summary>
public sealed class TestSuiteRunner
{
    /// <summary>The relative tolerance the integrator is given (far below the suite's 1e-4).</summary>
    public const double IntegratorRelativeTolerance = 1e-10;

    /// <summary>The integrator's absolute tolerance as a fraction of the case's absolute tolerance.</summary>
    public const double IntegratorAbsoluteFraction = 1e-6;

    public TestSuiteRunner(string suiteDirectory, string? outputDirectory)
    {
        SuiteDirectory = suiteDirectory;
        OutputDirectory = outputDirectory;
    }

    public string SuiteDirectory { get; }

    public string? OutputDirectory { get; }

    /// <summary>Seeds the random order of simultaneous events of equal priority (default 1).</summary>
    public int Seed { get; init; } = 1;

    /// <summary>The case folders under the suite directory, in number order.</summary>
    public IReadOnlyList<string> FindCases()
    {
        if (!Directory.Exists(SuiteDirectory))
        {
            throw new ModelFormatException(new SourceLocation(SuiteDirectory, 0), "the test-suite directory does not exist");
        }

        return Directory.EnumerateDirectories(SuiteDirectory)
            .Select(Path.GetFileName)
            .Where(name => name is { Length: > 0 } && name.All(char.IsAsciiDigit)
                && File.Exists(Path.Combine(SuiteDirectory, name, $"{name}-settings.txt")))
            .Select(name => name!)
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Runs the given cases on all cores; outcomes come back in case order.</summary>
    public IReadOnlyList<CaseOutcome> Run(IReadOnlyList<string> cases, int maxDegreeOfParallelism, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cases);
        if (OutputDirectory is not null)
        {
            Directory.CreateDirectory(OutputDirectory);
        }

        var outcomes = new CaseOutcome[cases.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism, CancellationToken = cancellationToken };
        Parallel.For(0, cases.Count, options, i => outcomes[i] = RunCase(cases[i]));
        return outcomes;
    }

    /// <summary>Runs one case.</summary>
    public CaseOutcome RunCase(string caseNumber)
    {
        var clock = Stopwatch.StartNew();
        var directory = Path.Combine(SuiteDirectory, caseNumber);
        var tags = ReadTags(directory, caseNumber);
        try
        {
            var (status, reason) = Simulate(directory, caseNumber);
            return new CaseOutcome(caseNumber, status, reason, tags, clock.Elapsed);
        }
        catch (UnsupportedFeatureException ex)
        {
            return new CaseOutcome(caseNumber, CaseStatus.Unsupported, ex.Message, tags, clock.Elapsed, ex.Feature);
        }
        catch (MyokineticsException ex)
        {
            return new CaseOutcome(caseNumber, CaseStatus.Failed, ex.Message, tags, clock.Elapsed);
        }
#pragma warning disable CA1031 // A case must never crash the run: any error is reported as the case's failure.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return new CaseOutcome(caseNumber, CaseStatus.Failed, $"internal error: {ex.GetType().Name}: {ex.Message}", tags, clock.Elapsed);
        }
    }

    private (CaseStatus Status, string? Reason) Simulate(string directory, string caseNumber)
    {
        var settings = CaseSettings.Read(Path.Combine(directory, $"{caseNumber}-settings.txt"));
        var sbml = FindModelFile(directory, caseNumber);
        if (settings.Duration is null || settings.Steps is null)
        {
            return FluxBalance(directory, caseNumber, settings, sbml);
        }

        var (model, _) = ModelLoader.Load(sbml);
        var compiled = ModelCompiler.Compile(model);
        var outputs = settings.Variables.Select(v => new OutputVariable(
            v,
            settings.Amounts.Contains(v) ? OutputQuantity.Amount
                : settings.Concentrations.Contains(v) ? OutputQuantity.Concentration
                : OutputQuantity.Default)).ToList();
        var start = settings.Start ?? 0.0;
        var simulation = new SimulationSettings(
            start,
            start + settings.Duration.Value,
            settings.Steps.Value,
            AbsoluteTolerance: System.Math.Max(settings.Absolute * IntegratorAbsoluteFraction, 1e-300),
            RelativeTolerance: IntegratorRelativeTolerance,
            Seed: Seed);
        var result = new TimeCourse();
        new Simulator(compiled).Run(simulation, outputs, result);
        var actual = ToTable(result);
        if (OutputDirectory is not null)
        {
            WriteCsv(result, Path.Combine(OutputDirectory, $"{caseNumber}.csv"));
        }

        var expected = ResultTable.Read(Path.Combine(directory, $"{caseNumber}-results.csv"));
        var failure = ResultComparison.Judge(expected, actual, settings.Absolute, settings.Relative);
        return failure is null ? (CaseStatus.Passed, null) : (CaseStatus.Failed, failure);
    }

    /// <summary>A steady-state case (fbc): flux balance analysis, one row of fluxes and objective values, no time column.</summary>
    private (CaseStatus Status, string? Reason) FluxBalance(string directory, string caseNumber, CaseSettings settings, string sbml)
    {
        var (model, _) = ModelLoader.Load(sbml);
        var result = FluxBalanceAnalysis.Solve(model);
        var row = new double[settings.Variables.Length];
        for (var i = 0; i < row.Length; i++)
        {
            if (!result.TryGetValue(settings.Variables[i], out row[i]))
            {
                return (CaseStatus.Failed, $"'{settings.Variables[i]}' is neither a reaction nor an objective of the model");
            }
        }

        var actual = new ResultTable(settings.Variables, [row]);
        if (OutputDirectory is not null)
        {
            var path = Path.Combine(OutputDirectory, $"{caseNumber}.csv");
            var line = string.Join(',', row.Select(v => v.ToString("R", CultureInfo.InvariantCulture)));
            File.WriteAllText(path + ".partial", $"{string.Join(',', settings.Variables)}\n{line}\n");
            File.Move(path + ".partial", path, overwrite: true);
        }

        var expected = ResultTable.Read(Path.Combine(directory, $"{caseNumber}-results.csv"));
        var failure = ResultComparison.Judge(expected, actual, settings.Absolute, settings.Relative, timeColumn: false);
        return failure is null ? (CaseStatus.Passed, null) : (CaseStatus.Failed, $"flux balance ({result.Status}): {failure}");
    }

    private static string FindModelFile(string directory, string caseNumber)
    {
        var candidates = Directory.GetFiles(directory, $"{caseNumber}-sbml-l*v*.xml")
            .OrderByDescending(f => f, StringComparer.Ordinal)
            .ToList();
        return candidates.Count > 0
            ? candidates[0]
            : throw new ModelFormatException(new SourceLocation(directory, 0), $"no {caseNumber}-sbml-lXvY.xml model file in the case folder");
    }

    private static ResultTable ToTable(TimeCourse result)
    {
        var header = result.Columns.Prepend("time").ToImmutableArray();
        var rows = ImmutableArray.CreateBuilder<double[]>(result.RowCount);
        for (var r = 0; r < result.RowCount; r++)
        {
            var row = new double[header.Length];
            row[0] = result.Times[r];
            for (var c = 0; c < result.Columns.Count; c++)
            {
                row[c + 1] = result[r, c];
            }

            rows.Add(row);
        }

        return new ResultTable(header, rows.MoveToImmutable());
    }

    private static void WriteCsv(TimeCourse result, string path)
    {
        var temporary = path + ".partial";
        using (var writer = new StreamWriter(temporary))
        {
            ITimeCourseSink sink = new CsvTimeCourseWriter(writer);
            sink.Begin(result.Columns);
            var row = new double[result.Columns.Count];
            for (var r = 0; r < result.RowCount; r++)
            {
                for (var c = 0; c < row.Length; c++)
                {
                    row[c] = result[r, c];
                }

                sink.Row(result.Times[r], row);
            }

            sink.End();
        }

        File.Move(temporary, path, overwrite: true);
    }

    private static ImmutableArray<string> ReadTags(string directory, string caseNumber)
    {
        var path = Path.Combine(directory, $"{caseNumber}-tags.txt");
        if (!File.Exists(path))
        {
            return ImmutableArray<string>.Empty;
        }

        var tags = ImmutableArray.CreateBuilder<string>();
        foreach (var line in File.ReadLines(path))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0)
            {
                continue;
            }

            var key = line[..colon].Trim();
            if (key is "componentTags" or "testTags")
            {
                tags.AddRange(line[(colon + 1)..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
            }
        }

        return tags.ToImmutable();
    }

    /// <summary>The summary line, e.g. <c>passed 980 of 1214</c>.</summary>
    public static string SummaryLine(IReadOnlyCollection<CaseOutcome> outcomes) =>
        string.Create(CultureInfo.InvariantCulture, $"passed {outcomes.Count(o => o.Status == CaseStatus.Passed)} of {outcomes.Count}");
}
