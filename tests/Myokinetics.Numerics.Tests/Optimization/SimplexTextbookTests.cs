using Myokinetics.Numerics.Optimization;

namespace Myokinetics.Numerics.Tests.Optimization;

public sealed class SimplexTextbookTests
{
    [Fact]
    public void Wyndor_Glass_Problem_Reaches_Its_Known_Optimum()
    {
        // Given Hillier & Lieberman's Wyndor Glass problem: max 3x + 5y, x ≤ 4, 2y ≤ 12, 3x + 2y ≤ 18
        var program = Lp.Create(OptimizationSense.Maximize, 3, 5)
            .LessEqual(4, 1, 0)
            .LessEqual(12, 0, 2)
            .LessEqual(18, 3, 2);

        // When it is solved
        var result = SimplexSolver.Solve(program);

        // Then the optimum is z = 36 at (2, 6)
        Assert.Equal(LinearProgramStatus.Optimal, result.Status);
        Assert.Equal(36, result.ObjectiveValue, 1e-9);
        Assert.Equal(2, result.Solution[0], 1e-9);
        Assert.Equal(6, result.Solution[1], 1e-9);
    }

    [Fact]
    public void Chvatal_Example_With_Three_Variables_Reaches_Thirteen()
    {
        // Chvátal, Linear Programming (1983), ch. 2: max 5x1 + 4x2 + 3x3 → z = 13 at (2, 0, 1)
        var program = Lp.Create(OptimizationSense.Maximize, 5, 4, 3)
            .LessEqual(5, 2, 3, 1)
            .LessEqual(11, 4, 1, 2)
            .LessEqual(8, 3, 4, 2);

        var result = SimplexSolver.Solve(program);

        Assert.Equal(LinearProgramStatus.Optimal, result.Status);
        Assert.Equal(13, result.ObjectiveValue, 1e-9);
        Assert.Equal(2, result.Solution[0], 1e-9);
        Assert.Equal(0, result.Solution[1], 1e-9);
        Assert.Equal(1, result.Solution[2], 1e-9);
    }

    [Fact]
    public void A_Covering_Problem_Is_Minimised_From_An_Infeasible_Start()
    {
        // Given min 2x + 3y with x + y ≥ 4 and x + 3y ≥ 6 (the origin violates both rows)
        var program = Lp.Create(OptimizationSense.Minimize, 2, 3)
            .GreaterEqual(4, 1, 1)
            .GreaterEqual(6, 1, 3);

        var result = SimplexSolver.Solve(program);

        // Then the optimum is the vertex (3, 1) with z = 9
        Assert.Equal(LinearProgramStatus.Optimal, result.Status);
        Assert.Equal(9, result.ObjectiveValue, 1e-9);
        Assert.Equal(3, result.Solution[0], 1e-9);
        Assert.Equal(1, result.Solution[1], 1e-9);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(6)]
    [InlineData(8)]
    public void Klee_Minty_Cube_Is_Solved_To_Five_To_The_N(int n)
    {
        // Given the Klee–Minty cube: max Σ 2^(n−j) x_j, Σ_{j<i} 2^(i−j+1) x_j + x_i ≤ 5^i
        var objective = new double[n];
        for (int j = 0; j < n; j++)
        {
            objective[j] = Math.Pow(2, n - 1 - j);
        }

        var program = Lp.Create(OptimizationSense.Maximize, objective);
        for (int i = 0; i < n; i++)
        {
            var row = new double[n];
            for (int j = 0; j < i; j++)
            {
                row[j] = Math.Pow(2, i - j + 1);
            }

            row[i] = 1;
            program.LessEqual(Math.Pow(5, i + 1), row);
        }

        var result = SimplexSolver.Solve(program);

        // Then the optimum 5^n is at (0, …, 0, 5^n)
        Assert.Equal(LinearProgramStatus.Optimal, result.Status);
        Assert.Equal(Math.Pow(5, n), result.ObjectiveValue, 1e-9 * Math.Pow(5, n));
        Assert.Equal(Math.Pow(5, n), result.Solution[n - 1], 1e-9 * Math.Pow(5, n));
        for (int j = 0; j < n - 1; j++)
        {
            Assert.Equal(0, result.Solution[j], 1e-9);
        }
    }

    [Fact]
    public void Transportation_Problem_Matches_Its_Hand_Computed_Cost()
    {
        // Given two plants (supply 20, 30) and three markets (demand 10, 25, 15) with unit costs
        // [[8, 6, 10], [9, 12, 13]]: variables x_pm in row-major order
        var program = Lp.Create(OptimizationSense.Minimize, 8, 6, 10, 9, 12, 13)
            .LessEqual(20, 1, 1, 1, 0, 0, 0)
            .LessEqual(30, 0, 0, 0, 1, 1, 1)
            .Equal(10, 1, 0, 0, 1, 0, 0)
            .Equal(25, 0, 1, 0, 0, 1, 0)
            .Equal(15, 0, 0, 1, 0, 0, 1);

        var result = SimplexSolver.Solve(program);

        // Then the least cost is 465: plant 1 sends 20 to market 2; plant 2 sends 10, 5, 15
        // (reduced costs of the other routes are non-negative, so this basis is optimal)
        Assert.Equal(LinearProgramStatus.Optimal, result.Status);
        Assert.Equal(465, result.ObjectiveValue, 1e-9);
        Lp.AssertFeasible(program, result.Solution);
    }
}
