using System.Collections.Concurrent;
using Myokinetics.Antimony;
using Myokinetics.Cli.Conformance;
using Myokinetics.Core.Compile;
using Myokinetics.Core.Diagnostics;
using Myokinetics.Core.Model;
using Myokinetics.Core.Results;
using Myokinetics.Core.Simulate;
using Myokinetics.Sbml;

namespace Myokinetics.Cli.Tests.Conformance;

/// <summary>
/// read → write → read simulates identically: every SBML Test Suite model that simulates is written
/// as SBML Level 3 Version 2 (and as Antimony where the writer reports that nothing is lost), read
/// back, and simulated with the case's settings; the results must equal the original's bit for bit.
/// </summary>
public sealed class RoundTripSimulationTests
{
    [Fact]
    public void Sbml_Written_And_Read_Back_Simulates_Identically()
    {
        var (compared, failures) = CompareAll(model => SbmlReader.ReadString(SbmlWriter.WriteString(model), "round-trip.xml").Model);
        Assert.True(failures.IsEmpty, string.Join('\n', failures.Order(StringComparer.Ordinal).Take(30)));
        Assert.True(compared >= 1185, $"only {compared} cases compared");
    }

    [Fact]
    public void Antimony_Written_And_Read_Back_Simulates_Identically_When_Nothing_Is_Lost()
    {
        var (compared, failures) = CompareAll(model =>
        {
            var text = AntimonyWriter.WriteWithDiagnostics(model);
            return text.Diagnostics.Any(d => d.Severity != Severity.Info) ? null : AntimonyReader.ReadString(text.Text, "round-trip.ant").Model;
        });
        Assert.True(failures.IsEmpty, string.Join('\n', failures.Order(StringComparer.Ordinal).Take(30)));
        Assert.True(compared >= 300, $"only {compared} cases compared");
    }

    private static (int Compared, ConcurrentBag<string> Failures) CompareAll(Func<Model, Model?> roundTrip)
    {
        var suite = Path.Combine(Reference.ReferenceProblemTests.RepositoryRoot(), "tests", "data", "sbml-test-suite");
        var runner = new TestSuiteRunner(suite, null);
        var failures = new ConcurrentBag<string>();
        var compared = 0;
        Parallel.ForEach(runner.FindCases(), caseNumber =>
        {
            var folder = Path.Combine(suite, caseNumber);
            var settings = CaseSettings.Read(Path.Combine(folder, $"{caseNumber}-settings.txt"));
            if (settings.Duration is null)
            {
                return;
            }

            var file = Directory.GetFiles(folder, $"{caseNumber}-sbml-l*v*.xml").Max(StringComparer.Ordinal)!;
            var original = SbmlReader.Read(file).Model;
            string expected;
            try
            {
                expected = Simulate(original, settings);
            }
            catch (MyokineticsException)
            {
                return;
            }

            try
            {
                var copy = roundTrip(original);
                if (copy is null)
                {
                    return;
                }

                var actual = Simulate(copy, settings);
                if (actual != expected)
                {
                    failures.Add($"{caseNumber}: results differ after the round trip");
                }

                Interlocked.Increment(ref compared);
            }
            catch (MyokineticsException ex)
            {
                failures.Add($"{caseNumber}: {ex.Message}");
            }
        });
        return (compared, failures);
    }

    private static string Simulate(Model model, CaseSettings settings)
    {
        var compiled = ModelCompiler.Compile(model);
        var outputs = settings.Variables.Select(v => new OutputVariable(
            v,
            settings.Amounts.Contains(v) ? OutputQuantity.Amount
                : settings.Concentrations.Contains(v) ? OutputQuantity.Concentration
                : OutputQuantity.Default)).ToList();
        using var text = new StringWriter();
        var start = settings.Start ?? 0;
        new Simulator(compiled).Run(
            new SimulationSettings(start, start + settings.Duration!.Value, settings.Steps!.Value, 1e-12, 1e-8),
            outputs,
            new CsvTimeCourseWriter(text));
        return text.ToString();
    }
}
