using Myokinetics.Core.Compile;
using Myokinetics.Core.Simulate;
using Myokinetics.Core.Tests.Support;

namespace Myokinetics.Core.Tests.Simulate;

/// <summary>A run can start from a given state vector (a steady state) instead of the model's initial values.</summary>
public sealed class StartStateTests
{
    // A' = k_in - k A, A(0) = 0; B := 2 A. The steady state is A = k_in / k = 4.
    private static CompiledModel Inflow() => ModelCompiler.Compile(new ModelSketch()
        .Compartment("C", 1)
        .Species("A", amount: 0)
        .Parameter("k_in", 2)
        .Parameter("k", 0.5)
        .Parameter("B", 0, constant: false)
        .Reaction("In", "", "A", "k_in")
        .Reaction("Out", "A", "", "k * A")
        .AssignmentRule("B", "2 * A")
        .Build());

    [Fact]
    public void Starting_From_The_Steady_State_Stays_There_And_Assigned_Values_Follow_It()
    {
        var result = new Simulator(Inflow()).Run(
            new SimulationSettings(0, 10, 5, 1e-12, 1e-10) { StartStates = [4.0] },
            [new OutputVariable("A"), new OutputVariable("B")]);

        for (var r = 0; r < result.RowCount; r++)
        {
            Assert.Equal(4, result[r, 0], 9);
            Assert.Equal(8, result[r, 1], 9);
        }
    }

    [Fact]
    public void Without_A_Start_State_The_Run_Begins_At_The_Initial_Values()
    {
        var result = new Simulator(Inflow()).Run(new SimulationSettings(0, 2, 2, 1e-12, 1e-10), [new OutputVariable("A")]);

        Assert.Equal(0, result[0, 0]);
        Assert.Equal(4 * (1 - System.Math.Exp(-0.5 * 2)), result[2, 0], 8);
    }

    [Fact]
    public void A_Start_State_Of_The_Wrong_Length_Is_Refused()
    {
        var error = Assert.Throws<ArgumentException>(() => new Simulator(Inflow()).Run(
            new SimulationSettings(0, 1, 1) { StartStates = [1.0, 2.0] },
            [new OutputVariable("A")]));

        Assert.Contains("has 2 values", error.Message, StringComparison.Ordinal);
    }
}
