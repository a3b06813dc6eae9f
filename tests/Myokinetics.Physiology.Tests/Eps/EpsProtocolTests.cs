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
    public void The_Eps_Model_Reads_Without_Warnings_And_Has_Its_Medium_Species()
    {
        var document = EpsModel.Read();

        Assert.DoesNotContain(document.Diagnostics, d => d.Severity >= Severity.Warning);
        Assert.All(EpsModel.MediumSpecies, id => Assert.Contains(document.Model.Species, s => s.Id == id));
    }
}
