using Myokinetics.Core.Diagnostics;
using Myokinetics.Physiology.Eps;

namespace Myokinetics.Physiology.Tests.Eps;

public sealed class EpsProtocolTests
{
    [Fact]
    public void The_Stimulation_Becomes_A_Start_And_An_End_Event()
    {
        var model = EpsModel.Read().Model;

        var stimulated = EpsProtocol.Apply(model, new EpsStimulation(EpsKind.Endurance, 1, 2, 12, 1, 3, 24));

        Assert.Equal(model.Events.Length + 2, stimulated.Events.Length);
        Assert.Contains(stimulated.Events, e => e.Id == "eps_start" && e.Assignments.Length == EpsProtocol.Inputs.Length);
        Assert.Contains(stimulated.Events, e => e.Id == "eps_end" && e.Assignments.Single().Variable == "eps_on");
    }

    [Fact]
    public void Repeated_Periods_Become_Numbered_Start_And_End_Events()
    {
        var model = EpsModel.Read().Model;

        var stimulated = EpsProtocol.Apply(model, new EpsStimulation(EpsKind.Resistance, 100, 2, 15, 0.04, 0, 0.5, Repeats: 3));

        Assert.Equal(model.Events.Length + 6, stimulated.Events.Length);
        Assert.Equal(["eps_start_1", "eps_end_1", "eps_start_2", "eps_end_2", "eps_start_3", "eps_end_3"], stimulated.Events.Skip(model.Events.Length).Select(e => e.Id));
    }

    [Fact]
    public void The_Eps_Model_Reads_Without_Warnings_And_Has_Its_Medium_Species()
    {
        var document = EpsModel.Read();

        Assert.DoesNotContain(document.Diagnostics, d => d.Severity >= Severity.Warning);
        Assert.All(EpsModel.MediumSpecies, id => Assert.Contains(document.Model.Species, s => s.Id == id));
    }
}
