using Myokinetics.Analysis.Populations;
using Myokinetics.Core.Diagnostics;
using static Myokinetics.Analysis.Tests.Populations.Populations;

namespace Myokinetics.Analysis.Tests.Populations;

/// <summary>Mistakes in population files: one message naming the file, the line and what was expected.</summary>
public sealed class PopulationFileTests
{
    [Fact]
    public void A_Full_File_Reads_With_Its_Sources_And_Correlations()
    {
        var population = Parse("""
            description: test people
            parameters:
              k:
                distribution: lognormal
                cv: 0.2
                min: 0.1
                source: Someone 2000
              w: { distribution: normal, mean: 3, sd: 1 }
            correlations:
              - between: [k, w]
                r: 0.5
                source: assumed
            """);

        Assert.Equal("test people", population.Description);
        Assert.Equal(["k", "w"], population.Parameters.Select(p => p.Id));
        Assert.Equal(DistributionKind.LogNormal, population.Parameters[0].Kind);
        Assert.Equal(0.1, population.Parameters[0].Min);
        Assert.Equal("Someone 2000", population.Parameters[0].Source);
        Assert.Equal(3, population.Parameters[0].Location.Line);
        Assert.Equal(0.5, population.Correlations.Single().Coefficient);
    }

    [Theory]
    [InlineData("parameters:\n  k: { distribution: lognormal, cv: -0.2 }\n", "test.yaml:2:", "'cv' must not be negative, found -0.2")]
    [InlineData("parameters:\n  k: { distribution: lognormal, cv: 0.2, sd: 1 }\n", "test.yaml:2:", "exactly one of 'cv'")]
    [InlineData("parameters:\n  k: { distribution: gamma, cv: 0.2 }\n", "test.yaml:2:", "unknown distribution 'gamma'")]
    [InlineData("parameters:\n  k: { distribution: lognormal, cvv: 0.2 }\n", "test.yaml:2:", "unknown key 'cvv' in parameter 'k' (did you mean 'cv'?)")]
    [InlineData("parameters:\n  k: { distribution: uniform, min: 1 }\n", "test.yaml:2:", "needs both 'min' and 'max'")]
    [InlineData("parameters:\n  k: { distribution: normal, sd: 1, min: 3, max: 2 }\n", "test.yaml:2:", "'max' (2) must be greater than 'min' (3)")]
    [InlineData("parameters:\n  k: { distribution: normal, sd: one }\n", "test.yaml:2:", "expected a number for 'sd' of parameter 'k', found 'one'")]
    [InlineData("parameters:\n  k: { distribution: normal, sd: 1 }\ncorrelations:\n  - between: [k, w]\n    r: 1.5\n", "test.yaml:5:", "strictly between -1 and 1")]
    [InlineData("parameters: {}\n", "test.yaml:1:", "'parameters' is empty")]
    [InlineData("parameters:\n  k: [1, 2\n", "test.yaml:", "malformed YAML")]
    public void A_Bad_File_Names_The_Place_And_What_Is_Wrong(string yaml, string place, string message)
    {
        var error = Assert.Throws<ModelFormatException>(() => Parse(yaml));

        Assert.StartsWith(place, error.Message, StringComparison.Ordinal);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_Unknown_Parameter_Names_The_File_Line_And_The_Nearest_Id()
    {
        var population = Parse("parameters:\n  k: { distribution: lognormal, cv: 0.1 }\n  A00: { distribution: lognormal, cv: 0.1 }\n");

        var error = Assert.Throws<ModelValidationException>(() => PopulationSampler.Create(population, TestModels.Decay(), 1));

        Assert.StartsWith("test.yaml:3:3: unknown parameter 'A00'", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("did you mean 'A0'?", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("parameters:\n  S: { distribution: lognormal, cv: 0.1 }\n", "('S' is a species; only parameters and compartment sizes can vary)")]
    [InlineData("parameters:\n  A: { distribution: lognormal, cv: 0.1 }\n", "'A' is computed by an initial assignment")]
    [InlineData("parameters:\n  k: { distribution: lognormal, cv: 0.1 }\n  w: { distribution: normal, sd: 1 }\n  other: { distribution: normal, sd: 1 }\ncorrelations:\n  - { between: [k, w], r: 0.9 }\n  - { between: [w, other], r: 0.9 }\n  - { between: [k, other], r: -0.9 }\n", "not form a positive-definite matrix")]
    [InlineData("parameters:\n  k: { distribution: normal, sd: 0.1, min: 100 }\n", "leave (almost) none of the distribution")]
    [InlineData("parameters:\n  k: { distribution: lognormal, cv: 0.1 }\ncorrelations:\n  - { between: [k, kk], r: 0.5 }\n", "'kk', which is not among the population's parameters; did you mean 'k'?")]
    public void A_Population_The_Model_Cannot_Take_Is_Refused_With_A_Reason(string yaml, string message)
    {
        var population = Parse(yaml);

        var error = Assert.Throws<ModelValidationException>(() => PopulationSampler.Create(population, TestModels.Decay(), 1));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.StartsWith("test.yaml:", error.Message, StringComparison.Ordinal);
    }
}
