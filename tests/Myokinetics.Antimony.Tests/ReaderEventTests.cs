using static Myokinetics.Antimony.Tests.Ir;

namespace Myokinetics.Antimony.Tests;

public sealed class ReaderEventTests
{
    [Fact]
    public void An_Event_Has_A_Trigger_And_Assignments_With_Antimony_Defaults()
    {
        var doc = AntimonyReader.ReadString("E1: at (time > 5): x = 3, y = y + 1\nx = 0; y = 0");

        ModelComparer.AssertEqual(
            Model() with
            {
                Parameters = [Parameter("x", 0, constant: false), Parameter("y", 0, constant: false)],
                Events = [Event("E1", "time > 5", [("x", "3"), ("y", "y + 1")])],
            },
            doc.Model);
    }

    [Fact]
    public void Delay_Priority_T0_Persistent_And_FromTrigger_Are_Read()
    {
        var doc = AntimonyReader.ReadString("""
            E1: at 2*z/y after (x > 5), priority = 1, t0 = false, persistent = false, fromTrigger = false: y = 3, x = r + 2
            E2: at x >= 5, t0 = true, persistent = true, fromTrigger = true: y = 5
            x = 1; y = 1; z = 1; r = 1
            """);

        Assert.Collection(
            doc.Model.Events,
            e => ModelComparer.AssertEqual(
                Model() with { Events = [Event("E1", "x > 5", [("y", "3"), ("x", "r + 2")], delay: "2*z/y", priority: "1", t0: false, persistent: false, fromTrigger: false)] },
                Model() with { Events = [e] }),
            e => ModelComparer.AssertEqual(
                Model() with { Events = [Event("E2", "x >= 5", [("y", "5")])] },
                Model() with { Events = [e] }));
    }

    [Fact]
    public void Events_Without_A_Name_Get_Generated_Ids_And_Assignments_May_Start_On_The_Next_Line()
    {
        var doc = AntimonyReader.ReadString("alpha = 0\nat time > 20:\n    alpha = 1\nat time > 40: alpha = 2,\n   beta = 1\nbeta = 0");

        Assert.Equal(["_E0", "_E1"], doc.Model.Events.Select(e => e.Id));
        Assert.Equal(["alpha", "beta"], doc.Model.Events[1].Assignments.Select(a => a.Variable));
    }
}
