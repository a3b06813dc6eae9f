using Myokinetics.Analysis.Estimation;
using Myokinetics.Core.Compile;
using Myokinetics.Physiology.Crosstalk;
using Myokinetics.Physiology.Protocols;
using Myokinetics.Physiology.Protocols.Text;
using Myokinetics.Physiology.Subjects;
using Xunit.Abstractions;

namespace Myokinetics.Analysis.Tests.Estimation;

/// <summary>Fitting the crosstalk model's IL-6 module to noisy synthetic plasma IL-6 after cycling.</summary>
public sealed class CrosstalkFitTests(ITestOutputHelper output)
{
    [Fact]
    public void The_True_IL6_Clearance_And_Glycogen_Gain_Lie_Within_Their_95_Percent_Intervals()
    {
        // Two experiments (60 min at 65 % and 120 min at 70 % VO2max), plasma IL-6 every 30 min for 4 h
        // with 10 % measurement error (seed 2026). il6_k_other sets the amplitude of the muscle's
        // contribution (the resting level is fixed by construction, il6.ant), il6_glycogen_gain how
        // steeply release rises as glycogen falls over the longer session.
        var catalogs = ProtocolCatalogs.Load();
        var model = CrosstalkModel.Read().Model;
        CompiledModel Session(string text) => ModelCompiler.Compile(ProtocolApplier.Apply(
            model,
            new ProtocolDefinition([ExerciseText.Parse(text, "--exercise", catalogs.Modalities)], [], SubjectSettings.None).Build(75)));
        var shortBout = Session("cycling 60min @65%VO2max");
        var longBout = Session("cycling 120min @70%VO2max");
        var truth = new Dictionary<string, double> { ["il6_k_other"] = 21.4, ["il6_glycogen_gain"] = 3.3 };
        var times = SyntheticData.Times(0.5, 4);
        FitExperiment[] experiments =
        [
            new("short", shortBout, SyntheticData.Make(shortBout, truth, times, ["IL6_plasma"], "short", relative: 0.1, seed: 2026)),
            new("long", longBout, SyntheticData.Make(longBout, truth, times, ["IL6_plasma"], "long", relative: 0.1, seed: 2027)),
        ];
        FitParameter[] parameters =
        [
            new("il6_k_other", 2, 200, Start: 8),
            new("il6_glycogen_gain", 0.5, 10, Start: 1.5),
        ];

        var result = ParameterEstimator.Fit(experiments, parameters, new FitOptions(RelativeTolerance: 1e-8));

        foreach (var e in result.Estimates)
        {
            output.WriteLine($"{e.Id}: {e.Estimate:G5} (se {e.StandardError:G3}) [{e.Lower:G5}, {e.Upper:G5}], {result.Simulations} simulations, {result.Iterations} iterations, χ² {result.Statistics.ChiSquare:G4} for {result.Statistics.DataPoints} points");
            Assert.True(e.Lower <= truth[e.Id] && truth[e.Id] <= e.Upper, $"{e.Id}: true {truth[e.Id]} outside [{e.Lower}, {e.Upper}] (estimate {e.Estimate})");
            Assert.True(e.Identifiable, e.Id);

            // Not a vacuous interval: narrower than a factor of 2 either way.
            Assert.True(e.Upper / e.Lower < 4, $"{e.Id}: [{e.Lower}, {e.Upper}]");
        }

        Assert.InRange(result.Statistics.ChiSquare, 5, 40);
    }
}
