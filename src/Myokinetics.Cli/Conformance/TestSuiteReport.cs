using System.Globalization;

namespace Myokinetics.Cli.Conformance;

/// <summary>Prints the outcome of a test-suite run: totals, a table by tag, the failed cases with
/// their first mismatch, the unsupported reasons, and last the line <c>passed P of N</c>.</summary>
public static class TestSuiteReport
{
    public static void Write(TextWriter output, IReadOnlyList<CaseOutcome> outcomes, string suiteDirectory)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(outcomes);
        var culture = CultureInfo.InvariantCulture;
        var passed = outcomes.Count(o => o.Status == CaseStatus.Passed);
        var failed = outcomes.Where(o => o.Status == CaseStatus.Failed).ToList();
        var unsupported = outcomes.Where(o => o.Status == CaseStatus.Unsupported).ToList();
        output.WriteLine(string.Create(culture, $"SBML Test Suite: {outcomes.Count} cases in {suiteDirectory}"));
        output.WriteLine(string.Create(culture, $"  passed       {passed,5}"));
        output.WriteLine(string.Create(culture, $"  failed       {failed.Count,5}"));
        output.WriteLine(string.Create(culture, $"  unsupported  {unsupported.Count,5}"));
        output.WriteLine();
        output.WriteLine("By tag                                  passed  failed  unsupported");
        var byTag = outcomes
            .SelectMany(o => o.Tags.Select(t => (Tag: t, o.Status)))
            .GroupBy(x => x.Tag, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal);
        foreach (var group in byTag)
        {
            var p = group.Count(x => x.Status == CaseStatus.Passed);
            var f = group.Count(x => x.Status == CaseStatus.Failed);
            var u = group.Count(x => x.Status == CaseStatus.Unsupported);
            output.WriteLine(string.Create(culture, $"  {group.Key,-36} {p,7} {f,7} {u,12}"));
        }

        if (failed.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Failed cases:");
            foreach (var o in failed)
            {
                output.WriteLine($"  {o.Case}  {o.Reason}");
            }
        }

        if (unsupported.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Unsupported, by feature:");
            foreach (var group in unsupported.GroupBy(o => o.Feature ?? o.Reason ?? string.Empty, StringComparer.Ordinal).OrderByDescending(g => g.Count()))
            {
                var cases = string.Join(' ', group.Select(o => o.Case));
                output.WriteLine(string.Create(culture, $"  {group.Count(),4}  {group.Key}: {cases}"));
            }
        }

        output.WriteLine();
        output.WriteLine(TestSuiteRunner.SummaryLine(outcomes));
    }
}
