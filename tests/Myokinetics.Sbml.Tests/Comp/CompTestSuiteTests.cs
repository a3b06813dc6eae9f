using System.Collections.Concurrent;
using Myokinetics.Core.Diagnostics;
using Myokinetics.Core.Model;

namespace Myokinetics.Sbml.Tests.Comp;

public sealed class CompTestSuiteTests
{
    /// <summary>No comp case of the suite is refused: each flattens, and the flat model has every id the
    /// case's settings ask for (such as <c>sub1__x</c>).</summary>
    [Fact]
    public void Every_Comp_Case_Flattens_And_Defines_Every_Output_Variable()
    {
        var cases = TestSuiteCases.Packages()
            .Where(p => p.Value.Split(',').Contains("comp"))
            .Select(p => p.Key)
            .Order(StringComparer.Ordinal)
            .ToList();
        var failures = new ConcurrentBag<string>();

        Parallel.ForEach(cases, caseId =>
        {
            var folder = Path.Combine(TestSuiteCases.Directory, caseId);
            var file = Directory.GetFiles(folder, $"{caseId}-sbml-l3v*.xml").Order(StringComparer.Ordinal).Last();
            try
            {
                var model = SbmlReader.Read(file).Model;
                var ids = Ids(model);
                foreach (var variable in OutputVariables(Path.Combine(folder, $"{caseId}-settings.txt")).Where(v => !ids.Contains(v)))
                {
                    failures.Add($"{caseId}: the output variable '{variable}' is not an id of the flat model");
                }
            }
            catch (MyokineticsException ex)
            {
                failures.Add($"{caseId}: {ex.Message}");
            }
        });

        Assert.True(failures.IsEmpty, string.Join(Environment.NewLine, failures.Order(StringComparer.Ordinal)));
        Assert.Equal(82, cases.Count);
    }

    private static HashSet<string> Ids(Model model) =>
        model.Compartments.Select(c => c.Id)
            .Concat(model.Species.Select(s => s.Id))
            .Concat(model.Parameters.Select(p => p.Id))
            .Concat(model.Reactions.Select(r => r.Id))
            .Concat(model.Reactions.SelectMany(r => r.Reactants.Concat(r.Products)).Select(s => s.Id).OfType<string>())
            .ToHashSet(StringComparer.Ordinal);

    private static IEnumerable<string> OutputVariables(string settings) =>
        File.ReadLines(settings)
            .Where(line => line.StartsWith("variables:", StringComparison.Ordinal))
            .SelectMany(line => line["variables:".Length..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
