using Myokinetics.Core.Compile;
using Myokinetics.Core.Results;
using Myokinetics.Core.Simulate;
using Myokinetics.Core.Tests.Support;

namespace Myokinetics.Core.Tests.Simulate;

public sealed class DeclaredValueChangeTests
{
    // A is declared by an initial concentration of 3 in C = 2 (amount 6); B starts at twice A's amount
    // by an initial assignment; A decays with rate k.
    private static ModelSketch Sketch() => new ModelSketch()
        .Compartment("C", 2)
        .Species("A", concentration: 3)
        .Species("B", amount: 0)
        .Parameter("k", 0.5)
        .InitialAssignment("B", "2 * A * C")
        .Reaction("J", "A", "", "k * A * C");

    private static TimeCourse Run(IReadOnlyDictionary<string, double>? changes)
    {
        var compiled = ModelCompiler.Compile(Sketch().Build());
        var outputs = new[] { new OutputVariable("A"), new OutputVariable("B") };
        return new Simulator(compiled).Run(new SimulationSettings(0, 4, 4, 1e-14, 1e-10), outputs, changes);
    }

    [Fact]
    public void Changing_A_Species_Declared_By_Concentration_Changes_Its_Initial_Concentration()
    {
        var result = Run(new Dictionary<string, double> { ["A"] = 5 });

        Assert.Equal(5, result[0, 0], 12);
        Assert.Equal(5 * System.Math.Exp(-0.5 * 4), result[4, 0], 8);
    }

    [Fact]
    public void Initial_Assignments_Read_The_Changed_Concentration()
    {
        Assert.Equal(2 * 3 * 2, Run(null)[0, 1], 12);
        Assert.Equal(2 * 5 * 2, Run(new Dictionary<string, double> { ["A"] = 5 })[0, 1], 12);
    }

    [Fact]
    public void The_Declared_Value_Of_A_Species_Declared_By_Concentration_Is_That_Concentration()
    {
        var compiled = ModelCompiler.Compile(Sketch().Build());
        var state = compiled.CreateState();

        Assert.Equal(3, state.Values[compiled.DeclaredValueIndex("A")!.Value]);
        Assert.Equal(compiled.Find("k")!.ValueIndex, compiled.DeclaredValueIndex("k"));
        Assert.Null(compiled.DeclaredValueIndex("nothing"));
    }
}
