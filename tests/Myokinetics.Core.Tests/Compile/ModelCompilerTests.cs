using Myokinetics.Core.Compile;
using Myokinetics.Core.Diagnostics;
using Myokinetics.Core.Tests.Support;

namespace Myokinetics.Core.Tests.Compile;

public sealed class ModelCompilerTests
{
    [Fact]
    public void Rates_Of_A_Mass_Action_Model_Match_The_Hand_Computed_Values()
    {
        // A + 2 B -> C at k·A·B², C -> at k2·C; concentrations in a compartment of size 2.
        var model = new ModelSketch()
            .Compartment("C0", 2)
            .Species("A", amount: 4, compartment: "C0")
            .Species("B", amount: 6, compartment: "C0")
            .Species("P", amount: 1, compartment: "C0")
            .Parameter("k", 0.5)
            .Parameter("k2", 0.25)
            .Reaction("J1", "A + 2 B", "P", "k * A * B^2")
            .Reaction("J2", "P", "", "k2 * P")
            .Build();
        var compiled = ModelCompiler.Compile(model);
        var state = compiled.CreateState();
        compiled.Initialize(state, 0);
        var rates = new double[3];
        compiled.Rates(0, state.States, state, rates);

        // Math sees concentrations A = 2, B = 3, P = 0.5; rates are extents per time.
        var j1 = 0.5 * 2 * 9;
        var j2 = 0.25 * 0.5;
        Assert.Equal(-j1, rates[Index(compiled, "A")], 12);
        Assert.Equal(-2 * j1, rates[Index(compiled, "B")], 12);
        Assert.Equal(j1 - j2, rates[Index(compiled, "P")], 12);
        Assert.Equal(j1, state.Values[compiled.Find("J1")!.ValueIndex], 12);
    }

    [Fact]
    public void Analytic_Jacobian_Matches_Finite_Differences_Through_Rules_Functions_And_Varying_Compartments()
    {
        var model = new ModelSketch()
            .Compartment("V", 1.5, constant: false)
            .Species("S", amount: 2.0, compartment: "V")
            .Species("T", concentration: 0.7, compartment: "V")
            .Parameter("Km", 0.3)
            .Parameter("Vmax", 1.2)
            .Parameter("act", null, constant: false)
            .Function("mm", ["s", "vm", "km"], "vm * s / (km + s)")
            .AssignmentRule("act", "T^2 / (1 + T^2)")
            .Reaction("J1", "S", "T", "V * mm(S, Vmax, Km) * act")
            .Reaction("J2", "T", "", "V * piecewise(0.1 * T, T > 0.5, 0.2 * T^3)")
            .RateRule("V", "0.05 * sin(time) + 0.01 * S")
            .Build();
        var compiled = ModelCompiler.Compile(model);
        Assert.NotNull(compiled.Jacobian);
        var state = compiled.CreateState();
        compiled.Initialize(state, 0.3);
        var n = compiled.States.Length;
        var y = (double[])state.States.Clone();
        var analytic = new double[n * n];
        compiled.Jacobian!(0.3, y, state, analytic);

        var f0 = new double[n];
        var f1 = new double[n];
        for (var j = 0; j < n; j++)
        {
            var h = 1e-7 * System.Math.Max(1, System.Math.Abs(y[j]));
            var saved = y[j];
            y[j] = saved + h;
            compiled.Rates(0.3, y, state, f1);
            y[j] = saved - h;
            compiled.Rates(0.3, y, state, f0);
            y[j] = saved;
            for (var i = 0; i < n; i++)
            {
                var numeric = (f1[i] - f0[i]) / (2 * h);
                Assert.True(
                    System.Math.Abs(analytic[(i * n) + j] - numeric) <= 1e-6 * System.Math.Max(1, System.Math.Abs(numeric)),
                    $"∂f{i}/∂y{j}: analytic {analytic[(i * n) + j]}, numeric {numeric}");
            }
        }
    }

    [Fact]
    public void Time_Derivative_Matches_A_Central_Difference_In_Time()
    {
        var model = new ModelSketch()
            .Compartment("C", 1)
            .Species("S", amount: 1)
            .Parameter("d", null, constant: false)
            .AssignmentRule("d", "exp(-time) * cos(2 * time)")
            .Reaction("J", "", "S", "d * (1 + S)")
            .Build();
        var compiled = ModelCompiler.Compile(model);
        var state = compiled.CreateState();
        compiled.Initialize(state, 0);
        var dfdt = new double[1];
        compiled.TimeDerivative!(0.8, state.States, state, dfdt);
        var up = new double[1];
        var down = new double[1];
        compiled.Rates(0.8 + 1e-6, state.States, state, up);
        compiled.Rates(0.8 - 1e-6, state.States, state, down);
        Assert.Equal((up[0] - down[0]) / 2e-6, dfdt[0], 6);
    }

    [Fact]
    public void A_Local_Parameter_Shadows_The_Global_One_Only_In_Its_Reaction()
    {
        var model = new ModelSketch()
            .Compartment("C", 1)
            .Species("A", amount: 1)
            .Species("B", amount: 1)
            .Parameter("k", 10)
            .Reaction("J1", "A", "", "k * A", false, ("k", 1.0))
            .Reaction("J2", "B", "", "k * B")
            .Build();
        var compiled = ModelCompiler.Compile(model);
        var state = compiled.CreateState();
        compiled.Initialize(state, 0);
        Assert.Equal(1.0, state.Values[compiled.Find("J1")!.ValueIndex]);
        Assert.Equal(10.0, state.Values[compiled.Find("J2")!.ValueIndex]);
    }

    [Fact]
    public void Conversion_Factors_Scale_What_A_Reaction_Does_To_A_Species()
    {
        var model = new ModelSketch()
            .Compartment("C", 1)
            .Species("A", amount: 1, conversionFactor: "cfA")
            .Species("B", amount: 0)
            .Parameter("cfA", 3)
            .Parameter("cfModel", 5)
            .Reaction("J", "A", "B", "2")
            .Build() with { ConversionFactor = "cfModel" };
        var compiled = ModelCompiler.Compile(model);
        var state = compiled.CreateState();
        compiled.Initialize(state, 0);
        var rates = new double[2];
        compiled.Rates(0, state.States, state, rates);
        Assert.Equal(-6.0, rates[Index(compiled, "A")]);
        Assert.Equal(10.0, rates[Index(compiled, "B")]);
    }

    [Fact]
    public void Initial_Assignments_And_Rules_Are_Evaluated_In_Dependency_Order()
    {
        var model = new ModelSketch()
            .Compartment("C", null)
            .Species("S", concentration: 2)
            .Parameter("a", null)
            .Parameter("b", 3)
            .Parameter("c", null, constant: false)
            .InitialAssignment("C", "a + 1")
            .InitialAssignment("a", "b * 2")
            .AssignmentRule("c", "S * C")
            .Build();
        var compiled = ModelCompiler.Compile(model);
        var state = compiled.CreateState();
        compiled.Initialize(state, 0);
        Assert.Equal(7.0, state.Values[compiled.Find("C")!.ValueIndex]);
        Assert.Equal(14.0, state.Values[compiled.Find("S")!.ValueIndex]);
        Assert.Equal(14.0, state.Values[compiled.Find("c")!.ValueIndex]);
    }

    [Fact]
    public void An_Undefined_Symbol_In_A_Rate_Law_Is_Reported_By_Name_And_Reaction()
    {
        var model = new ModelSketch().Compartment("C", 1).Species("A", amount: 1).Reaction("J1", "A", "", "k3 * A").Build();
        var error = Assert.Throws<ModelValidationException>(() => ModelCompiler.Compile(model));
        Assert.Contains("'k3'", error.Message, StringComparison.Ordinal);
        Assert.Contains("reaction 'J1'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Assignment_Rules_That_Form_A_Cycle_Are_Reported()
    {
        var model = new ModelSketch()
            .Parameter("a", null, constant: false)
            .Parameter("b", null, constant: false)
            .AssignmentRule("a", "b + 1")
            .AssignmentRule("b", "2 * a")
            .Build();
        var error = Assert.Throws<ModelValidationException>(() => ModelCompiler.Compile(model));
        Assert.Contains("cycle", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_Rule_For_A_Constant_Parameter_Is_Reported()
    {
        var model = new ModelSketch().Parameter("k", 1).RateRule("k", "1").Build();
        var error = Assert.Throws<ModelValidationException>(() => ModelCompiler.Compile(model));
        Assert.Contains("declared constant", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_Function_Called_With_The_Wrong_Number_Of_Arguments_Is_Reported()
    {
        var model = new ModelSketch()
            .Parameter("p", null, constant: false)
            .Function("f", ["x", "y"], "x + y")
            .AssignmentRule("p", "f(1)")
            .Build();
        var error = Assert.Throws<ModelValidationException>(() => ModelCompiler.Compile(model));
        Assert.Contains("takes 2 argument(s) but is called with 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Common_Subexpressions_Give_The_Same_Values_As_Separate_Evaluation()
    {
        var shared = "exp(-k * time) * (A + B)";
        var model = new ModelSketch()
            .Compartment("C", 1)
            .Species("A", amount: 1)
            .Species("B", amount: 2)
            .Parameter("k", 0.3)
            .Reaction("J1", "A", "B", $"{shared} * 0.1")
            .Reaction("J2", "B", "A", $"{shared} * 0.2 + ({shared})^2")
            .Build();
        var compiled = ModelCompiler.Compile(model);
        var state = compiled.CreateState();
        compiled.Initialize(state, 0);
        var rates = new double[2];
        compiled.Rates(1.5, state.States, state, rates);
        var s = System.Math.Exp(-0.3 * 1.5) * 3;
        var j1 = s * 0.1;
        var j2 = (s * 0.2) + (s * s);
        Assert.Equal(-j1 + j2, rates[Index(compiled, "A")], 12);
    }

    [Fact]
    public void Evaluating_The_Rates_And_Jacobian_Allocates_Nothing()
    {
        var model = new ModelSketch()
            .Compartment("C", 1)
            .Species("A", amount: 1)
            .Species("B", amount: 2)
            .Parameter("k", 0.3)
            .Parameter("r", null, constant: false)
            .AssignmentRule("r", "k * A / (1 + B)")
            .Reaction("J1", "A", "B", "r * piecewise(A, time < 2, B)")
            .Build();
        var compiled = ModelCompiler.Compile(model);
        var state = compiled.CreateState();
        compiled.Initialize(state, 0);
        var rates = new double[2];
        var jacobian = new double[4];
        compiled.Rates(0.5, state.States, state, rates);
        compiled.Jacobian!(0.5, state.States, state, jacobian);
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            compiled.Rates(i * 0.01, state.States, state, rates);
            compiled.Jacobian!(i * 0.01, state.States, state, jacobian);
        }

        Assert.Equal(before, GC.GetAllocatedBytesForCurrentThread());
    }

    // 80 species in a chain, each with a rule its reaction reads (a_i) and an observable nothing reads
    // (obs_i): over 300 stored values, so the functions are compiled in parts through scratch storage.
    private static Model.Model LargeChain()
    {
        var sketch = new ModelSketch().Compartment("C", 1);
        for (var i = 0; i < 80; i++)
        {
            sketch = sketch
                .Species($"S{i}", amount: 1 + (0.01 * i))
                .Parameter($"k{i}", 0.1 + (0.001 * i))
                .Parameter($"a{i}", null, constant: false)
                .Parameter($"obs{i}", null, constant: false)
                .AssignmentRule($"a{i}", $"k{i} * S{i}^2 / (1 + S{i})")
                .AssignmentRule($"obs{i}", $"a{i} + 2 * S{i}")
                .Reaction($"J{i}", $"S{i}", i + 1 < 80 ? $"S{i + 1}" : string.Empty, $"a{i}");
        }

        return sketch.Build();
    }

    [Fact]
    public void A_Model_Compiled_In_Parts_Updates_Every_Rule_Whether_Or_Not_A_Rate_Reads_It()
    {
        var compiled = ModelCompiler.Compile(LargeChain());
        Assert.True(compiled.ScratchSize > 0, "the chain should be compiled in parts");
        var state = compiled.CreateState();
        compiled.Initialize(state, 0);
        var y = state.States.Select((v, j) => v * (1 + (0.05 * j))).ToArray();

        compiled.Update(2.0, y, state);

        for (var i = 0; i < 80; i++)
        {
            var s = y[Index(compiled, $"S{i}")];
            var a = (0.1 + (0.001 * i)) * (s * s) / (1 + s);
            Assert.Equal(s, state.Values[compiled.Find($"S{i}")!.ValueIndex]);
            Assert.Equal(a, state.Values[compiled.Find($"a{i}")!.ValueIndex], 14);
            Assert.Equal(a + (2 * s), state.Values[compiled.Find($"obs{i}")!.ValueIndex], 14);
        }
    }

    [Fact]
    public void The_Jacobian_Of_A_Model_Compiled_In_Parts_Is_Right_Whatever_Ran_Before_It()
    {
        // The Jacobian of a model compiled in parts reads what the rates function leaves in scratch:
        // it must run that function itself, so a rates call at another state must not leak into it.
        var compiled = ModelCompiler.Compile(LargeChain());
        var state = compiled.CreateState();
        compiled.Initialize(state, 0);
        var n = compiled.States.Length;
        var y = state.States.Select((v, j) => v * (1 + (0.05 * j))).ToArray();
        var elsewhere = y.Select(v => 3 * v).ToArray();
        var rates = new double[n];
        var jacobian = new double[n * n];

        compiled.Rates(1.0, elsewhere, state, rates);
        compiled.Jacobian!(1.0, y, state, jacobian);

        for (var i = 0; i < 80; i++)
        {
            var column = Index(compiled, $"S{i}");
            var s = y[column];
            var slope = (0.1 + (0.001 * i)) * s * (2 + s) / ((1 + s) * (1 + s));
            Assert.Equal(-slope, jacobian[(column * n) + column], 13);
            if (i + 1 < 80)
            {
                Assert.Equal(slope, jacobian[(Index(compiled, $"S{i + 1}") * n) + column], 13);
            }
        }
    }

    [Fact]
    public void Updating_And_Differentiating_A_Model_Compiled_In_Parts_Allocates_Nothing()
    {
        var compiled = ModelCompiler.Compile(LargeChain());
        var state = compiled.CreateState();
        compiled.Initialize(state, 0);
        var jacobian = new double[compiled.States.Length * compiled.States.Length];
        compiled.Update(0.5, state.States, state);
        compiled.Jacobian!(0.5, state.States, state, jacobian);
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            compiled.Update(i * 0.01, state.States, state);
            compiled.Jacobian!(i * 0.01, state.States, state, jacobian);
        }

        Assert.Equal(before, GC.GetAllocatedBytesForCurrentThread());
    }

    private static int Index(CompiledModel compiled, string id) => compiled.Find(id)!.StateIndex;
}
