using Myokinetics.Core.Analysis;
using Myokinetics.Core.Diagnostics;
using Myokinetics.Core.Math;
using Myokinetics.Core.Model;

namespace Myokinetics.Core.Tests.Analysis;

public sealed class FluxBalanceValidationTests
{
    private static Network Chain() => new Network()
        .Boundary("X", "Y")
        .Reaction("R1", "X -> A", reversible: false)
        .Reaction("R2", "A -> Y", reversible: false)
        .Between("R1", 0, 10)
        .Between("R2", 0, 1000);

    private static void AssertRefused(Model.Model model, string expectedFragment)
    {
        var ex = Assert.Throws<ModelValidationException>(() => FluxBalanceAnalysis.Solve(model));
        Assert.Contains(expectedFragment, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_Model_Without_Fbc_Constraints_Is_Refused()
    {
        var model = Chain().Maximize("R2").Build() with { FluxBalance = null };

        AssertRefused(model, "no flux balance constraints");
    }

    [Fact]
    public void A_Model_Without_An_Objective_Is_Refused()
    {
        AssertRefused(Chain().Build(), "no flux objective");
    }

    [Fact]
    public void Several_Objectives_Without_An_Active_One_Are_Refused()
    {
        var model = Chain()
            .Objective("a", FluxObjectiveType.Maximize, ("R2", 1))
            .Objective("b", FluxObjectiveType.Minimize, ("R2", 1))
            .Build();

        AssertRefused(model, "names no active one");
    }

    [Fact]
    public void An_Unknown_Objective_Id_Is_Refused()
    {
        var model = Chain().Maximize("R2").Build();

        var ex = Assert.Throws<ModelValidationException>(() => FluxBalanceAnalysis.Solve(model, "nope"));
        Assert.Contains("no flux objective 'nope'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_Objective_On_An_Unknown_Reaction_Is_Refused()
    {
        AssertRefused(Chain().Maximize("R9").Build(), "names reaction 'R9'");
    }

    [Fact]
    public void A_Bound_On_An_Unknown_Reaction_Is_Refused()
    {
        AssertRefused(Chain().Bound("R9", FluxBoundOperation.LessEqual, 1).Maximize("R2").Build(), "reaction 'R9'");
    }

    [Fact]
    public void A_Bound_Naming_A_Missing_Or_Valueless_Parameter_Is_Refused()
    {
        AssertRefused(Chain().BoundBy("R1", FluxBoundOperation.LessEqual, "ghost").Maximize("R2").Build(), "parameter 'ghost'");
        AssertRefused(
            Chain().Parameter("empty", null).BoundBy("R1", FluxBoundOperation.LessEqual, "empty").Maximize("R2").Build(),
            "has no value");
    }

    [Fact]
    public void A_NaN_Bound_Is_Refused()
    {
        AssertRefused(Chain().Bound("R1", FluxBoundOperation.LessEqual, double.NaN).Maximize("R2").Build(), "not a number");
    }

    [Fact]
    public void A_Stoichiometry_Given_As_An_Expression_Is_Refused()
    {
        var model = Chain()
            .Replace("R2", r => r with { Reactants = [new SpeciesReference("A", null, Constant: false, null, new NumberNode(2))] })
            .Maximize("R2")
            .Build();

        AssertRefused(model, "stoichiometryMath");
    }

    [Fact]
    public void A_Stoichiometry_Without_A_Value_Is_Refused()
    {
        var model = Chain()
            .Replace("R2", r => r with { Reactants = [new SpeciesReference("A", null, Constant: true, "s")] })
            .Maximize("R2")
            .Build();

        AssertRefused(model, "of species 'A' in reaction 'R2' has no value");
    }

    [Fact]
    public void An_Infinite_Stoichiometry_Is_Refused()
    {
        var model = Chain()
            .Replace("R2", r => r with { Reactants = [new SpeciesReference("A", double.PositiveInfinity, Constant: true)] })
            .Maximize("R2")
            .Build();

        AssertRefused(model, "needs a finite number");
    }

    [Fact]
    public void A_Strict_Model_Needs_Both_Bounds_On_Every_Reaction()
    {
        var model = new Network()
            .Boundary("X", "Y")
            .Reaction("R1", "X -> A", reversible: false)
            .Reaction("R2", "A -> Y", reversible: false)
            .Between("R1", 0, 10)
            .Bound("R2", FluxBoundOperation.GreaterEqual, 0)
            .Strict()
            .Maximize("R2")
            .Build();

        AssertRefused(model, "reaction 'R2' lacks fbc:upperFluxBound");
    }

    [Fact]
    public void A_Strict_Model_Refuses_Crossed_Or_Impossible_Bounds()
    {
        AssertRefused(Chain().Between("R1", 3, 2).Strict().Maximize("R2").Build(), "strict fbc model does not allow");
        AssertRefused(Chain().Bound("R1", FluxBoundOperation.GreaterEqual, double.PositiveInfinity).Strict().Maximize("R2").Build(), "strict fbc model does not allow");
    }

    [Fact]
    public void A_Model_Without_Reactions_Is_Refused()
    {
        var model = Model.Model.Empty("m") with
        {
            FluxBalance = new FluxBalance([], [new FluxObjective("o", FluxObjectiveType.Maximize, [])], "o", false),
        };

        AssertRefused(model, "no reactions");
    }
}
