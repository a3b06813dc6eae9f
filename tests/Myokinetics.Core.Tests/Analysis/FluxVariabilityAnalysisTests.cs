using Myokinetics.Core.Analysis;
using Myokinetics.Core.Diagnostics;
using Myokinetics.Core.Model;

namespace Myokinetics.Core.Tests.Analysis;

public sealed class FluxVariabilityAnalysisTests
{
    private const double Tolerance = 1e-6;

    /// <summary>X → A, then A → B by two parallel routes, then B → Y; uptake ≤ 10.</summary>
    private static Network Parallel() => new Network()
        .Boundary("X", "Y")
        .Reaction("up", "X -> A", reversible: false)
        .Reaction("left", "A -> B", reversible: false)
        .Reaction("right", "A -> B", reversible: false)
        .Reaction("out", "B -> Y", reversible: false)
        .Between("up", 0, 10)
        .Maximize("out");

    [Fact]
    public void Parallel_Routes_Share_The_Optimum_In_Any_Proportion()
    {
        var result = FluxVariabilityAnalysis.Solve(Parallel().Build());

        // Then the shared reactions are pinned at 10 and each route ranges over [0, 10]
        Assert.Equal(FluxBalanceStatus.Optimal, result.Status);
        Assert.Equal(10, result.ObjectiveValue, Tolerance);
        Assert.Equal(10, result.Ranges["up"].Minimum, Tolerance);
        Assert.Equal(10, result.Ranges["out"].Maximum, Tolerance);
        Assert.Equal(0, result.Ranges["left"].Minimum, Tolerance);
        Assert.Equal(10, result.Ranges["left"].Maximum, Tolerance);
        Assert.Equal(10, result.Ranges["right"].Width, Tolerance);
    }

    [Fact]
    public void Only_The_Requested_Reactions_Are_Ranged()
    {
        var result = FluxVariabilityAnalysis.Solve(Parallel().Build(), ["left"]);

        Assert.Equal(["left"], result.Ranges.Keys);
    }

    [Fact]
    public void An_Unlimited_Reaction_Cycle_Has_An_Infinite_Range()
    {
        // Given a reversible B → A without bounds: with the unbounded route A → B it forms a futile
        // cycle (any forward flux), while running it backwards replaces the routes (at most 10)
        var model = Parallel().Reaction("back", "B -> A").Build();

        var result = FluxVariabilityAnalysis.Solve(model, ["back"]);

        Assert.Equal(-10, result.Ranges["back"].Minimum, Tolerance);
        Assert.Equal(double.PositiveInfinity, result.Ranges["back"].Maximum);
    }

    [Fact]
    public void An_Infeasible_Model_Has_No_Ranges()
    {
        var model = Parallel().Bound("out", FluxBoundOperation.GreaterEqual, 20).Build();

        var result = FluxVariabilityAnalysis.Solve(model, ["left"]);

        Assert.Equal(FluxBalanceStatus.Infeasible, result.Status);
        Assert.True(double.IsNaN(result.Ranges["left"].Minimum));
    }

    [Fact]
    public void An_Unknown_Reaction_Is_Refused()
    {
        Assert.Throws<ModelValidationException>(() => FluxVariabilityAnalysis.Solve(Parallel().Build(), ["nope"]));
    }
}
