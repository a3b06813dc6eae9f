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

    [Fact]
    public void A_Random_Stoichiometric_Network_Gives_The_Same_Optimum_Under_Both_Rules()
    {
        // Given a flux-balance-like program: 80 balanced metabolites (S·v = 0), 120 reactions with 1–3
        // reactants and products, a third of them reversible (±1000), the others in [0, 1000], 10
        // exchange rows that may take up at most 10, and the last reaction as the objective
        var random = new Random(5);
        const int metabolites = 80;
        const int reactions = 120;
        var program = new LinearProgram(reactions) { Sense = OptimizationSense.Maximize };
        var s = new double[metabolites, reactions];
        for (int j = 0; j < reactions; j++)
        {
            int k = random.Next(1, 4);
            for (int t = 0; t < k; t++)
            {
                s[random.Next(metabolites), j] -= random.Next(1, 3);
                s[random.Next(metabolites), j] += random.Next(1, 3);
            }

            program.SetBounds(j, random.Next(3) == 0 ? -1000 : 0, 1000);
        }

        for (int i = 0; i < metabolites; i++)
        {
            var row = new double[reactions];
            for (int j = 0; j < reactions; j++)
            {
                row[j] = s[i, j];
            }

            program.AddConstraint(row, i < 10 ? -10 : 0, i < 10 ? 1000 : 0);
        }

        program.SetObjectiveCoefficient(reactions - 1, 1);

        // When it is solved with the default rules and with Bland's rule throughout
        var dantzig = SimplexSolver.Solve(program);
        var bland = SimplexSolver.Solve(program, new SimplexOptions(DegenerateStepsBeforeBland: 0));

        // Then both reach the same optimum at points that satisfy every row and bound
        Assert.Equal(LinearProgramStatus.Optimal, dantzig.Status);
        Assert.Equal(LinearProgramStatus.Optimal, bland.Status);
        Assert.True(dantzig.ObjectiveValue > 1, $"a trivial optimum {dantzig.ObjectiveValue}");
        Assert.Equal(dantzig.ObjectiveValue, bland.ObjectiveValue, 1e-7);
        Lp.AssertFeasible(program, dantzig.Solution, 1e-7);
        Lp.AssertFeasible(program, bland.Solution, 1e-7);
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
