using Myokinetics.Numerics.Optimization;

namespace Myokinetics.Numerics.Tests.Optimization;

public sealed class SimplexBoundsTests
{
    private const double NegInf = double.NegativeInfinity;

    [Fact]
    public void Equalities_Alone_Determine_A_Unique_Point()
    {
        // Given free x, y with x + y = 3 and x − y = 1
        var program = Lp.Create(OptimizationSense.Maximize, 1, 1)
            .Equal(3, 1, 1)
            .Equal(1, 1, -1)
            .Bounds(0, NegInf, Lp.Inf)
            .Bounds(1, NegInf, Lp.Inf);

        var result = SimplexSolver.Solve(program);

        Assert.Equal(LinearProgramStatus.Optimal, result.Status);
        Assert.Equal(2, result.Solution[0], 1e-12);
        Assert.Equal(1, result.Solution[1], 1e-12);
    }

    [Fact]
    public void A_Steady_State_Chain_Carries_Its_Uptake_Limit_Through()
    {
        // Given the network → A → B → with uptake v1 ≤ 10, a reversible middle step and S·v = 0
        // (rows: A: v1 − v2 = 0; B: v2 − v3 = 0); maximise the export v3
        var program = Lp.Create(OptimizationSense.Maximize, 0, 0, 1)
            .Equal(0, 1, -1, 0)
            .Equal(0, 0, 1, -1)
            .Bounds(0, 0, 10)
            .Bounds(1, -1000, 1000)
            .Bounds(2, 0, Lp.Inf);

        var result = SimplexSolver.Solve(program);

        Assert.Equal(LinearProgramStatus.Optimal, result.Status);
        Assert.Equal(10, result.ObjectiveValue, 1e-12);
        Assert.All(result.Solution, v => Assert.Equal(10, v, 1e-12));
    }

    [Fact]
    public void Free_Variables_Model_An_Absolute_Value()
    {
        // Given min t with t ≥ x − 3 and t ≥ 3 − x, x and t free, and x ≤ 1 as a row
        // (t is the distance |x − 3| when x ≤ 1, smallest at x = 1)
        var program = Lp.Create(OptimizationSense.Minimize, 0, 1)
            .GreaterEqual(-3, -1, 1)
            .GreaterEqual(3, 1, 1)
            .LessEqual(1, 1, 0)
            .Bounds(0, NegInf, Lp.Inf)
            .Bounds(1, NegInf, Lp.Inf);

        var result = SimplexSolver.Solve(program);

        Assert.Equal(LinearProgramStatus.Optimal, result.Status);
        Assert.Equal(1, result.Solution[0], 1e-12);
        Assert.Equal(2, result.ObjectiveValue, 1e-12);
    }

    [Fact]
    public void A_Free_Variable_Limited_By_A_Row_Reaches_A_Negative_Optimum()
    {
        var program = Lp.Create(OptimizationSense.Minimize, 1)
            .GreaterEqual(-5, 1)
            .Bounds(0, NegInf, Lp.Inf);

        var result = SimplexSolver.Solve(program);

        Assert.Equal(LinearProgramStatus.Optimal, result.Status);
        Assert.Equal(-5, result.Solution[0], 1e-12);
    }

    [Fact]
    public void Only_Upper_Bounded_Variables_Reach_Their_Upper_Bound_Or_Run_Away()
    {
        // Given x in (−∞, 4]
        var maximise = Lp.Create(OptimizationSense.Maximize, 1).Bounds(0, NegInf, 4);
        var minimise = Lp.Create(OptimizationSense.Minimize, 1).Bounds(0, NegInf, 4);

        var up = SimplexSolver.Solve(maximise);
        var down = SimplexSolver.Solve(minimise);

        Assert.Equal(LinearProgramStatus.Optimal, up.Status);
        Assert.Equal(4, up.Solution[0]);
        Assert.Equal(LinearProgramStatus.Unbounded, down.Status);
        Assert.Equal(double.NegativeInfinity, down.ObjectiveValue);
    }

    [Fact]
    public void Bounds_Without_Rows_Are_Reached_By_Bound_Flips()
    {
        // Given max 2a − b + 0c with a ∈ [−1, 3], b ∈ [−2, 5], c ∈ [1, 1]
        var program = Lp.Create(OptimizationSense.Maximize, 2, -1, 0)
            .Bounds(0, -1, 3)
            .Bounds(1, -2, 5)
            .Bounds(2, 1, 1);

        var result = SimplexSolver.Solve(program);

        Assert.Equal(LinearProgramStatus.Optimal, result.Status);
        Assert.Equal(8, result.ObjectiveValue, 1e-12);
        Assert.Equal([3.0, -2.0, 1.0], result.Solution.ToArray());
    }

    [Fact]
    public void Ranged_Rows_Hold_At_Both_Ends()
    {
        // Given 1 ≤ x + y ≤ 2 with x, y ≥ 0: max x reaches 2, min x + 2y reaches 1
        var maximise = Lp.Create(OptimizationSense.Maximize, 1, 0);
        maximise.AddConstraint([1, 1], 1, 2);
        var minimise = Lp.Create(OptimizationSense.Minimize, 1, 2);
        minimise.AddConstraint([1, 1], 1, 2);

        Assert.Equal(2, SimplexSolver.Solve(maximise).ObjectiveValue, 1e-12);
        Assert.Equal(1, SimplexSolver.Solve(minimise).ObjectiveValue, 1e-12);
    }
}
