using Myokinetics.Cli.Conformance;

namespace Myokinetics.Cli.Tests.Conformance;

/// <summary>
/// Runs every SBML Test Suite case kept in tests/data/sbml-test-suite through the whole engine
/// (read → compile → simulate → judge by the suite's rule). The recorded counts only go up: a change
/// that makes a passing case fail, or turns a supported case into an unsupported one, fails here.
/// </summary>
public sealed class TestSuiteConformanceTests
{
    /// <summary>Cases passed when last recorded: all of them.</summary>
    private const int RecordedPassed = 1214;

    private static readonly Lazy<IReadOnlyList<CaseOutcome>> Outcomes = new(RunAll);

    [Fact]
    public void The_Pass_Count_Does_Not_Drop_Below_The_Recorded_Count()
    {
        var passed = Outcomes.Value.Count(o => o.Status == CaseStatus.Passed);
        Assert.True(passed >= RecordedPassed, $"{TestSuiteRunner.SummaryLine(Outcomes.Value.ToList())}; recorded {RecordedPassed}. Failures:\n{Failures()}");
    }

    [Fact]
    public void No_Supported_Case_Fails()
    {
        Assert.True(Outcomes.Value.All(o => o.Status != CaseStatus.Failed), Failures());
    }

    [Fact]
    public void No_Case_Is_Reported_Unsupported()
    {
        var unsupported = Outcomes.Value
            .Where(o => o.Status == CaseStatus.Unsupported)
            .Select(o => $"{o.Case}: {o.Reason}")
            .ToList();
        Assert.True(unsupported.Count == 0, string.Join('\n', unsupported));
    }

    [Fact]
    public void The_Suite_Copy_Holds_All_1214_Cases()
    {
        Assert.Equal(1214, new TestSuiteRunner(SuiteDirectory(), null).FindCases().Count);
    }

    private static string Failures() => string.Join(
        '\n',
        Outcomes.Value.Where(o => o.Status == CaseStatus.Failed).Select(o => $"{o.Case}: {o.Reason}"));

    private static IReadOnlyList<CaseOutcome> RunAll()
    {
        var runner = new TestSuiteRunner(SuiteDirectory(), null);
        return runner.Run(runner.FindCases(), Environment.ProcessorCount);
    }

    private static string SuiteDirectory()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Myokinetics.slnx")))
        {
            directory = directory.Parent;
        }

        return directory is null
            ? throw new DirectoryNotFoundException("the repository root (Myokinetics.slnx) was not found above the test binaries")
            : Path.Combine(directory.FullName, "tests", "data", "sbml-test-suite");
    }
}
