using Myokinetics.Antimony;
using Myokinetics.Core.Compile;
using Myokinetics.Core.Simulate;
using Myokinetics.Physiology.Protocols;
using Myokinetics.Physiology.Protocols.Text;
using Myokinetics.Physiology.Tests.Support;

namespace Myokinetics.Physiology.Tests.Protocols;

/// <summary>Protocol strings become events at exactly the times they name.</summary>
public sealed class ProtocolEventTests
{
    /// <summary>A depot that decays first-order (k = 0.5/h), as a therapy module's would.</summary>
    private const string DepotModel = """
        model depot()
          unit time_unit = 3600 second
          tc_k = 0.5
          var tc_depot = 0
          tc_depot' = -tc_k * tc_depot
        end
        """;

    [Fact]
    public void A_Dose_At_7_5_Hours_Happens_At_Exactly_7_5_Hours()
    {
        var model = AntimonyReader.ReadString(DepotModel).Model;
        var dose = DoseText.Parse("testosterone_cypionate 200mg im at 7.5h", "--dose", Catalogs.Drugs);
        var protocol = new ProtocolDefinition([], [dose], Physiology.Subjects.SubjectSettings.None).Build(75);

        var compiled = ModelCompiler.Compile(ProtocolApplier.Apply(model, protocol));
        var settings = new SimulationSettings(0, 10, 100, AbsoluteTolerance: 1e-12, RelativeTolerance: 1e-10);
        var result = new Simulator(compiled).Run(settings, [new OutputVariable("tc_depot")]);

        var depot = result.Column("tc_depot");
        var times = result.Times;
        for (var i = 0; i < times.Count; i++)
        {
            // Before 7.5 h the depot is empty; after, it holds 200·e^(−0.5 (t − 7.5)): a dose a step early
            // or late would miss this by several per cent.
            var expected = times[i] < 7.5 ? 0 : 200 * Math.Exp(-0.5 * (times[i] - 7.5));
            if (Math.Abs(times[i] - 7.5) > 1e-9)
            {
                Assert.Equal(expected, depot[i], 6);
            }
        }

        Assert.Equal(0, depot[74]);
        Assert.True(depot[76] > 190, $"the depot just after 7.5 h: {depot[76]}");
    }

    [Fact]
    public void A_Session_Switches_The_Exercise_Inputs_On_And_Off_At_Its_Exact_Times()
    {
        var e = ExerciseText.Parse("cycling 45min @65%VO2max at 2.25h", "--exercise", Catalogs.Modalities);
        var protocol = new ProtocolDefinition([e], [], Physiology.Subjects.SubjectSettings.None).Build(75);

        var result = CrosstalkRun.Run(protocol, 4, 0.125, ["ex_on", "ex_intensity", "ex_active_fraction", "ex_active_mass", "muscle_mass"]);

        // Outputs every 7.5 min: 2.25 h and 3.0 h are output times; between them the session runs.
        Assert.Equal(0, result.At("ex_on", 2.125));
        Assert.Equal(1, result.At("ex_on", 2.375));
        Assert.Equal(1, result.At("ex_on", 2.875));
        Assert.Equal(0, result.At("ex_on", 3.125));
        Assert.Equal(0.65, result.At("ex_intensity", 2.5));
        Assert.Equal(0.45, result.At("ex_active_fraction", 2.5));
        // Muscle mass is a state of the muscle-growth module (it moves by grams within a session).
        Assert.Equal(0.45 * result.At("muscle_mass", 2.5), result.At("ex_active_mass", 2.5), 9);
        Assert.Equal(28.5, result.At("muscle_mass", 2.5), 2);
    }

    [Fact]
    public void Repeated_Sessions_From_A_String_Each_Become_Events()
    {
        var e = ExerciseText.Parse("running 30min @70%VO2max at 1h every 4h x3", "--exercise", Catalogs.Modalities);
        var protocol = new ProtocolDefinition([e], [], Physiology.Subjects.SubjectSettings.None).Build(75);

        var result = CrosstalkRun.Run(protocol, 12, 0.25, ["ex_on"]);

        foreach (var start in new[] { 1.0, 5.0, 9.0 })
        {
            Assert.Equal(0, result.At("ex_on", start - 0.25));
            Assert.Equal(1, result.At("ex_on", start + 0.25));
            Assert.Equal(0, result.At("ex_on", start + 0.75));
        }
    }
}
