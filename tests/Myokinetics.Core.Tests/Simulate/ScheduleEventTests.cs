using System.Globalization;
using Myokinetics.Core.Compile;
using Myokinetics.Core.Results;
using Myokinetics.Core.Simulate;
using Myokinetics.Core.Tests.Support;
using Myokinetics.Numerics.Integrate;

namespace Myokinetics.Core.Tests.Simulate;

/// <summary>
/// Events of the kind long dosing and training schedules are made of (triggers <c>time ≥ tₖ</c>,
/// assignments of constants, constant delays and priorities) are evaluated from tables rather than
/// generated code. These tests check that path against known answers and against the generated
/// code itself: the same model written so that nothing qualifies for a table must give the same
/// numbers bit for bit.
/// </summary>
public sealed class ScheduleEventTests
{
    private const int Sessions = 40;

    /// <summary>Session k starts at 0.7 + 0.613·k (never an output time or another event's time) and lasts 0.29.</summary>
    private static double SessionStart(int k) => 0.7 + (0.613 * k);

    private static double SessionEnd(int k) => SessionStart(k) + 0.29;

    private static double Intensity(int k) => 0.5 + (0.25 * (k % 3));

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>
    /// A schedule model: x' = intensity (switched on and off by 2 × 40 session events that each also
    /// record their time), A decaying with a dose (an assignment that needs generated code) in the
    /// middle, two simultaneous events with priorities, a delayed event, and a non-persistent
    /// delayed event whose threshold is a parameter another event moves. With
    /// <paramref name="generated"/>, every number is written as <c>(number) + zero</c> (zero a
    /// constant parameter), which no table takes: the same model, all of it in generated code.
    /// Without <paramref name="movingThreshold"/> (the last two events), every trigger and root is
    /// <c>time</c> against a number, in consecutive positions.
    /// </summary>
    private static ModelSketch Schedule(bool generated, bool movingThreshold = true)
    {
        string W(string math) => generated ? $"({math}) + zero" : math;
        var sketch = new ModelSketch()
            .Compartment("C", 1)
            .Species("A", amount: 10)
            .Parameter("k", 0.3)
            .Parameter("zero", 0)
            .Parameter("intensity", 0, constant: false)
            .Parameter("x", 0, constant: false)
            .Parameter("started", 0, constant: false)
            .Parameter("stopped", 0, constant: false)
            .Parameter("y", 0, constant: false)
            .Parameter("delayedAt", 0, constant: false)
            .Parameter("threshold", 1, constant: false)
            .Parameter("cancelledAt", 0, constant: false)
            .Reaction("J", "A", "", "k * A")
            .RateRule("x", "intensity");
        for (var k = 0; k < Sessions; k++)
        {
            sketch
                .Event($"s{k}_start", $"time >= {W(Number(SessionStart(k)))}", [("intensity", W(Number(Intensity(k)))), ("started", W("time"))], fromTrigger: false)
                .Event($"s{k}_end", $"time >= {W(Number(SessionEnd(k)))}", [("intensity", W("0")), ("stopped", W("time"))]);
        }

        sketch
            .Event("dose", $"time >= {W("12.345")}", [("A", "A + 5")])
            .Event("low", $"time >= {W("5")}", [("y", W("1"))], priority: W("1"), fromTrigger: false)
            .Event("high", $"time >= {W("5")}", [("y", W("2"))], priority: W("7"), fromTrigger: false)
            .Event("delayed", $"time >= {W("3")}", [("delayedAt", W("time"))], delay: W("0.25"), fromTrigger: false);
        return !movingThreshold ? sketch : sketch
            .Event("cancellable", "time >= threshold" + (generated ? " + zero" : string.Empty), [("cancelledAt", W("time"))], delay: W("1"), persistent: false, fromTrigger: false)
            .Event("move", $"time >= {W("1.5")}", [("threshold", W("20"))]);
    }

    private static readonly string[] Outputs = ["x", "A", "intensity", "started", "stopped", "y", "delayedAt", "threshold", "cancelledAt"];

    private static TimeCourse Run(CompiledModel model, IntegratorKind integrator = IntegratorKind.Auto) =>
        new Simulator(model).Run(
            new SimulationSettings(0, 30, 60, 1e-12, 1e-10, integrator),
            Outputs.Select(o => new OutputVariable(o)).ToList());

    private static bool UsesTable(Delegate function) => function.Target?.GetType().Name is "DirectValues" or "DirectTriggers";

    [Fact]
    public void A_Schedule_Compiles_Its_Session_Events_To_Tables_And_The_Rewritten_Model_To_Generated_Code()
    {
        var tables = ModelCompiler.Compile(Schedule(generated: false).Build());
        var generated = ModelCompiler.Compile(Schedule(generated: true).Build());
        Assert.True(UsesTable(tables.Triggers));
        Assert.True(UsesTable(tables.Events[0].Assignments));
        Assert.True(UsesTable(tables.Events[0].DelayAndPriority));
        Assert.True(UsesTable(tables.TimeThresholds!));
        Assert.True(UsesTable(tables.TriggerRoots!));
        Assert.False(UsesTable(tables.Events.Single(e => e.Id == "dose").Assignments));
        Assert.False(UsesTable(generated.Triggers));
        Assert.False(UsesTable(generated.Events[0].Assignments));
        Assert.False(UsesTable(generated.TimeThresholds!));
        Assert.False(UsesTable(generated.TriggerRoots!));
    }

    [Theory]
    [InlineData(IntegratorKind.Auto, true)]
    [InlineData(IntegratorKind.Rosenbrock, true)]
    [InlineData(IntegratorKind.Auto, false)]
    public void Table_Evaluated_Events_Give_The_Same_Numbers_As_Generated_Code_Bit_For_Bit(IntegratorKind integrator, bool movingThreshold)
    {
        var tables = Run(ModelCompiler.Compile(Schedule(generated: false, movingThreshold).Build()), integrator);
        var generated = Run(ModelCompiler.Compile(Schedule(generated: true, movingThreshold).Build()), integrator);
        Assert.Equal(generated.Times, tables.Times);
        foreach (var column in Outputs)
        {
            Assert.Equal(generated.Column(column), tables.Column(column));
        }
    }

    [Fact]
    public void Every_Session_Event_Fires_In_Order_At_Its_Exact_Time()
    {
        var model = ModelCompiler.Compile(Schedule(generated: false).Build());
        var result = Run(model);
        var started = result.Column("started");
        var stopped = result.Column("stopped");
        var x = result.Column("x");
        for (var r = 0; r < result.RowCount; r++)
        {
            var t = result.Times[r];

            // The last session that started (and stopped) by t recorded its exact threshold time.
            var lastStart = Enumerable.Range(0, Sessions).LastOrDefault(k => SessionStart(k) <= t, -1);
            var lastEnd = Enumerable.Range(0, Sessions).LastOrDefault(k => SessionEnd(k) <= t, -1);
            Assert.Equal(lastStart < 0 ? 0.0 : SessionStart(lastStart), started[r]);
            Assert.Equal(lastEnd < 0 ? 0.0 : SessionEnd(lastEnd), stopped[r]);

            // x integrates the intensity: the sum of the sessions' intensity × time inside [0, t].
            var expected = Enumerable.Range(0, Sessions)
                .Sum(k => Intensity(k) * System.Math.Max(0.0, System.Math.Min(t, SessionEnd(k)) - SessionStart(k)));
            Assert.Equal(expected, x[r], 9);
        }
    }

    [Fact]
    public void Constant_Priorities_Delays_And_Persistence_Keep_Their_Sbml_Meaning()
    {
        var result = Run(ModelCompiler.Compile(Schedule(generated: false).Build()));
        double At(string column, double time) => result.Column(column)[result.Times.ToList().IndexOf(time)];

        // high (priority 7) executes before low (priority 1) at t = 5: low's value stays.
        Assert.Equal(0.0, At("y", 4.5));
        Assert.Equal(1.0, At("y", 5));

        // Triggered at 3 with a delay of 0.25: executes at 3.25 (values from execution time).
        Assert.Equal(0.0, At("delayedAt", 3));
        Assert.Equal(3.25, At("delayedAt", 3.5));

        // Triggered at 1, due at 2, but its trigger time >= threshold fell at 1.5 when the threshold
        // moved to 20: cancelled. It rises again at 20 and executes at 21.
        Assert.Equal(20.0, At("threshold", 2));
        Assert.Equal(0.0, At("cancelledAt", 20.5));
        Assert.Equal(21.0, At("cancelledAt", 21.5));

        // The dose at 12.345 between outputs: A = 10 e^{-kt}, plus 5 decaying from then on.
        var k = 0.3;
        Assert.Equal(10 * System.Math.Exp(-k * 12), At("A", 12), 8);
        Assert.Equal((10 * System.Math.Exp(-k * 13)) + (5 * System.Math.Exp(-k * (13 - 12.345))), At("A", 13), 8);
    }

    [Fact]
    public void A_Persistent_Event_Whose_Stored_Threshold_Moves_Past_Time_Still_Executes()
    {
        var sketch = new ModelSketch()
            .Parameter("threshold", 1, constant: false)
            .Parameter("firedAt", 0, constant: false)
            .Event("persistent", "time >= threshold", [("firedAt", "time")], delay: "1", persistent: true, fromTrigger: false)
            .Event("move", "time >= 1.5", [("threshold", "20")]);
        var result = new Simulator(ModelCompiler.Compile(sketch.Build()))
            .Run(new SimulationSettings(0, 3, 3), [new OutputVariable("firedAt")]);
        Assert.Equal([0.0, 0.0, 2.0, 2.0], result.Column("firedAt"));
    }

    [Theory]
    [InlineData(">", new[] { false, false, true })]
    [InlineData(">=", new[] { false, true, true })]
    [InlineData("<", new[] { true, false, false })]
    [InlineData("<=", new[] { true, true, false })]
    [InlineData("==", new[] { false, true, false })]
    [InlineData("!=", new[] { true, false, true })]
    public void Table_Triggers_Compare_Like_Generated_Code_Including_NaN(string op, bool[] atOneTwoThree)
    {
        var sketch = new ModelSketch()
            .Parameter("p", 2, constant: false)
            .Parameter("missing", double.NaN, constant: false)
            .Parameter("zero", 0)
            .Event("table", $"time {op} p", [("p", "p")])
            .Event("generated", $"time {op} p + zero", [("p", "p")])
            .Event("nan", $"missing {op} time", [("p", "p")])
            .Event("nanGenerated", $"missing + zero {op} time", [("p", "p")])
            .Event("number", $"time {op} 2", [("p", "p")])
            .Event("numberFirst", $"2 {op} time", [("p", "p")])
            .Event("numberFirstGenerated", $"2 + zero {op} time", [("p", "p")]);
        var model = ModelCompiler.Compile(sketch.Build());
        var state = model.CreateState();
        model.Initialize(state, 0);
        var output = new bool[7];
        for (var i = 0; i < 3; i++)
        {
            model.Triggers(i + 1, state, output);
            Assert.Equal(atOneTwoThree[i], output[0]);
            Assert.Equal(atOneTwoThree[i], output[1]);
            Assert.Equal(op == "!=", output[2]);
            Assert.Equal(output[3], output[2]);
            Assert.Equal(atOneTwoThree[i], output[4]);
            Assert.Equal(output[6], output[5]);
        }

        // 2 op t is t op' 2 with the operator mirrored (at t = 1 and 3 the answers swap; at 2 they agree).
        model.Triggers(1, state, output);
        Assert.Equal(atOneTwoThree[2], output[5]);
        model.Triggers(3, state, output);
        Assert.Equal(atOneTwoThree[0], output[5]);
    }

    [Fact]
    public void Events_At_The_Same_Time_Share_One_Time_Threshold_And_One_Root()
    {
        var sketch = new ModelSketch()
            .Parameter("x", 0, constant: false)
            .Event("a", "time >= 2", [("x", "1")])
            .Event("b", "time >= 2", [("x", "2")])
            .Event("c", "time > 3", [("x", "3")]);
        var model = ModelCompiler.Compile(sketch.Build());
        Assert.Equal(2, model.TimeThresholdCount);
        Assert.Equal(2, model.TriggerRootCount);
        var state = model.CreateState();
        model.Initialize(state, 0);
        var thresholds = new double[2];
        model.TimeThresholds!(0, state, thresholds);
        Assert.Equal([2.0, 3.0], thresholds);
        var roots = new double[2];
        model.TriggerRoots!(2.5, state, roots);
        Assert.Equal([0.5, -0.5], roots);
    }
}
