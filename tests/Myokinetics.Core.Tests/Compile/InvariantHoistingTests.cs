using Myokinetics.Core.Compile;
using Myokinetics.Core.Simulate;
using Myokinetics.Core.Tests.Support;

namespace Myokinetics.Core.Tests.Compile;

/// <summary>
/// Subexpressions of stored values only, such as (K/K_ref)^n, are computed once into the state's
/// invariant array and recomputed whenever a value they read has changed.
/// </summary>
public sealed class InvariantHoistingTests
{
    // A' = −(K/Kref)^n · A: the rate constant is a power of parameters only (hoisted).
    private static ModelSketch Decay() => new ModelSketch()
        .Compartment("C", 1)
        .Species("A", amount: 10)
        .Parameter("K", 2.0, constant: false)
        .Parameter("Kref", 1.0)
        .Parameter("n", 1.5)
        .Parameter("rate", null, constant: false)
        .AssignmentRule("rate", "(K / Kref)^n")
        .Reaction("J", "A", "", "rate * A");

    [Fact]
    public void A_Hoisted_Power_Follows_An_Event_That_Changes_Its_Parameter()
    {
        // Given the decay, with an event at t = 1 that doubles K (the rate constant goes from 2^1.5 to 4^1.5)
        var model = ModelCompiler.Compile(Decay().Event("E", "time >= 1", [("K", "4")]).Build());

        // When it is simulated to t = 2
        var result = new Simulator(model).Run(new SimulationSettings(0, 2, 4, 1e-14, 1e-11), [new OutputVariable("A"), new OutputVariable("rate")]);

        // Then A follows the first exponential up to t = 1 and the second after it
        var before = System.Math.Pow(2, 1.5);
        var after = System.Math.Pow(4, 1.5);
        Assert.Equal(10 * System.Math.Exp(-before * 0.5), result[1, 0], 8);
        var atEvent = 10 * System.Math.Exp(-before);
        Assert.Equal(atEvent * System.Math.Exp(-after * 0.5), result[3, 0], 8);
        Assert.Equal(atEvent * System.Math.Exp(-after), result[4, 0], 8);
        Assert.Equal(before, result[1, 1], 14);
        Assert.Equal(after, result[4, 1], 14);
    }

    [Fact]
    public void One_Compiled_Model_Gives_Each_Parameter_Set_Its_Own_Hoisted_Values()
    {
        // Given one compiled model and runs with K = 3, the declared K = 2, and K = 3 again
        var simulator = new Simulator(ModelCompiler.Compile(Decay().Build()));
        var settings = new SimulationSettings(0, 1, 1, 1e-14, 1e-11);
        double Final(double? k) =>
            simulator.Run(settings, [new OutputVariable("A")], k is null ? null : new Dictionary<string, double> { ["K"] = k.Value })[1, 0];

        // Then each matches its own exponential
        Assert.Equal(10 * System.Math.Exp(-System.Math.Pow(3, 1.5)), Final(3), 8);
        Assert.Equal(10 * System.Math.Exp(-System.Math.Pow(2, 1.5)), Final(null), 8);
        Assert.Equal(10 * System.Math.Exp(-System.Math.Pow(3, 1.5)), Final(3), 8);
    }

    [Fact]
    public void A_Stored_Value_Written_Directly_Is_Seen_By_The_Rates_The_Jacobian_And_The_Update()
    {
        // Given the compiled decay, initialised, and its functions called once (so the powers are cached)
        var model = ModelCompiler.Compile(Decay().Build());
        var state = model.CreateState();
        model.Initialize(state, 0);
        var rates = new double[1];
        var jacobian = new double[1];
        model.Rates(0, state.States, state, rates);
        model.Jacobian!(0, state.States, state, jacobian);
        Assert.Equal(-System.Math.Pow(2, 1.5) * 10, rates[0], 12);

        // When a caller writes the parameters into the stored values, as an analysis does between runs
        state.Values[model.Find("K")!.ValueIndex] = 5;
        state.Values[model.Find("n")!.ValueIndex] = 2.5;
        model.Rates(0, state.States, state, rates);
        model.Jacobian!(0, state.States, state, jacobian);
        model.Update(0, state.States, state);

        // Then every function uses the new values
        var expected = System.Math.Pow(5, 2.5);
        Assert.Equal(-expected * 10, rates[0], 10);
        Assert.Equal(-expected, jacobian[0], 12);
        Assert.Equal(expected, state.Values[model.Find("rate")!.ValueIndex], 12);
        Assert.True(model.InvariantSize > 0);
    }

    [Fact]
    public void A_Not_A_Number_Parameter_Gives_Not_A_Number_Rates_On_Every_Call()
    {
        // Given the decay with K not yet known (NaN), whose cached power must not be taken for valid
        var model = ModelCompiler.Compile(Decay().Build());
        var state = model.CreateState();
        model.Initialize(state, 0);
        state.Values[model.Find("K")!.ValueIndex] = double.NaN;
        var rates = new double[1];

        // When the rates are evaluated twice, then with K known again
        model.Rates(0, state.States, state, rates);
        Assert.True(double.IsNaN(rates[0]));
        model.Rates(0, state.States, state, rates);
        Assert.True(double.IsNaN(rates[0]));
        state.Values[model.Find("K")!.ValueIndex] = 2;
        model.Rates(0, state.States, state, rates);

        // Then the value follows K each time
        Assert.Equal(-System.Math.Pow(2, 1.5) * 10, rates[0], 12);
    }

    [Theory]
    [InlineData(2.0)]
    [InlineData(-1.75)]
    [InlineData(0.3)]
    [InlineData(1e-3)]
    public void A_Power_With_A_Whole_Exponent_Agrees_With_Pow_To_A_Few_Units_In_The_Last_Place(double x)
    {
        for (var n = -8; n <= 8; n++)
        {
            var expected = System.Math.Pow(x, n);
            Assert.Equal(expected, MathFunctions.Power(x, n), System.Math.Abs(expected) * 1e-15);
        }

        // A fractional or larger exponent goes to pow itself
        Assert.Equal(System.Math.Pow(x, 0.37), MathFunctions.Power(x, 0.37));
        Assert.Equal(System.Math.Pow(x, 9), MathFunctions.Power(x, 9));
    }

    [Fact]
    public void A_Power_With_A_Whole_Exponent_Keeps_Pows_Special_Values()
    {
        Assert.Equal(double.PositiveInfinity, MathFunctions.Power(0.0, -2));
        Assert.Equal(double.NegativeInfinity, MathFunctions.Power(-0.0, -3));
        Assert.Equal(1.0, MathFunctions.Power(double.NaN, 0));
        Assert.Equal(0.0, MathFunctions.Power(double.PositiveInfinity, -2));
        Assert.True(double.IsNaN(MathFunctions.Power(-8, 1.0 / 3)));
        Assert.True(double.IsNaN(MathFunctions.Power(2, double.NaN)));
    }
}
