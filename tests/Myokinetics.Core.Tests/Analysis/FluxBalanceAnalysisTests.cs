using Myokinetics.Core.Analysis;
using Myokinetics.Core.Math;
using Myokinetics.Core.Model;

namespace Myokinetics.Core.Tests.Analysis;

public sealed class FluxBalanceAnalysisTests
{
    private const double Tolerance = 1e-9;

    /// <summary>X → A → B → Y with X, Y boundary species and uptake R1 ≤ 10.</summary>
    private static Network Chain() => new Network()
        .Boundary("X", "Y")
        .Reaction("R1", "X -> A", reversible: false)
        .Reaction("R2", "A -> B")
        .Reaction("R3", "B -> Y", reversible: false)
        .Between("R1", 0, 10)
        .Between("R2", -1000, 1000)
        .Between("R3", 0, 1000);

    [Fact]
    public void A_Chain_Carries_Its_Uptake_Limit_To_The_Export()
    {
        var result = FluxBalanceAnalysis.Solve(Chain().Maximize("R3").Build());

        Assert.Equal(FluxBalanceStatus.Optimal, result.Status);
        Assert.Equal("obj", result.ObjectiveId);
        Assert.Equal(10, result.ObjectiveValue, Tolerance);
        Assert.All(result.Fluxes.Values, v => Assert.Equal(10, v, Tolerance));
    }

    [Fact]
    public void Minimising_The_Export_Gives_Zero_Flux()
    {
        var result = FluxBalanceAnalysis.Solve(Chain().Minimize("R3").Build());

        Assert.Equal(FluxBalanceStatus.Optimal, result.Status);
        Assert.Equal(0, result.ObjectiveValue, Tolerance);
        Assert.All(result.Fluxes.Values, v => Assert.Equal(0, v, Tolerance));
    }

    [Fact]
    public void Boundary_Species_Are_Not_Balanced_But_Others_Are()
    {
        // Given the chain, and the same chain whose source X is an ordinary species
        var open = Chain().Maximize("R3").Build();
        var closed = open with
        {
            Species = [.. open.Species.Select(s => s.Id == "X" ? s with { BoundaryCondition = false } : s)],
        };

        // Then the open chain runs at its limit and the closed one cannot run at steady state
        Assert.Equal(10, FluxBalanceAnalysis.Solve(open).ObjectiveValue, Tolerance);
        Assert.Equal(0, FluxBalanceAnalysis.Solve(closed).ObjectiveValue, Tolerance);
    }

    [Fact]
    public void Stoichiometry_Decides_Between_Competing_Routes()
    {
        // Given A → B (yield 1) and A → 2 B (yield 2) from the same uptake
        var model = new Network()
            .Boundary("X", "Y")
            .Reaction("up", "X -> A", reversible: false)
            .Reaction("poor", "A -> B", reversible: false)
            .Reaction("rich", "A -> 2 B", reversible: false)
            .Reaction("out", "B -> Y", reversible: false)
            .Between("up", 0, 10)
            .Maximize("out")
            .Build();

        var result = FluxBalanceAnalysis.Solve(model);

        // Then all uptake goes the rich way and the export doubles it
        Assert.Equal(20, result.ObjectiveValue, Tolerance);
        Assert.Equal(10, result.Fluxes["rich"], Tolerance);
        Assert.Equal(0, result.Fluxes["poor"], Tolerance);
    }

    [Fact]
    public void Bounds_That_Cannot_Be_Met_Together_Give_An_Infeasible_Result()
    {
        // Given uptake ≤ 10 and an export that must be at least 50
        var model = Chain().Bound("R3", FluxBoundOperation.GreaterEqual, 50).Maximize("R3").Build();

        var result = FluxBalanceAnalysis.Solve(model);

        Assert.Equal(FluxBalanceStatus.Infeasible, result.Status);
        Assert.True(double.IsNaN(result.ObjectiveValue));
        Assert.All(result.Fluxes.Values, v => Assert.True(double.IsNaN(v)));
        Assert.True(result.TryGetValue("obj", out var objective) && double.IsNaN(objective));
    }

    [Fact]
    public void A_Non_Strict_Model_With_Crossed_Bounds_Is_Infeasible()
    {
        var model = Chain().Between("R2", 5, 4).Maximize("R3").Build();

        Assert.Equal(FluxBalanceStatus.Infeasible, FluxBalanceAnalysis.Solve(model).Status);
    }

    [Fact]
    public void An_Unlimited_Uptake_Gives_An_Unbounded_Result()
    {
        var model = new Network()
            .Boundary("X", "Y")
            .Reaction("R1", "X -> A")
            .Reaction("R2", "A -> Y")
            .Maximize("R2")
            .Build();

        var result = FluxBalanceAnalysis.Solve(model);

        Assert.Equal(FluxBalanceStatus.Unbounded, result.Status);
        Assert.Equal(double.PositiveInfinity, result.ObjectiveValue);
        Assert.All(result.Fluxes.Values, v => Assert.True(double.IsNaN(v)));
    }

    [Fact]
    public void An_Irreversible_Reaction_Without_A_Lower_Bound_Cannot_Run_Backwards()
    {
        // Given X → A → Y with no bounds at all: minimising the flux of an irreversible chain stops at 0,
        // while the same chain made reversible runs backwards without limit
        var irreversible = new Network()
            .Boundary("X", "Y")
            .Reaction("R1", "X -> A", reversible: false)
            .Reaction("R2", "A -> Y", reversible: false)
            .Minimize("R2")
            .Build();
        var reversible = irreversible with
        {
            Reactions = [.. irreversible.Reactions.Select(r => r with { Reversible = true })],
        };

        Assert.Equal(0, FluxBalanceAnalysis.Solve(irreversible).ObjectiveValue, Tolerance);
        Assert.Equal(FluxBalanceStatus.Unbounded, FluxBalanceAnalysis.Solve(reversible).Status);
        Assert.Equal(double.NegativeInfinity, FluxBalanceAnalysis.Solve(reversible).ObjectiveValue);
    }

    [Fact]
    public void An_Explicit_Negative_Bound_Overrides_Irreversibility()
    {
        // Given an irreversible reaction bounded to [−5, −2] (as SBML Test Suite case 01625 does)
        var model = new Network()
            .Boundary("X", "Y")
            .Reaction("R1", "X -> A", reversible: false)
            .Reaction("R2", "A -> Y")
            .Between("R1", -5, -2)
            .Minimize("R2")
            .Build();

        var result = FluxBalanceAnalysis.Solve(model);

        Assert.Equal(-5, result.Fluxes["R1"], Tolerance);
        Assert.Equal(-5, result.ObjectiveValue, Tolerance);
    }

    [Fact]
    public void Several_Bounds_On_One_Reaction_All_Hold()
    {
        var model = Chain()
            .Bound("R1", FluxBoundOperation.LessEqual, 3)
            .Bound("R1", FluxBoundOperation.LessEqual, 7)
            .Maximize("R3")
            .Build();

        Assert.Equal(3, FluxBalanceAnalysis.Solve(model).ObjectiveValue, Tolerance);
    }

    [Fact]
    public void An_Equal_Bound_Fixes_The_Flux()
    {
        var model = Chain().Bound("R2", FluxBoundOperation.Equal, 4).Maximize("R3").Build();

        var result = FluxBalanceAnalysis.Solve(model);

        Assert.Equal(4, result.Fluxes["R1"], Tolerance);
        Assert.Equal(4, result.ObjectiveValue, Tolerance);
    }

    [Fact]
    public void Parameter_Bounds_Take_The_Value_An_Initial_Assignment_Gives()
    {
        // Given fbc version 2 bounds by parameter, with the upper one declared 1 and reassigned to 7
        var model = new Network()
            .Boundary("X", "Y")
            .Reaction("R1", "X -> A", reversible: false)
            .Reaction("R2", "A -> Y", reversible: false)
            .Parameter("zero", 0)
            .Parameter("ub", 1)
            .Parameter("big", 1000)
            .InitialAssignment("ub", 7)
            .BoundBy("R1", FluxBoundOperation.GreaterEqual, "zero")
            .BoundBy("R1", FluxBoundOperation.LessEqual, "ub")
            .BoundBy("R2", FluxBoundOperation.GreaterEqual, "zero")
            .BoundBy("R2", FluxBoundOperation.LessEqual, "big")
            .Strict()
            .Maximize("R2")
            .Build();

        Assert.Equal(7, FluxBalanceAnalysis.Solve(model).ObjectiveValue, Tolerance);
    }

    [Fact]
    public void A_Stoichiometry_Set_By_An_Initial_Assignment_Is_Used()
    {
        // Given A → {s} B where the species reference s has no value but an initial assignment of 3
        var model = Chain()
            .Replace("R2", r => r with { Products = [new SpeciesReference("B", null, Constant: true, "s")] })
            .InitialAssignment("s", 3)
            .Maximize("R3")
            .Build();

        Assert.Equal(30, FluxBalanceAnalysis.Solve(model).ObjectiveValue, Tolerance);
    }

    [Fact]
    public void Negative_Stoichiometries_Reverse_The_Roles_Of_Reactants_And_Products()
    {
        // Given R2 written as −1 B → −1 A, which means A → B
        var model = Chain()
            .Replace("R2", r => r with
            {
                Reactants = [new SpeciesReference("B", -1, Constant: true)],
                Products = [new SpeciesReference("A", -1, Constant: true)],
            })
            .Maximize("R3")
            .Build();

        var result = FluxBalanceAnalysis.Solve(model);

        Assert.Equal(10, result.ObjectiveValue, Tolerance);
        Assert.Equal(10, result.Fluxes["R2"], Tolerance);
    }

    [Fact]
    public void The_Active_Objective_Is_Optimised_And_Every_Objective_Is_Reported()
    {
        // Given two objectives on the chain: minimise R3 and maximise 0.5·R3 + 0.5·R3 (active)
        var model = Chain()
            .Objective("low", FluxObjectiveType.Minimize, ("R3", 1))
            .Objective("high", FluxObjectiveType.Maximize, ("R3", 0.5), ("R3", 0.5))
            .Active("high")
            .Build();

        var active = FluxBalanceAnalysis.Solve(model);
        var chosen = FluxBalanceAnalysis.Solve(model, "low");

        Assert.Equal("high", active.ObjectiveId);
        Assert.Equal(10, active.ObjectiveValue, Tolerance);
        Assert.Equal(10, active.ObjectiveValues["low"], Tolerance);
        Assert.True(active.TryGetValue("high", out var high));
        Assert.Equal(10, high, Tolerance);
        Assert.True(active.TryGetValue("R1", out var r1));
        Assert.Equal(10, r1, Tolerance);
        Assert.False(active.TryGetValue("nothing", out _));
        Assert.Equal("low", chosen.ObjectiveId);
        Assert.Equal(0, chosen.ObjectiveValue, Tolerance);
    }

    [Fact]
    public void The_Only_Objective_Is_Used_When_None_Is_Active()
    {
        var model = Chain().Objective("only", FluxObjectiveType.Maximize, ("R3", 2)).Build();

        var result = FluxBalanceAnalysis.Solve(model);

        Assert.Equal("only", result.ObjectiveId);
        Assert.Equal(20, result.ObjectiveValue, Tolerance);
    }

    [Fact]
    public void Solving_Twice_Gives_Identical_Fluxes()
    {
        // Given a network with many optimal flux distributions (two parallel routes)
        var model = Chain().Reaction("R2b", "A -> B").Maximize("R3").Build();

        var first = FluxBalanceAnalysis.Solve(model);
        var second = FluxBalanceAnalysis.Solve(model);

        foreach (var (id, value) in first.Fluxes)
        {
            Assert.Equal(BitConverter.DoubleToInt64Bits(value), BitConverter.DoubleToInt64Bits(second.Fluxes[id]));
        }
    }

    [Fact]
    public void Species_Outside_Every_Reaction_Add_No_Constraint()
    {
        var model = Chain().Maximize("R3").Build();
        var withIdle = model with
        {
            Species = [.. model.Species, new Species("idle", "cell", 1, null, null, false, false, false, null)],
            InitialAssignments = [new InitialAssignment("idle", new NumberNode(2))],
        };

        Assert.Equal(10, FluxBalanceAnalysis.Solve(withIdle).ObjectiveValue, Tolerance);
    }
}
