using Myokinetics.Core.Compile;
using Myokinetics.Core.Diagnostics;
using Myokinetics.Core.Results;
using Myokinetics.Core.Simulate;
using Myokinetics.Core.Tests.Support;
using Myokinetics.Numerics.Integrate;

namespace Myokinetics.Core.Tests.Simulate;

public sealed class SimulatorTests
{
    private static TimeCourse Run(ModelSketch sketch, double end, int steps, params string[] outputs) =>
        Run(sketch, new SimulationSettings(0, end, steps, 1e-14, 1e-10), outputs);

    private static TimeCourse Run(ModelSketch sketch, SimulationSettings settings, params string[] outputs) =>
        new Simulator(ModelCompiler.Compile(sketch.Build())).Run(settings, outputs.Select(o => new OutputVariable(o)).ToList());

    private static ModelSketch Decay() => new ModelSketch()
        .Compartment("C", 1)
        .Species("A", amount: 10)
        .Parameter("k", 0.5)
        .Reaction("J", "A", "", "k * A");

    [Fact]
    public void First_Order_Decay_Matches_The_Exponential()
    {
        var result = Run(Decay(), 10, 20, "A");
        for (var r = 0; r < result.RowCount; r++)
        {
            Assert.Equal(10 * System.Math.Exp(-0.5 * result.Times[r]), result[r, 0], 8);
        }
    }

    [Fact]
    public void A_Dose_At_A_Time_Between_Outputs_Happens_Exactly_Then()
    {
        // 5 units added at t = 2.5 (not an output time): afterwards A = (10 e^{-2.5k} + 5) e^{-k(t-2.5)}.
        var sketch = Decay().Event("dose", "time >= 2.5", [("A", "A + 5")]);
        var result = Run(sketch, 6, 6, "A");
        var after = ((10 * System.Math.Exp(-0.5 * 2.5)) + 5) * System.Math.Exp(-0.5 * (6 - 2.5));
        Assert.Equal(10 * System.Math.Exp(-1.0), result[2, 0], 9);
        Assert.Equal(after, result[6, 0], 9);
    }

    [Fact]
    public void A_Trigger_True_Only_Inside_One_Integrator_Step_Is_Not_Missed()
    {
        // x = t; the window 0.45 < x < 0.47 lasts 0.02 while steps on this linear problem are far longer.
        var sketch = new ModelSketch()
            .Parameter("x", 0, constant: false)
            .Parameter("hit", 0, constant: false)
            .RateRule("x", "1")
            .Event("window", "x > 0.45 && x < 0.47", [("hit", "hit + 1")]);
        var result = Run(sketch, 1, 2, "hit");
        Assert.Equal(1.0, result[2, 0]);
    }

    [Fact]
    public void A_Delayed_Event_Uses_Values_From_Trigger_Time_When_Asked()
    {
        var sketch = new ModelSketch()
            .Parameter("x", 0, constant: false)
            .Parameter("fromTrigger", 0, constant: false)
            .Parameter("fromExecution", 0, constant: false)
            .RateRule("x", "1")
            .Event("E1", "time >= 1", [("fromTrigger", "x")], delay: "2", fromTrigger: true)
            .Event("E2", "time >= 1", [("fromExecution", "x")], delay: "2", fromTrigger: false);
        var result = Run(sketch, 4, 4, "fromTrigger", "fromExecution");
        Assert.Equal(0.0, result[2, 0]);
        Assert.Equal(1.0, result[3, 0], 10);
        Assert.Equal(3.0, result[3, 1], 10);
    }

    [Fact]
    public void A_Non_Persistent_Delayed_Event_Is_Cancelled_When_Its_Trigger_Turns_False()
    {
        var sketch = new ModelSketch()
            .Parameter("fired", 0, constant: false)
            .Event("E", "time >= 1 && time < 1.5", [("fired", "1")], delay: "1", persistent: false);
        var result = Run(sketch, 3, 3, "fired");
        Assert.Equal(0.0, result[3, 0]);
        var persistent = new ModelSketch()
            .Parameter("fired", 0, constant: false)
            .Event("E", "time >= 1 && time < 1.5", [("fired", "1")], delay: "1", persistent: true);
        Assert.Equal(1.0, Run(persistent, 3, 3, "fired")[3, 0]);
    }

    [Fact]
    public void Simultaneous_Events_Execute_In_Order_Of_Priority()
    {
        var sketch = new ModelSketch()
            .Parameter("x", 1, constant: false)
            .Event("low", "time >= 1", [("x", "x + 1")], priority: "1")
            .Event("high", "time >= 1", [("x", "x * 10")], priority: "5", fromTrigger: false);
        // high first: 1·10 = 10, then low with x from trigger time (1): 1 + 1 = 2.
        Assert.Equal(2.0, Run(sketch, 2, 2, "x")[2, 0]);
        var reversed = new ModelSketch()
            .Parameter("x", 1, constant: false)
            .Event("low", "time >= 1", [("x", "x + 1")], priority: "1", fromTrigger: false)
            .Event("high", "time >= 1", [("x", "x * 10")], priority: "5", fromTrigger: false);
        Assert.Equal(11.0, Run(reversed, 2, 2, "x")[2, 0]);
    }

    [Fact]
    public void Ties_Between_Equal_Priorities_Are_Broken_The_Same_Way_For_The_Same_Seed()
    {
        var sketch = new ModelSketch()
            .Parameter("x", 0, constant: false)
            .Parameter("t0", 0, constant: false)
            .Event("a", "time - t0 >= 0.1", [("x", "2 * x + 1"), ("t0", "time")], priority: "1", persistent: false, fromTrigger: false)
            .Event("b", "time - t0 >= 0.1", [("x", "2 * x"), ("t0", "time")], priority: "1", persistent: false, fromTrigger: false);
        string Trace(int seed) =>
            string.Join(',', Run(sketch, new SimulationSettings(0, 2, 4, 1e-12, 1e-8, Seed: seed), "x").Column("x"));
        Assert.Equal(Trace(7), Trace(7));
        Assert.NotEqual(Trace(7), Trace(8));
    }

    [Fact]
    public void An_Event_That_Fires_At_The_Start_Respects_Its_Initial_Value()
    {
        ModelSketch Sketch(bool initialValue) => new ModelSketch()
            .Parameter("x", 0, constant: false)
            .Event("E", "time >= 0", [("x", "1")], initialValue: initialValue);
        Assert.Equal(1.0, Run(Sketch(false), 1, 1, "x")[0, 0]);
        Assert.Equal(0.0, Run(Sketch(true), 1, 1, "x")[1, 0]);
    }

    [Fact]
    public void An_Algebraic_Rule_Holds_Along_The_Trajectory()
    {
        // A decays; B is whatever keeps A + B = 10.
        var sketch = Decay().Species("B", amount: 0, boundary: true).AlgebraicRule("A + B - 10");
        var result = Run(sketch, 4, 8, "A", "B");
        for (var r = 0; r < result.RowCount; r++)
        {
            Assert.Equal(10.0, result[r, 0] + result[r, 1], 9);
            Assert.Equal(10 - (10 * System.Math.Exp(-0.5 * result.Times[r])), result[r, 1], 8);
        }
    }

    [Fact]
    public void A_Fast_Reaction_Stays_At_Equilibrium_From_The_Start()
    {
        // Fast A <-> B with A = B at equilibrium; slow B -> at rate B: A + B decays with rate 1/2.
        var sketch = new ModelSketch()
            .Compartment("C", 1)
            .Species("A", amount: 2)
            .Species("B", amount: 0)
            .Reaction("fast", "A", "B", "A - B", fast: true)
            .Reaction("slow", "B", "", "B");
        var result = Run(sketch, 2, 4, "A", "B");
        Assert.Equal(1.0, result[0, 0], 6);
        for (var r = 0; r < result.RowCount; r++)
        {
            Assert.Equal(System.Math.Exp(-0.5 * result.Times[r]), result[r, 1], 6);
            Assert.Equal(result[r, 0], result[r, 1], 6);
        }
    }

    [Fact]
    public void A_Delay_Equation_Matches_Its_Solution_By_Steps()
    {
        // x' = -delay(x, 1), x = 1 before 0: x = 1 - t on [0, 1], 1 - t + (t-1)²/2 on [1, 2].
        var sketch = new ModelSketch().Parameter("x", 1, constant: false).RateRule("x", "-delay(x, 1)");
        var result = Run(sketch, 2, 4, "x");
        Assert.Equal(0.5, result[1, 0], 7);
        Assert.Equal(0.0, result[2, 0], 7);
        Assert.Equal(1 - 1.5 + (0.5 * 0.5 * 0.5), result[3, 0], 6);
        Assert.Equal(1 - 2 + 0.5, result[4, 0], 6);
    }

    [Fact]
    public void Division_By_Zero_In_A_Rate_Law_Fails_Naming_Time_Variable_And_Reaction()
    {
        var sketch = new ModelSketch().Compartment("C", 1).Species("A", amount: 1).Parameter("k", 2).Reaction("J1", "", "A", "k / 0");
        var error = Assert.Throws<SimulationException>(() => Run(sketch, 1, 10, "A"));
        Assert.Equal(2, error.ExitCode);
        Assert.Equal("A", error.Variable);
        Assert.Contains("J1", error.Message, StringComparison.Ordinal);
        Assert.Contains("t = 0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Species_Can_Be_Output_As_Amounts_Or_Concentrations()
    {
        var sketch = new ModelSketch().Compartment("C", 4).Species("A", amount: 8);
        var compiled = ModelCompiler.Compile(sketch.Build());
        var result = new Simulator(compiled).Run(
            new SimulationSettings(0, 1, 1),
            [new OutputVariable("A", OutputQuantity.Amount, "A_amount"), new OutputVariable("A", OutputQuantity.Concentration), new OutputVariable("C")]);
        Assert.Equal(["A_amount", "A", "C"], result.Columns);
        Assert.Equal(8.0, result[0, 0]);
        Assert.Equal(2.0, result[0, 1]);
        Assert.Equal(4.0, result[0, 2]);
    }

    [Fact]
    public void Asking_For_An_Unknown_Variable_Is_A_Clear_Error()
    {
        var error = Assert.Throws<ModelValidationException>(() => Run(Decay(), 1, 1, "Z"));
        Assert.Contains("no variable 'Z'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_Csv_Writer_Streams_Rows_In_Time_Order_With_A_Time_Column()
    {
        var compiled = ModelCompiler.Compile(Decay().Build());
        using var text = new StringWriter();
        new Simulator(compiled).Run(new SimulationSettings(0, 1, 2), [new OutputVariable("A")], new CsvTimeCourseWriter(text));
        var lines = text.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("time,A", lines[0]);
        Assert.Equal(["0", "0.5", "1"], lines.Skip(1).Select(l => l.Split(',')[0]));
    }

    [Fact]
    public void Every_Integrator_Gives_The_Same_Answer_To_Tolerance()
    {
        foreach (var kind in new[] { IntegratorKind.DormandPrince, IntegratorKind.Rosenbrock, IntegratorKind.Auto })
        {
            var result = Run(Decay(), new SimulationSettings(0, 3, 3, 1e-12, 1e-9, kind), "A");
            Assert.Equal(10 * System.Math.Exp(-1.5), result[3, 0], 7);
        }
    }

    [Theory]
    [InlineData(IntegratorKind.DormandPrince)]
    [InlineData(IntegratorKind.Rosenbrock)]
    public void A_Simulation_Allocates_The_Same_However_Many_Steps_It_Takes(IntegratorKind kind)
    {
        // Same outputs, ~100 times more integration steps: allocation must not grow with the steps.
        var sketch = new ModelSketch()
            .Compartment("C", 1)
            .Species("A", amount: 1)
            .Species("B", amount: 0)
            .Parameter("r", null, constant: false)
            .AssignmentRule("r", "1 + 0.5 * sin(3 * time)")
            .Reaction("J1", "A", "B", "r * A")
            .Reaction("J2", "B", "A", "0.5 * B");
        var compiled = ModelCompiler.Compile(sketch.Build());
        var simulator = new Simulator(compiled);
        long Allocated(double end)
        {
            var outputs = new[] { new OutputVariable("A") };
            var sink = new CountingSink();
            var before = GC.GetAllocatedBytesForCurrentThread();
            simulator.Run(new SimulationSettings(0, end, 10, 1e-12, 1e-9, kind), outputs, sink);
            return GC.GetAllocatedBytesForCurrentThread() - before;
        }

        // Warm up past the first simulations, whose once-per-run functions are interpreted and then compiled.
        for (var i = 0; i < 4; i++)
        {
            Allocated(1);
        }

        var shortRun = Allocated(1);
        var longRun = Allocated(100);
        Assert.True(longRun <= shortRun + 512, $"1 time unit: {shortRun} bytes; 100 time units: {longRun} bytes");
    }

    private sealed class CountingSink : ITimeCourseSink
    {
        public int Rows { get; private set; }

        public void Begin(IReadOnlyList<string> columns)
        {
        }

        public void Row(double time, ReadOnlySpan<double> values) => Rows++;

        public void End()
        {
        }
    }

    [Fact]
    public void A_Cancelled_Run_Stops_With_OperationCanceledException()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        var compiled = ModelCompiler.Compile(Decay().Build());
        Assert.Throws<OperationCanceledException>(() => new Simulator(compiled).Run(
            new SimulationSettings(0, 10, 10), [new OutputVariable("A")], null, cancel.Token));
    }
}
