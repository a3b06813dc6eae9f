using Myokinetics.Numerics.Optimization;

namespace Myokinetics.Numerics.Tests.Optimization;

public sealed class SimplexDegeneracyTests
{
    /// <summary>Beale (1955): the textbook simplex with the largest-coefficient rule and lowest-index
    /// ties cycles on this problem; its optimum is −1/20 at x = (1/25, 0, 1, 0).</summary>
    private static LinearProgram Beale() =>
        Lp.Create(OptimizationSense.Minimize, -0.75, 150, -0.02, 6)
            .LessEqual(0, 0.25, -60, -0.04, 9)
            .LessEqual(0, 0.5, -90, -0.02, 3)
            .LessEqual(1, 0, 0, 1, 0);

    [Theory]
    [InlineData(50)]
    [InlineData(0)]
    [InlineData(1_000_000)]
    public void Beales_Cycling_Example_Terminates_At_Its_Optimum(int degenerateStepsBeforeBland)
    {
        // Given Beale's cycling example, with Bland's rule from the start, after 50 degenerate steps,
        // or (in effect) never
        var options = new SimplexOptions(DegenerateStepsBeforeBland: degenerateStepsBeforeBland);

        // When it is solved
        var result = SimplexSolver.Solve(Beale(), options);

        // Then it stops at the optimum
        Assert.Equal(LinearProgramStatus.Optimal, result.Status);
        Assert.Equal(-0.05, result.ObjectiveValue, 1e-12);
        Assert.Equal(0.04, result.Solution[0], 1e-12);
        Assert.Equal(0, result.Solution[1], 1e-12);
        Assert.Equal(1, result.Solution[2], 1e-12);
        Assert.Equal(0, result.Solution[3], 1e-12);
    }

    [Fact]
    public void Many_Constraints_Through_One_Vertex_Do_Not_Stall_The_Method()
    {
        // Given max x1 + x2 + x3 where x1 ≤ x2 ≤ x3 ≤ x1 (all tight at the origin) and the sum ≤ 3
        var program = Lp.Create(OptimizationSense.Maximize, 1, 1, 1)
            .LessEqual(0, 1, -1, 0)
            .LessEqual(0, 0, 1, -1)
            .LessEqual(0, -1, 0, 1)
            .LessEqual(0, 2, -1, -1)
            .LessEqual(3, 1, 1, 1);

        var result = SimplexSolver.Solve(program);

        // Then the optimum (1, 1, 1) is found
        Assert.Equal(LinearProgramStatus.Optimal, result.Status);
        Assert.Equal(3, result.ObjectiveValue, 1e-9);
        for (int j = 0; j < 3; j++)
        {
            Assert.Equal(1, result.Solution[j], 1e-9);
        }
    }

    [Fact]
    public void Redundant_Equalities_Leave_A_Harmless_Artificial_In_The_Basis()
    {
        // Given x + y = 2 stated three times (twice scaled) and x ≤ 1.5: the rows have rank 1
        var program = Lp.Create(OptimizationSense.Maximize, 1, 0)
            .Equal(2, 1, 1)
            .Equal(4, 2, 2)
            .Equal(-6, -3, -3)
            .Bounds(0, 0, 1.5);

        var result = SimplexSolver.Solve(program);

        Assert.Equal(LinearProgramStatus.Optimal, result.Status);
        Assert.Equal(1.5, result.Solution[0], 1e-12);
        Assert.Equal(0.5, result.Solution[1], 1e-12);
    }

    [Fact]
    public void Bland_Only_And_Dantzig_Pricing_Agree_On_Random_Degenerate_Programs()
    {
        // Given random programs whose rows all pass through a common feasible point x0 with zero slack
        // for half of them (a degenerate vertex region), solved with both pricing rules
        var random = new Random(2024);
        for (int trial = 0; trial < 20; trial++)
        {
            var program = RandomDegenerate(random, variables: 8, rows: 12);
            var dantzig = SimplexSolver.Solve(program);
            var bland = SimplexSolver.Solve(program, new SimplexOptions(DegenerateStepsBeforeBland: 0));

            // Then both are optimal with the same objective value and feasible solutions
            Assert.Equal(LinearProgramStatus.Optimal, dantzig.Status);
            Assert.Equal(LinearProgramStatus.Optimal, bland.Status);
            Assert.Equal(dantzig.ObjectiveValue, bland.ObjectiveValue, 1e-8);
            Lp.AssertFeasible(program, dantzig.Solution, 1e-8);
            Lp.AssertFeasible(program, bland.Solution, 1e-8);
        }
    }

    private static LinearProgram RandomDegenerate(Random random, int variables, int rows)
    {
        var objective = new double[variables];
        for (int j = 0; j < variables; j++)
        {
            objective[j] = random.Next(-5, 6);
        }

        var program = Lp.Create(OptimizationSense.Maximize, objective);
        var x0 = new double[variables];
        for (int j = 0; j < variables; j++)
        {
            x0[j] = random.Next(0, 3);
            program.SetBounds(j, 0, 10);
        }

        for (int i = 0; i < rows; i++)
        {
            var row = new double[variables];
            double activity = 0;
            for (int j = 0; j < variables; j++)
            {
                row[j] = random.Next(-3, 4);
                activity += row[j] * x0[j];
            }

            program.LessEqual(i % 2 == 0 ? activity : activity + random.Next(0, 3), row);
        }

        return program;
    }
}
