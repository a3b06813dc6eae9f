using Myokinetics.Numerics.LinearAlgebra;

namespace Myokinetics.Numerics.Tests;

public sealed class DenseLuTests
{
    [Fact]
    public void Solves_A_Random_System_To_Rounding_Accuracy()
    {
        // Given a well-conditioned random 12×12 system A·x = b with a known x
        const int n = 12;
        var random = new Random(12345);
        var a = new double[n * n];
        for (int i = 0; i < n * n; i++)
        {
            a[i] = random.NextDouble() - 0.5;
        }

        for (int i = 0; i < n; i++)
        {
            a[i * n + i] += 4;
        }

        var x = new double[n];
        for (int i = 0; i < n; i++)
        {
            x[i] = i - 5.5;
        }

        var b = new double[n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                b[i] += a[i * n + j] * x[j];
            }
        }

        // When it is factored and solved
        var lu = new DenseLu(n);
        Assert.True(lu.Factor(a));
        lu.Solve(b);

        // Then x comes back to rounding accuracy
        for (int i = 0; i < n; i++)
        {
            Assert.Equal(x[i], b[i], 1e-12);
        }

        Assert.Equal(-1, lu.SingularPivot);
    }

    [Fact]
    public void Pivots_When_A_Leading_Entry_Is_Zero()
    {
        // [[0, 2, 1], [1, 1, 0], [3, 0, 1]] · (1, 2, 3) = (7, 3, 6): no factorisation without row exchanges.
        double[] a = [0, 2, 1, 1, 1, 0, 3, 0, 1];
        double[] b = [7, 3, 6];
        var lu = new DenseLu(3);

        Assert.True(lu.Factor(a));
        lu.Solve(b);

        Assert.Equal(1, b[0], 1e-14);
        Assert.Equal(2, b[1], 1e-14);
        Assert.Equal(3, b[2], 1e-14);
    }

    [Fact]
    public void Reports_The_Column_Of_A_Zero_Pivot_For_A_Singular_Matrix()
    {
        // The second column is twice the first: after eliminating column 0 the whole of column 1 is zero.
        double[] a = [1, 2, 3, 2, 4, 1, 1, 2, 5];
        var lu = new DenseLu(3);

        Assert.False(lu.Factor(a));
        Assert.Equal(1, lu.SingularPivot);
        Assert.False(lu.IsFactored);
        Assert.Throws<InvalidOperationException>(() => lu.Solve(new double[3]));
    }

    [Fact]
    public void Reports_A_Non_Finite_Matrix_As_Singular()
    {
        double[] a = [1, 0, 0, double.NaN];
        var lu = new DenseLu(2);

        Assert.False(lu.Factor(a));
        Assert.Equal(1, lu.SingularPivot);
    }

    [Fact]
    public void Rejects_Arrays_Of_The_Wrong_Size()
    {
        var lu = new DenseLu(2);

        Assert.Throws<ArgumentException>(() => lu.Factor(new double[3]));
        Assert.True(lu.Factor([2, 0, 0, 2]));
        Assert.Throws<ArgumentException>(() => lu.Solve(new double[3]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new DenseLu(0));
    }

    [Fact]
    public void Factoring_And_Solving_Allocate_Nothing()
    {
        const int n = 6;
        var lu = new DenseLu(n);
        var a = new double[n * n];
        var b = new double[n];
        Fill(a, b, n);
        lu.Factor(a);
        lu.Solve(b);

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int k = 0; k < 100; k++)
        {
            Fill(a, b, n);
            lu.Factor(a);
            lu.Solve(b);
        }

        Assert.Equal(before, GC.GetAllocatedBytesForCurrentThread());
    }

    [Fact]
    public void Solves_A_Sparse_System_That_Needs_Pivoting_And_Visits_Only_The_Non_Zeros_Of_Its_Factors()
    {
        // Given a 40×40 system with a weak diagonal, one strong sub-diagonal (so rows are exchanged)
        // and a coupling of the first and last unknowns, with a known solution x_i = sin(i) + 2
        const int n = 40;
        var a = new double[n * n];
        for (int i = 0; i < n; i++)
        {
            a[i * n + i] = 0.1 + (0.01 * i);
            if (i > 0)
            {
                a[i * n + i - 1] = 3.0;
            }

            if (i + 1 < n)
            {
                a[i * n + i + 1] = -1.0;
            }
        }

        a[n - 1] = 0.5;
        a[(n - 1) * n] = 0.25;
        var x = new double[n];
        var b = new double[n];
        for (int i = 0; i < n; i++)
        {
            x[i] = Math.Sin(i) + 2;
        }

        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                b[i] += a[i * n + j] * x[j];
            }
        }

        // When it is factored and solved
        var lu = new DenseLu(n);
        Assert.True(lu.Factor(a));
        lu.Solve(b);

        // Then x comes back to rounding accuracy, and the factors hold far fewer than n² non-zeros
        for (int i = 0; i < n; i++)
        {
            Assert.Equal(x[i], b[i], 1e-11);
        }

        int stored = 0;
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                stored += i != j && a[i * n + j] != 0 ? 1 : 0;
            }
        }

        Assert.InRange(lu.FactorNonZeros, stored, n * n / 4);
    }

    [Fact]
    public void A_Factorisation_Reused_For_Several_Right_Hand_Sides_Solves_Each()
    {
        // [[4, 1, 0], [1, 3, 1], [0, 1, 2]] times the unit vectors' solutions gives back the unit vectors.
        double[] a = [4, 1, 0, 1, 3, 1, 0, 1, 2];
        double[] original = [.. a];
        var lu = new DenseLu(3);
        Assert.True(lu.Factor(a));

        for (int k = 0; k < 3; k++)
        {
            var e = new double[3];
            e[k] = 1;
            lu.Solve(e);
            for (int i = 0; i < 3; i++)
            {
                double product = 0;
                for (int j = 0; j < 3; j++)
                {
                    product += original[i * 3 + j] * e[j];
                }

                Assert.Equal(i == k ? 1.0 : 0.0, product, 1e-14);
            }
        }
    }

    [Fact]
    public void A_Declared_Pattern_Gives_The_Same_Solution_As_Scanning_The_Matrix()
    {
        // Given the sparse system of the test above, factored once by scanning and once under its pattern
        const int n = 30;
        var scanned = SparseMatrix(n);
        var patterned = SparseMatrix(n);
        var pattern = Enumerable.Range(0, n * n).Where(p => patterned[p] != 0 && p / n != p % n).ToArray();
        var b1 = Enumerable.Range(0, n).Select(i => Math.Cos(i)).ToArray();
        var b2 = (double[])b1.Clone();
        var plain = new DenseLu(n);
        var structured = new DenseLu(n);
        structured.UsePattern(pattern);

        // When both are factored and solved
        Assert.True(plain.Factor(scanned));
        Assert.True(structured.Factor(patterned));
        plain.Solve(b1);
        structured.Solve(b2);

        // Then the solutions agree to the last bit, and clearing the factors leaves an all-zero array
        Assert.Equal(b1, b2);
        structured.ClearFactors(patterned);
        Assert.All(patterned, v => Assert.Equal(0.0, v));
        Assert.Throws<ArgumentOutOfRangeException>(() => structured.UsePattern([n * n]));
    }

    private static double[] SparseMatrix(int n)
    {
        var a = new double[n * n];
        for (int i = 0; i < n; i++)
        {
            a[i * n + i] = 0.1 + (0.01 * i);
            if (i > 0)
            {
                a[i * n + i - 1] = 3.0;
            }

            if (i + 1 < n)
            {
                a[i * n + i + 1] = -1.0;
            }
        }

        a[n - 1] = 0.5;
        a[(n - 1) * n] = 0.25;
        return a;
    }

    private static void Fill(double[] a, double[] b, int n)
    {
        for (int i = 0; i < n; i++)
        {
            b[i] = 1;
            for (int j = 0; j < n; j++)
            {
                a[i * n + j] = i == j ? 10 : 1.0 / (1 + i + j);
            }
        }
    }
}
