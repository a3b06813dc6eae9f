using System.Text.RegularExpressions;

namespace Myokinetics.Cli.Tests;

/// <summary>Snapshots of the options each verb's help lists, so that a renamed or lost option is noticed.</summary>
public sealed partial class HelpTests
{
    public static TheoryData<string, string[]> Verbs => new()
    {
        {
            "simulate",
            [
                "--end", "--start", "--steps", "--step", "--variables", "--amounts", "--concentrations",
                "--absolute-tolerance", "--relative-tolerance", "--integrator", "--out", "--exercise", "--dose",
                "--subject", "--protocol", "--report", "--eps", "--at-steady-state", "-?, -h, --help", "--verbose",
            ]
        },
        { "describe", ["-?, -h, --help", "--verbose"] },
        { "convert", ["--to", "--out", "--exercise", "--dose", "--subject", "--protocol", "-?, -h, --help", "--verbose"] },
        { "test-suite", ["--output-dir", "--cases", "--threads", "--seed", "-?, -h, --help", "--verbose"] },
        { "catalog", ["--json", "-?, -h, --help", "--verbose"] },
        {
            "steady-state",
            [
                "--time", "--absolute-tolerance", "--relative-tolerance", "--integrator", "--out", "--exercise", "--dose",
                "--subject", "--protocol", "-?, -h, --help", "--verbose",
            ]
        },
        {
            "fit",
            [
                "--data", "--parameters", "--experiments", "--method", "--starts", "--seed", "--threads", "--max-iterations",
                "--out", "--absolute-tolerance", "--relative-tolerance", "--integrator", "--exercise", "--dose", "--subject",
                "--protocol", "--report", "--eps", "--predict", "--end", "-?, -h, --help", "--verbose",
            ]
        },
        {
            "sensitivity",
            [
                "--method", "--parameters", "--outputs", "--variables", "--range", "--scale", "--samples", "--levels",
                "--bootstrap", "--seed", "--threads", "--relative-step", "--end", "--start", "--steps",
                "--absolute-tolerance", "--relative-tolerance", "--integrator", "--out", "--exercise", "--dose",
                "--subject", "--protocol", "--report", "-?, -h, --help", "--verbose",
            ]
        },
        {
            "population",
            [
                "--size", "--population", "--end", "--steps", "--step", "--variables", "--seed", "--shard", "--threads",
                "--per-subject", "--at-steady-state", "--out", "--absolute-tolerance", "--relative-tolerance", "--integrator", "--exercise",
                "--dose", "--subject", "--protocol", "-?, -h, --help", "--verbose",
            ]
        },
        { "merge", ["--out", "-?, -h, --help", "--verbose"] },
        { "assay", ["--model", "--standards", "--min-beads", "--background", "--out", "--report", "--design", "--keep-flagged", "-?, -h, --help", "--verbose"] },
        { "secretome", ["--samples", "--intensity", "--min-valid", "--impute", "--seed", "--fdr", "--test", "--annotations", "--out", "--report", "-?, -h, --help", "--verbose"] },
    };

    [Theory]
    [MemberData(nameof(Verbs))]
    public void Help_Of_Each_Verb_Lists_Exactly_Its_Options(string verb, string[] options)
    {
        var result = CliRun.Run(verb, "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
        Assert.Contains($"  myokinetics {verb} ", result.Output, StringComparison.Ordinal);
        Assert.Equal(options, OptionNames(result.Output));
    }

    [Fact]
    public void Root_Help_Lists_The_Verbs_And_Global_Options()
    {
        var result = CliRun.Run("--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["--verbose", "-?, -h, --help", "--version"], OptionNames(result.Output));
        var verbs = Section(result.Output, "Commands:").Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0]);
        Assert.Equal(["simulate", "describe", "convert", "test-suite", "catalog", "steady-state", "fit", "sensitivity", "population", "merge", "assay", "secretome"], verbs);
    }

    [Fact]
    public void Simulate_Help_States_The_Defaults()
    {
        var output = CliRun.Run("simulate", "--help").Output;

        Assert.Contains("[default: 100]", output, StringComparison.Ordinal);
        Assert.Contains("simulation starts (as --end). [default: 0]", output, StringComparison.Ordinal);
        Assert.Contains("[default: auto]", output, StringComparison.Ordinal);
        Assert.Contains("Default: the observables of the crosstalk model; for another model every species, then every parameter and compartment that changes.", output, StringComparison.Ordinal);
        Assert.Contains("--end <T> (REQUIRED)", output, StringComparison.Ordinal);
        Assert.Contains("--eps <TEXT>", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--end")]
    [InlineData("--start")]
    [InlineData("--step")]
    public void A_Time_Span_Option_Reads_The_Same_In_Every_Verb_That_Has_It(string option)
    {
        var lines = new[] { "simulate", "sensitivity", "population" }
            .Select(verb => Section(CliRun.Run(verb, "--help").Output, "Options:").SingleOrDefault(l => l.StartsWith($"  {option} ", StringComparison.Ordinal)))
            .OfType<string>()
            .Select(l => l[$"  {option} <T>".Length..].Replace("(REQUIRED)", string.Empty, StringComparison.Ordinal).Trim())
            .ToList();

        Assert.True(lines.Count >= 2, $"{option} is in fewer than two verbs");
        Assert.All(lines, l => Assert.Equal(lines[0], l));
    }

    [Fact]
    public void Each_Verb_Keeps_Its_Own_Default_Number_Of_Steps()
    {
        string Steps(string verb) => Section(CliRun.Run(verb, "--help").Output, "Options:").Single(l => l.StartsWith("  --steps ", StringComparison.Ordinal));

        Assert.EndsWith("[default: 100]", Steps("simulate"), StringComparison.Ordinal);
        Assert.EndsWith("[default: 240]", Steps("sensitivity"), StringComparison.Ordinal);
        Assert.EndsWith("[default: 100]", Steps("population"), StringComparison.Ordinal);
    }

    [Fact]
    public void Help_Works_Without_The_Required_Model_And_Options()
    {
        var result = CliRun.Run("simulate", "-h");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
    }

    private static string[] OptionNames(string help) =>
        Section(help, "Options:").Select(l => OptionName().Match(l).Groups[1].Value.Trim()).ToArray();

    private static IEnumerable<string> Section(string help, string title) =>
        help.Split('\n')
            .SkipWhile(l => l.Trim() != title)
            .Skip(1)
            .TakeWhile(l => l.StartsWith("  ", StringComparison.Ordinal))
            .Where(l => !l.StartsWith("   ", StringComparison.Ordinal));

    [GeneratedRegex(@"^ {2}(-\S*(?: -\S*)*)")]
    private static partial Regex OptionName();
}
