using Myokinetics.Analysis.Sensitivity;
using Myokinetics.Core.Compile;
using Myokinetics.Core.Simulate;
using Myokinetics.Physiology.Crosstalk;
using Myokinetics.Physiology.Protocols;
using Myokinetics.Physiology.Protocols.Text;
using Myokinetics.Physiology.Subjects;

namespace Myokinetics.Analysis.Tests.Sensitivity;

/// <summary>Sensitivities of the crosstalk model whose signs follow from its IL-6 equations (models/crosstalk/il6.ant).</summary>
public sealed class CrosstalkSensitivityTests
{
    private readonly Xunit.Abstractions.ITestOutputHelper output;

    public CrosstalkSensitivityTests(Xunit.Abstractions.ITestOutputHelper output)
    {
        this.output = output;
    }

    [Fact]
    public void After_A_Cycling_Bout_More_Clearance_Lowers_The_IL6_Peak_And_More_Release_Raises_It()
    {
        // il6_p' = (basal + muscle release)/plasma − k_clear·il6_p with basal = k_clear·IL6_rest·plasma, so the
        // excess over rest is the muscle's release over k_clear: both clearances lower the peak; the release is
        // proportional to il6_release_max (0 < S < excess/peak) and falls as il6_K_load, the half-saturating load, rises.
        var model = CrosstalkModel.Read().Model;
        var catalogs = ProtocolCatalogs.Load();
        var session = ExerciseText.Parse("cycling 60min @65%VO2max at 30min", "test", catalogs.Modalities);
        var protocol = new ProtocolDefinition([session], [], SubjectSettings.None).Build(Subject.FromModel(model).BodyMass);
        var compiled = ModelCompiler.Compile(ProtocolApplier.Apply(model, protocol));
        var settings = new SimulationSettings(0, 8, 96, AbsoluteTolerance: 1e-10);
        string[] parameters = ["il6_k_other", "il6_k_splanchnic", "il6_release_max", "il6_K_load"];

        var result = LocalSensitivity.Run(compiled, settings, parameters, ["IL6_plasma"], OutputFeatureParser.ParseList("peak(IL6_plasma), auc(IL6_plasma)"));

        var peak = result.FeatureNominal[0];
        var rest = model.Parameters.Single(p => p.Id == "IL6_rest").Value!.Value;
        for (var p = 0; p < parameters.Length; p++)
        {
            output.WriteLine($"{parameters[p]}: S(peak) = {result.FeatureCoefficient(p, 0):F4}, S(auc) = {result.FeatureCoefficient(p, 1):F4}");
        }

        Assert.True(peak > 2 * rest, $"peak {peak} pg/mL");
        Assert.True(result.FeatureCoefficient(0, 0) < 0);
        Assert.True(result.FeatureCoefficient(1, 0) < 0);
        Assert.InRange(result.FeatureCoefficient(2, 0), 0.05, (peak - rest) / peak);
        Assert.True(result.FeatureCoefficient(3, 0) < 0);
        Assert.True(result.FeatureCoefficient(0, 1) < 0 && result.FeatureCoefficient(2, 1) > 0);
        // Clearance (30/h) is fast against the release's rise (0.8/h), so the muscle's excess is close to its
        // release over k_clear and the adipose release scales with k_clear itself: the two clearances'
        // coefficients together cancel the release's.
        Assert.Equal(0, result.FeatureCoefficient(0, 0) + result.FeatureCoefficient(1, 0) + result.FeatureCoefficient(2, 0), 0.05);
        // Before the bout nothing depends on these parameters: IL-6 sits at rest, whatever the clearance.
        Assert.All(Enumerable.Range(0, parameters.Length), p => Assert.Equal(0, result.Coefficient(p, 0, 3), 1e-6));
    }
}
