using Myokinetics.Analysis.Populations;
using Myokinetics.Core.Compile;
using Myokinetics.Physiology.Crosstalk;

namespace Myokinetics.Analysis.Tests.Populations;

/// <summary>The crosstalk model's default population (models/crosstalk/population.yaml).</summary>
public sealed class CrosstalkPopulationTests
{
    private static readonly Lazy<(PopulationDefinition Population, PopulationSampler Sampler)> Defaults = new(() =>
    {
        var population = PopulationFile.Read(Path.Combine(CrosstalkModel.Folder(), "population.yaml"));
        var model = ModelCompiler.Compile(CrosstalkModel.Read().Model);
        return (population, PopulationSampler.Create(population, model, 1));
    });

    [Fact]
    public void Every_Default_Spread_Names_Its_Source_And_Fits_The_Model()
    {
        var (population, sampler) = Defaults.Value;

        Assert.All(population.Parameters, p => Assert.False(string.IsNullOrWhiteSpace(p.Source), $"{p.Id} has no source"));
        Assert.All(population.Correlations, c => Assert.False(string.IsNullOrWhiteSpace(c.Source)));
        Assert.Contains("lean_mass0", sampler.ParameterIds);
        Assert.Contains("il6_k_other", sampler.ParameterIds);
    }

    [Fact]
    public void Drawn_Subjects_Never_Have_More_Fat_Free_Mass_Than_Body_Mass_And_Keep_The_Reference_Means()
    {
        var (_, sampler) = Defaults.Value;
        var draws = Populations.Draw(sampler, 5000);
        var body = draws[sampler.ParameterIds.IndexOf("body_mass")];
        var lean = draws[sampler.ParameterIds.IndexOf("lean_mass0")];

        Assert.All(body.Zip(lean), pair => Assert.InRange(pair.Second / pair.First, 0.5, 0.92));
        Assert.InRange(Populations.Mean(body), 75 * 0.98, 75 * 1.02);
        Assert.InRange(Populations.Mean(lean.Zip(body, (l, b) => l / b).ToArray()), 0.8 * 0.98, 0.8 * 1.02);
    }
}
