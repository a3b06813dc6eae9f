using Myokinetics.Numerics.LinearAlgebra;

namespace Myokinetics.Numerics.Tests;

public sealed class LuReplayTests
{
    private const int N = 40;

    // A 40×40 matrix with the structure of SparseMatrix in DenseLuTests (weak diagonal, strong
    // sub-diagonal, so rows are exchanged, and a coupling of the first and last unknowns), with its
    // values scaled by `scale` and the coupling entry set to `corner`.
    private static double[] Matrix(double scale, double corner)
    {
        var a = new double[N * N];
        for (int i = 0; i < N; i++)
        {
            a[i * N + i] = scale * (0.1 + (0.01 * i));
            if (i > 0)
            {
                a[i * N + i - 1] = scale * (3.0 + (0.001 * i));
            }

            if (i + 1 < N)
            {
                a[i * N + i + 1] = -scale;
            }
        }

        a[N - 1] = corner;
        a[(N - 1) * N] = 0.25 * scale;
        return a;
    }

    private static int[] Pattern() =>
        Enumerable.Range(0, N * N).Where(p => Matrix(1, 1)[p] != 0 && p / N != p % N).ToArray();

    private static double[] Rhs() => Enumerable.Range(0, N).Select(i => Math.Cos(i)).ToArray();

    // Factors and solves with a fresh decomposition (no recorded steps to replay).
    private static double[] Fresh(double[] a)
    {
        var lu = new DenseLu(N);
        lu.UsePattern(Pattern());
        Assert.True(lu.Factor((double[])a.Clone()));
        var b = Rhs();
        lu.Solve(b);
        return b;
    }

    [Theory]
    [InlineData(2.0, 0.5)] // the same pivots as the first matrix: the recorded steps are replayed
    [InlineData(1.0, 0.0)] // a multiplier that was non-zero is now zero
    [InlineData(-3.0, 7.0)] // other signs and sizes
    public void A_Second_Factorisation_Under_A_Pattern_Gives_The_Factors_Of_A_Fresh_One(double scale, double corner)
    {
        // Given a decomposition that has factored one matrix of the pattern
        var lu = new DenseLu(N);
        lu.UsePattern(Pattern());
        var first = Matrix(1.0, 0.5);
        Assert.True(lu.Factor(first));

        // When it clears the factors, factors another matrix of the pattern and solves
        lu.ClearFactors(first);
        var second = Matrix(scale, corner);
        Array.Copy(second, first, second.Length);
        Assert.True(lu.Factor(first));
        var b = Rhs();
        lu.Solve(b);

        // Then the solution is the one a fresh decomposition gives, to the last bit
        Assert.Equal(Fresh(second), b);
    }

    [Fact]
    public void A_Matrix_That_Needs_Other_Pivots_Or_Brings_New_Fill_In_Is_Factored_Afresh()
    {
        // Given a decomposition that has factored a matrix whose corner entry (a multiplier) is zero
        var lu = new DenseLu(N);
        lu.UsePattern(Pattern());
        var work = Matrix(1.0, 0.0);
        Assert.True(lu.Factor(work));

        // When the corner becomes non-zero (fill-in the first factorisation never marked), and then
        // the diagonal becomes strong so that no rows are exchanged at all
        foreach (var next in new[] { Matrix(1.0, 0.5), StrongDiagonal() })
        {
            lu.ClearFactors(work);
            Array.Copy(next, work, next.Length);
            Assert.True(lu.Factor(work));
            var b = Rhs();
            lu.Solve(b);

            // Then each solution is the fresh one, and solves the system
            Assert.Equal(Fresh(next), b);
            var residual = Rhs();
            for (int i = 0; i < N; i++)
            {
                for (int j = 0; j < N; j++)
                {
                    residual[i] -= next[i * N + j] * b[j];
                }
            }

            Assert.All(residual, r => Assert.True(Math.Abs(r) < 1e-10, $"residual {r}"));
        }
    }

    private static double[] StrongDiagonal()
    {
        var a = Matrix(1.0, 0.5);
        for (int i = 0; i < N; i++)
        {
            a[i * N + i] = 50;
        }

        return a;
    }

    [Fact]
    public void A_Small_Matrix_With_A_Pattern_Is_Solved_By_The_Dense_Loops_To_Rounding_Accuracy()
    {
        // Given a 10×10 tridiagonal matrix with a zero diagonal entry (so rows are exchanged), declared by its pattern
        const int n = 10;
        var a = new double[n * n];
        var pattern = new List<int>();
        for (int i = 0; i < n; i++)
        {
            a[i * n + i] = i == 3 ? 0 : 2 + i;
            if (i > 0)
            {
                a[i * n + i - 1] = 1;
                pattern.Add(i * n + i - 1);
            }

            if (i + 1 < n)
            {
                a[i * n + i + 1] = -1.5;
                pattern.Add(i * n + i + 1);
            }
        }

        var x = Enumerable.Range(0, n).Select(i => Math.Sin(i) + 2).ToArray();
        var b = new double[n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                b[i] += a[i * n + j] * x[j];
            }
        }

        // When it is factored twice (clearing in between) and solved
        var lu = new DenseLu(n);
        lu.UsePattern([.. pattern]);
        var work = (double[])a.Clone();
        Assert.True(lu.Factor(work));
        lu.ClearFactors(work);
        Assert.All(work, v => Assert.Equal(0.0, v));
        Array.Copy(a, work, a.Length);
        Assert.True(lu.Factor(work));
        lu.Solve(b);

        // Then x comes back to rounding accuracy
        for (int i = 0; i < n; i++)
        {
            Assert.Equal(x[i], b[i], 1e-13);
        }
    }
}
