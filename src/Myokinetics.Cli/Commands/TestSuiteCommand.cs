using System.CommandLine;
using Myokinetics.Cli.Conformance;

namespace Myokinetics.Cli.Commands;

/// <summary><c>myokinetics test-suite DIR [--output-dir OUT] [--cases N,M] [--threads N]</c>.</summary>
internal static class TestSuiteCommand
{
    public static Command Create()
    {
        var directory = new Argument<string>("DIR") { Description = "Folder of SBML Test Suite case folders (NNNNN/NNNNN-settings.txt, -results.csv, -sbml-lXvY.xml)." };
        var outputDirectory = new Option<string?>("--output-dir") { Description = "Write each simulated case's result to OUT/NNNNN.csv." };
        var cases = new Option<string?>("--cases") { Description = "Only these cases, comma-separated (e.g. 00001,00026)." };
        var seed = new Option<int>("--seed") { Description = "Seeds the random order of simultaneous events of equal priority (default 1).", DefaultValueFactory = _ => 1 };
        var threads = new Option<int>("--threads") { Description = "Cases run in parallel (default: all cores).", DefaultValueFactory = _ => Environment.ProcessorCount };
        var command = new Command("test-suite", "Run SBML Test Suite semantic cases and judge them by the suite's rule; the last line is 'passed P of N'.")
        {
            directory,
            outputDirectory,
            cases,
            threads,
            seed,
        };
        command.SetAction((parse, token) =>
        {
            var runner = new TestSuiteRunner(parse.GetValue(directory)!, parse.GetValue(outputDirectory)) { Seed = parse.GetValue(seed) };
            var selected = parse.GetValue(cases) is { } list
                ? list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                : (IReadOnlyList<string>)runner.FindCases();
            var outcomes = runner.Run(selected, System.Math.Max(1, parse.GetValue(threads)), token);
            TestSuiteReport.Write(parse.InvocationConfiguration.Output, outcomes, runner.SuiteDirectory);
            return Task.FromResult(0);
        });
        return command;
    }
}
