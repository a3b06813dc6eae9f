using Myokinetics.Core.Analysis;

namespace Myokinetics.Sbml.Tests.Fbc;

public sealed class FbcTestSuiteTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var number in FbcTestSuiteCase.Numbers())
        {
            data.Add(number);
        }

        return data;
    }

    [Fact]
    public void The_Suite_Here_Has_Twenty_Four_Flux_Balance_Cases()
    {
        Assert.Equal(24, FbcTestSuiteCase.Numbers().Count);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Flux_Balance_Analysis_Reproduces_The_Expected_Row(string number)
    {
        // Given a FluxBalanceSteadyState case of the SBML Test Suite
        var testCase = FbcTestSuiteCase.Load(number);
        var model = SbmlReader.Read(testCase.ModelFile).Model;

        // When its active objective is optimised
        var result = FluxBalanceAnalysis.Solve(model);

        // Then every expected column (reaction fluxes and the objective's value) is within the case's tolerances
        var misses = new List<string>();
        foreach (var (id, expected) in testCase.Expected)
        {
            if (!result.TryGetValue(id, out var actual))
            {
                misses.Add($"{id}: not a reaction or objective");
            }
            else if (!testCase.Passes(expected, actual))
            {
                misses.Add($"{id}: expected {expected}, got {actual}");
            }
        }

        Assert.True(misses.Count == 0, $"case {number} ({result.Status}): {string.Join("; ", misses)}");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_Expected_Flux_Is_Pinned_By_The_Optimum(string number)
    {
        // Given a case and the reactions among its expected columns (flux balance optima are often not
        // unique; a case can only fairly expect fluxes that every optimal solution shares)
        var testCase = FbcTestSuiteCase.Load(number);
        var model = SbmlReader.Read(testCase.ModelFile).Model;
        var reactions = testCase.Expected.Where(e => model.Reactions.Any(r => r.Id == e.Id)).ToList();

        // When the range of each over all optimal flux distributions is computed
        var variability = FluxVariabilityAnalysis.Solve(model, reactions.Select(r => r.Id));

        // Then both ends of every range meet the expected value within the case's tolerances
        foreach (var (id, expected) in reactions)
        {
            var range = variability.Ranges[id];
            Assert.True(
                testCase.Passes(expected, range.Minimum) && testCase.Passes(expected, range.Maximum),
                $"case {number}: {id} can be anywhere in [{range.Minimum}, {range.Maximum}] at the optimum; expected {expected}");
        }
    }
}
