using Myokinetics.Numerics.Integrate;
using Myokinetics.Numerics.LinearAlgebra;
using Myokinetics.Numerics.Tests.Problems;

namespace Myokinetics.Numerics.Tests;

public sealed class MinimumDegreeOrderingTests
{
    private const int N = 24;

    // The off-diagonal positions of an arrowhead matrix whose hub is unknown 0: row 0 and column 0 full.
    private static int[] HubFirstPattern() =>
        [.. Enumerable.Range(1, N - 1).SelectMany(i => new[] { i, i * N })];

    // A diagonally dominant matrix with the given off-diagonal pattern (the shape of M/(γh) − J for a small step).
    private static double[] Dominant(int[] pattern, int n, Func<int, int> rank)
    {
        var a = new double[n * n];
        foreach (int p in pattern)
        {
            a[(rank(p / n) * n) + rank(p % n)] = 0.01 * (1 + ((p * 7) % 5));
        }

        for (int i = 0; i < n; i++)
        {
            a[(i * n) + i] += 1.0 + (0.1 * i);
        }

        return a;
    }

    [Fact]
    public void The_Order_Is_A_Permutation_That_Leaves_A_Hub_To_The_End()
    {
        var order = MinimumDegreeOrdering.Compute(N, HubFirstPattern());

        Assert.Equal(Enumerable.Range(0, N), order.Order());
        // (with one leaf left the hub's degree is 1 too, and the lower index goes first)
        Assert.Equal(0, order[^2]);
    }

    [Fact]
    public void Factoring_In_The_Order_Creates_No_Fill_Where_The_Natural_Order_Fills_The_Matrix()
    {
        // Given an arrowhead matrix with its hub first: eliminating the hub first joins every other unknown
        var pattern = HubFirstPattern();
        var order = MinimumDegreeOrdering.Compute(N, pattern);
        var rank = new int[N];
        for (int k = 0; k < N; k++)
        {
            rank[order[k]] = k;
        }

        var natural = new DenseLu(N);
        natural.UsePattern(pattern);
        Assert.True(natural.Factor(Dominant(pattern, N, i => i)));
        var ordered = new DenseLu(N);
        ordered.UsePattern([.. pattern.Select(p => (rank[p / N] * N) + rank[p % N])]);
        Assert.True(ordered.Factor(Dominant(pattern, N, i => rank[i])));

        // Then the ordered factors keep exactly the matrix's own off-diagonal entries, the natural ones fill in
        Assert.Equal(pattern.Length, ordered.FactorNonZeros);
        Assert.Equal(N * (N - 1), natural.FactorNonZeros);
    }

    [Fact]
    public void A_Tridiagonal_Pattern_Keeps_No_Fill_And_The_Order_Depends_On_The_Pattern_Only()
    {
        int[] pattern = [.. Enumerable.Range(0, N - 1).SelectMany(i => new[] { (i * N) + i + 1, ((i + 1) * N) + i })];

        var first = MinimumDegreeOrdering.Compute(N, pattern);
        var again = MinimumDegreeOrdering.Compute(N, [.. pattern.Reverse()]);

        Assert.Equal(first, again);
        Assert.Equal(0, first[0]); // an end of the chain has degree 1
    }

    [Fact]
    public void Positions_Outside_The_Matrix_Are_Refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => MinimumDegreeOrdering.Compute(3, [9]));
        Assert.Throws<ArgumentOutOfRangeException>(() => MinimumDegreeOrdering.Compute(0, []));
    }

    // A stiff linear system around a hub: y0' = −y0 + Σ y_i / n, y_i' = y0 − b_i·y_i with b_i from 1 to 10⁴.
    private static PatternSystem HubSystem()
    {
        static double Rate(int i) => Math.Pow(10, 4.0 * (i - 1) / (N - 2));
        var system = new DelegateSystem(
            N,
            (_, y, f) =>
            {
                f[0] = -y[0];
                for (int i = 1; i < N; i++)
                {
                    f[0] += y[i] / N;
                    f[i] = y[0] - (Rate(i) * y[i]);
                }
            },
            (_, _, j) =>
            {
                Array.Clear(j);
                j[0] = -1;
                for (int i = 1; i < N; i++)
                {
                    j[i] = 1.0 / N;
                    j[i * N] = 1;
                    j[(i * N) + i] = -Rate(i);
                }
            });
        return new PatternSystem(system, new double[N]);
    }

    [Fact]
    public void Rosenbrock_In_The_Fill_Reducing_Order_Ends_Where_The_Dense_Natural_Order_Does()
    {
        // Given a 24-unknown stiff system, once with its Jacobian pattern (factored in the minimum-degree
        // order, hub at the end) and once without (dense, natural order)
        var patterned = HubSystem();
        var plain = new DelegateSystem(N, patterned.Evaluate, patterned.Jacobian);
        double[] y0 = [.. Enumerable.Range(0, N).Select(i => 1.0 / (i + 1))];
        var options = new IntegratorOptions(1e-10, 1e-12);

        var ordered = TestKinds.Run(IntegratorKind.Rosenbrock, patterned, 0, y0, 5, options);
        var natural = TestKinds.Run(IntegratorKind.Rosenbrock, plain, 0, y0, 5, options);

        // Then both end at the same state (only the rounding of the linear solves differs)
        Assert.Equal(0, patterned.OutsidePattern);
        for (int i = 0; i < N; i++)
        {
            Assert.Equal(natural.State[i], ordered.State[i], 1e-9 * Math.Abs(natural.State[i]));
        }

        Assert.InRange(ordered.Statistics.AcceptedSteps, natural.Statistics.AcceptedSteps - 3, natural.Statistics.AcceptedSteps + 3);
    }

    [Fact]
    public void An_Index_One_Dae_Whose_Algebraic_Rows_Need_Off_Diagonal_Pivots_Gives_The_Dense_Answer()
    {
        // Two algebraic unknowns first (the ordering moves them: they are hubs) driving 18 differential
        // ones, with a zero diagonal block: 0 = z2 − y2 and 0 = z1 − y3 (∂g/∂z = [[0, 1], [1, 0]]), so
        // partial pivoting must leave the diagonal.
        const int n = 20;
        const int z1 = 0, z2 = 1;
        void Rhs(double t, double[] y, double[] f)
        {
            for (int i = 2; i < n; i++)
            {
                f[i] = (-(i - 1) * y[i]) + (0.1 * (i % 2 == 0 ? y[z1] : y[z2]));
            }

            f[z1] = y[z2] - y[2];
            f[z2] = y[z1] - y[3];
        }

        void Jacobian(double t, double[] y, double[] j)
        {
            Array.Clear(j);
            for (int i = 2; i < n; i++)
            {
                j[(i * n) + i] = -(i - 1);
                j[(i * n) + (i % 2 == 0 ? z1 : z2)] = 0.1;
            }

            j[(z1 * n) + z2] = 1;
            j[(z1 * n) + 2] = -1;
            j[(z2 * n) + z1] = 1;
            j[(z2 * n) + 3] = -1;
        }

        double[] mass = [0, 0, .. Enumerable.Repeat(1.0, n - 2)];
        double[] y0 = [0.5, 1.0, .. Enumerable.Range(2, n - 2).Select(i => 1.0 / (i - 1))];
        var patterned = new PatternSystem(new DelegateSystem(n, Rhs, Jacobian, mass), y0);
        var plain = new DelegateSystem(n, Rhs, Jacobian, mass);
        var options = new IntegratorOptions(1e-10, 1e-12);
        var order = MinimumDegreeOrdering.Compute(n, patterned.JacobianPattern!);
        Assert.True(order[z1] != z1 && order[z2] != z2, "the algebraic unknowns should move");

        var ordered = TestKinds.Run(IntegratorKind.Rosenbrock, patterned, 0, y0, 2, options);
        var natural = TestKinds.Run(IntegratorKind.Rosenbrock, plain, 0, y0, 2, options);

        for (int i = 0; i < n; i++)
        {
            Assert.Equal(natural.State[i], ordered.State[i], 1e-9 * Math.Abs(natural.State[i]) + 1e-14);
        }

        // and the algebraic equations hold at the end
        Assert.Equal(ordered.State[2], ordered.State[z2], 1e-9);
        Assert.Equal(ordered.State[3], ordered.State[z1], 1e-9);
    }

    [Fact]
    public void A_Singular_Iteration_Matrix_Names_The_Unknown_In_The_Models_Own_Numbering()
    {
        // 20 unknowns: y1..y19 decay, and y0 is algebraic, 0 = Σ y_i − 19, and appears in no equation, so
        // its column is zero; it is a hub of the pattern, so the elimination order puts it near the end
        const int n = 20;
        var system = new PatternSystem(
            new DelegateSystem(
                n,
                (_, y, f) =>
                {
                    f[0] = -(n - 1);
                    for (int i = 1; i < n; i++)
                    {
                        f[0] += y[i];
                        f[i] = -y[i];
                    }
                },
                (_, _, j) =>
                {
                    Array.Clear(j);
                    for (int i = 1; i < n; i++)
                    {
                        j[i] = 1;
                        j[(i * n) + i] = -1;
                    }
                },
                [0.0, .. Enumerable.Repeat(1.0, n - 1)]),
            new double[n]);
        IOdeStepper stepper = Integrators.Create(IntegratorKind.Rosenbrock);
        stepper.Initialize(system, 0, [0.0, .. Enumerable.Repeat(1.0, n - 1)], new IntegratorOptions(1e-6, 1e-9));

        var ex = Assert.Throws<IntegratorException>(() => stepper.Step(1));

        Assert.Contains("singular", ex.Reason, StringComparison.Ordinal);
        Assert.Equal(0, ex.Component);
    }
}
