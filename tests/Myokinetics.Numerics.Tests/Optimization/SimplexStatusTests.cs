using Myokinetics.Numerics.Optimization;

namespace Myokinetics.Numerics.Tests.Optimization;

public sealed class SimplexStatusTests
{
    [Fact]
    public void Contradictory_Rows_Are_Reported_Infeasible()
    {
        // Given x + y ≤ 1 and x + y ≥ 2
        var program = Lp.Create(OptimizationSense.Maximize, 1, 1)
            .LessEqual(1, 1, 1)
            .GreaterEqual(2, 1, 1);

        var result = SimplexSolver.Solve(program);

        // Then the status says infeasible and no numbers pretend otherwise
        Assert.Equal(LinearProgramStatus.Infeasible, result.Status);
        Assert.True(double.IsNaN(result.ObjectiveValue));
        Assert.All(result.Solution, v => Assert.True(double.IsNaN(v)));
    }

    [Fact]
    public void Crossed_Variable_Bounds_Are_Reported_Infeasible()
    {
        var program = Lp.Create(OptimizationSense.Minimize, 1).Bounds(0, 2, 1);

        Assert.Equal(LinearProgramStatus.Infeasible, SimplexSolver.Solve(program).Status);
    }

    [Fact]
    public void A_Flux_Chain_Whose_Demand_Exceeds_Its_Supply_Is_Infeasible()
    {
        // Given v1 → v2 with S·v = 0 (v1 = v2), v1 ≤ 1 and v2 ≥ 2
        var program = Lp.Create(OptimizationSense.Maximize, 0, 1)
            .Equal(0, 1, -1)
            .Bounds(0, 0, 1)
            .Bounds(1, 2, 1000);

        Assert.Equal(LinearProgramStatus.Infeasible, SimplexSolver.Solve(program).Status);
    }

    [Fact]
    public void An_Open_Direction_Is_Reported_Unbounded_With_Infinite_Objective()
    {
        // Given max x + y with x − y ≤ 1 only
        var program = Lp.Create(OptimizationSense.Maximize, 1, 1).LessEqual(1, 1, -1);

        var result = SimplexSolver.Solve(program);

        Assert.Equal(LinearProgramStatus.Unbounded, result.Status);
        Assert.Equal(double.PositiveInfinity, result.ObjectiveValue);
        Lp.AssertFeasible(program, result.Solution);
    }

    [Fact]
    public void Minimising_A_Free_Variable_Without_Rows_Is_Unbounded_Below()
    {
        var program = Lp.Create(OptimizationSense.Minimize, 1).Bounds(0, double.NegativeInfinity, Lp.Inf);

        var result = SimplexSolver.Solve(program);

        Assert.Equal(LinearProgramStatus.Unbounded, result.Status);
        Assert.Equal(double.NegativeInfinity, result.ObjectiveValue);
    }

    [Fact]
    public void An_Unbounded_Feasible_Region_With_A_Bounded_Objective_Is_Optimal()
    {
        // Given min x + y over x, y ≥ 0 with x − y ≤ 1: the region is unbounded, the objective is not
        var program = Lp.Create(OptimizationSense.Minimize, 1, 1).LessEqual(1, 1, -1).GreaterEqual(2, 1, 1);

        var result = SimplexSolver.Solve(program);

        Assert.Equal(LinearProgramStatus.Optimal, result.Status);
        Assert.Equal(2, result.ObjectiveValue, 1e-12);
    }

    [Fact]
    public void Too_Few_Iterations_Are_Reported_As_The_Iteration_Limit()
    {
        // Given the Wyndor problem (three pivots needed) and a limit of one
        var program = Lp.Create(OptimizationSense.Maximize, 3, 5)
            .LessEqual(4, 1, 0)
            .LessEqual(12, 0, 2)
            .LessEqual(18, 3, 2);

        var result = SimplexSolver.Solve(program, new SimplexOptions(MaxIterations: 1));

        Assert.Equal(LinearProgramStatus.IterationLimit, result.Status);
        Assert.Equal(1, result.Iterations);
    }
}
