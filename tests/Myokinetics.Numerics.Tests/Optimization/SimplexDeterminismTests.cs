using Myokinetics.Numerics.Optimization;

namespace Myokinetics.Numerics.Tests.Optimization;

public sealed class SimplexDeterminismTests
{
    [Fact]
    public async Task The_Same_Program_Gives_The_Same_Bits_Every_Time()
    {
        // Given a random 30 × 40 program with many optimal vertices likely (small integer costs)
        var program = RandomProgram(new Random(7), rows: 30, variables: 40);

        // When it is solved three times, once on another thread
        var first = SimplexSolver.Solve(program);
        var second = SimplexSolver.Solve(program);
        var third = await Task.Run(() => SimplexSolver.Solve(program));

        // Then status, iteration count, objective and every solution value are bit-identical
        Assert.Equal(LinearProgramStatus.Optimal, first.Status);
        foreach (var other in new[] { second, third })
        {
            Assert.Equal(first.Status, other.Status);
            Assert.Equal(first.Iterations, other.Iterations);
            Assert.Equal(BitConverter.DoubleToInt64Bits(first.ObjectiveValue), BitConverter.DoubleToInt64Bits(other.ObjectiveValue));
            Assert.Equal(first.Solution.Select(BitConverter.DoubleToInt64Bits), other.Solution.Select(BitConverter.DoubleToInt64Bits));
        }
    }

    [Fact]
    public void A_Random_Program_Solution_Is_Feasible_And_Not_Beaten_By_Feasible_Samples()
    {
        // Given a random bounded program and a crowd of feasible points built as convex combinations of
        // the solutions of the same program with other objectives
        var random = new Random(99);
        var program = RandomProgram(random, rows: 20, variables: 25);
        var result = SimplexSolver.Solve(program);
        Assert.Equal(LinearProgramStatus.Optimal, result.Status);
        Lp.AssertFeasible(program, result.Solution, 1e-8);

        var vertices = new List<double[]>();
        for (int k = 0; k < 10; k++)
        {
            var other = RandomProgram(new Random(99), rows: 20, variables: 25);
            for (int j = 0; j < other.VariableCount; j++)
            {
                other.SetObjectiveCoefficient(j, random.NextDouble() - 0.5);
            }

            var solved = SimplexSolver.Solve(other);
            Assert.Equal(LinearProgramStatus.Optimal, solved.Status);
            vertices.Add(solved.Solution.ToArray());
        }

        // Then no vertex and no mixture of vertices has a better objective
        for (int trial = 0; trial < 200; trial++)
        {
            var weights = vertices.Select(_ => random.NextDouble()).ToArray();
            double total = weights.Sum();
            double value = 0;
            for (int j = 0; j < program.VariableCount; j++)
            {
                double xj = 0;
                for (int k = 0; k < vertices.Count; k++)
                {
                    xj += weights[k] / total * vertices[k][j];
                }

                value += program.ObjectiveCoefficient(j) * xj;
            }

            Assert.True(value <= result.ObjectiveValue + 1e-8, $"a feasible point reaches {value} > {result.ObjectiveValue}");
        }
    }

    private static LinearProgram RandomProgram(Random random, int rows, int variables)
    {
        var program = new LinearProgram(variables) { Sense = OptimizationSense.Maximize };
        for (int j = 0; j < variables; j++)
        {
            program.SetObjectiveCoefficient(j, random.Next(1, 4));
            program.SetBounds(j, 0, random.Next(5, 20));
        }

        for (int i = 0; i < rows; i++)
        {
            var row = new double[variables];
            for (int j = 0; j < variables; j++)
            {
                row[j] = random.Next(0, 10) < 4 ? random.Next(1, 6) : 0;
            }

            program.AddConstraint(row, double.NegativeInfinity, random.Next(20, 60));
        }

        return program;
    }
}
