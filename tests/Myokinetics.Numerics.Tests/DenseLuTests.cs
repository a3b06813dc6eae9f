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
