using Myokinetics.Numerics.Integrate;
using static Myokinetics.Numerics.Integrate.RodasCoefficients;
using Dp = Myokinetics.Numerics.Integrate.DormandPrinceCoefficients;

namespace Myokinetics.Numerics.Tests;

/// <summary>
/// The method coefficients checked against the order conditions, so that a mistyped digit cannot hide
/// behind a tolerance-controlled integration.
/// </summary>
public sealed class CoefficientTests
{
    private const double Tight = 1e-12;

    [Fact]
    public void Dormand_Prince_Weights_Satisfy_The_Seventeen_Conditions_Of_Order_Five()
    {
        double[,] a = DormandPrinceMatrix();
        double[] b = [Dp.B1, 0, Dp.B3, Dp.B4, Dp.B5, Dp.B6, 0];
        double[] c = RowSums(a);
        Assert.Equal(new[] { 0, Dp.C2, Dp.C3, Dp.C4, Dp.C5, 1, 1 }, c, (x, y) => Math.Abs(x - y) < Tight);

        double[] ac = Mul(a, c);
        double[] ac2 = Mul(a, Pow(c, 2));
        double[] ac3 = Mul(a, Pow(c, 3));
        double[] aac = Mul(a, ac);
        double[] aac2 = Mul(a, ac2);
        double[] aaac = Mul(a, aac);
        double[] acac = Mul(a, Times(c, ac));

        // Order 1 to 4 (8 conditions), Hairer–Nørsett–Wanner I, Table II.2.2.
        Assert.Equal(1.0, Dot(b, Ones(7)), Tight);
        Assert.Equal(1.0 / 2, Dot(b, c), Tight);
        Assert.Equal(1.0 / 3, Dot(b, Pow(c, 2)), Tight);
        Assert.Equal(1.0 / 6, Dot(b, ac), Tight);
        Assert.Equal(1.0 / 4, Dot(b, Pow(c, 3)), Tight);
        Assert.Equal(1.0 / 8, Dot(b, Times(c, ac)), Tight);
        Assert.Equal(1.0 / 12, Dot(b, ac2), Tight);
        Assert.Equal(1.0 / 24, Dot(b, aac), Tight);

        // Order 5 (9 conditions).
        Assert.Equal(1.0 / 5, Dot(b, Pow(c, 4)), Tight);
        Assert.Equal(1.0 / 10, Dot(b, Times(Pow(c, 2), ac)), Tight);
        Assert.Equal(1.0 / 15, Dot(b, Times(c, ac2)), Tight);
        Assert.Equal(1.0 / 30, Dot(b, Times(c, aac)), Tight);
        Assert.Equal(1.0 / 20, Dot(b, Times(ac, ac)), Tight);
        Assert.Equal(1.0 / 20, Dot(b, ac3), Tight);
        Assert.Equal(1.0 / 40, Dot(b, acac), Tight);
        Assert.Equal(1.0 / 60, Dot(b, aac2), Tight);
        Assert.Equal(1.0 / 120, Dot(b, aaac), Tight);

        // FSAL: the last row of A is b.
        for (int j = 0; j < 7; j++)
        {
            Assert.Equal(b[j], a[6, j], Tight);
        }
    }

    [Fact]
    public void Dormand_Prince_Embedded_Weights_Have_Order_Four_But_Not_Five()
    {
        double[,] a = DormandPrinceMatrix();
        double[] c = RowSums(a);
        double[] e = [Dp.E1, 0, Dp.E3, Dp.E4, Dp.E5, Dp.E6, Dp.E7];
        double[] b = [Dp.B1, 0, Dp.B3, Dp.B4, Dp.B5, Dp.B6, 0];
        double[] bHat = Minus(b, e);
        double[] ac = Mul(a, c);

        Assert.Equal(1.0, Dot(bHat, Ones(7)), Tight);
        Assert.Equal(1.0 / 2, Dot(bHat, c), Tight);
        Assert.Equal(1.0 / 3, Dot(bHat, Pow(c, 2)), Tight);
        Assert.Equal(1.0 / 6, Dot(bHat, ac), Tight);
        Assert.Equal(1.0 / 4, Dot(bHat, Pow(c, 3)), Tight);
        Assert.Equal(1.0 / 8, Dot(bHat, Times(c, ac)), Tight);
        Assert.Equal(1.0 / 12, Dot(bHat, Mul(a, Pow(c, 2))), Tight);
        Assert.Equal(1.0 / 24, Dot(bHat, Mul(a, ac)), Tight);
        Assert.True(Math.Abs(Dot(bHat, Pow(c, 4)) - 1.0 / 5) > 1e-6);
    }

    [Fact]
    public void Rodas_Coefficients_Reproduce_The_Node_And_Gamma_Row_Sums()
    {
        Rosenbrock m = Rosenbrock.FromTransformed();

        // c_i = Σ_j α_ij and d_i = Σ_j γ_ij (diagonal included), with c5 = c6 = 1 and d5 = d6 = 0.
        double[] alphaSums = RowSums(m.Alpha);
        double[] gammaSums = RowSums(m.Gamma);
        Assert.Equal(new[] { 0, C2, C3, C4, 1, 1 }, alphaSums, (x, y) => Math.Abs(x - y) < 1e-12);
        Assert.Equal(new[] { D1, D2, D3, D4, 0, 0 }, gammaSums, (x, y) => Math.Abs(x - y) < 1e-12);
    }

    [Fact]
    public void Rodas_Satisfies_The_Eight_Rosenbrock_Conditions_Of_Order_Four()
    {
        // Hairer & Wanner II, Table IV.7.1, with β_ij = α_ij + γ_ij (j < i), β_i = Σ_j β_ij and α_i = Σ_j α_ij.
        Rosenbrock m = Rosenbrock.FromTransformed();
        double g = Gamma;
        double[] b = m.B;
        double[,] beta = m.Beta;
        double[] betaI = RowSums(beta);
        double[] alphaI = RowSums(m.Alpha);
        double[] betaBeta = Mul(beta, betaI);
        const double tolerance = 1e-11;

        Assert.Equal(1.0, Dot(b, Ones(6)), tolerance);
        Assert.Equal(0.5 - g, Dot(b, betaI), tolerance);
        Assert.Equal(1.0 / 3, Dot(b, Pow(alphaI, 2)), tolerance);
        Assert.Equal(1.0 / 6 - g + g * g, Dot(b, betaBeta), tolerance);
        Assert.Equal(1.0 / 4, Dot(b, Pow(alphaI, 3)), tolerance);
        Assert.Equal(1.0 / 8 - g / 3, Dot(b, Times(alphaI, Mul(m.Alpha, betaI))), tolerance);
        Assert.Equal(1.0 / 12 - g / 3, Dot(b, Mul(beta, Pow(alphaI, 2))), tolerance);
        Assert.Equal(1.0 / 24 - g / 2 + 1.5 * g * g - g * g * g, Dot(b, Mul(beta, betaBeta)), tolerance);
    }

    [Fact]
    public void Rodas_Embedded_Solution_Has_Order_Three()
    {
        Rosenbrock m = Rosenbrock.FromTransformed();
        double g = Gamma;
        double[] bHat = m.BHat;
        double[] betaI = RowSums(m.Beta);
        double[] alphaI = RowSums(m.Alpha);
        const double tolerance = 1e-11;

        Assert.Equal(1.0, Dot(bHat, Ones(6)), tolerance);
        Assert.Equal(0.5 - g, Dot(bHat, betaI), tolerance);
        Assert.Equal(1.0 / 3, Dot(bHat, Pow(alphaI, 2)), tolerance);
        Assert.Equal(1.0 / 6 - g + g * g, Dot(bHat, Mul(m.Beta, betaI)), tolerance);
    }

    [Fact]
    public void Rodas_Is_Stiffly_Accurate_So_Its_Stability_Function_Vanishes_At_Infinity()
    {
        // Stiffly accurate: b_i = α_6i + γ_6i (the weights equal the last row of α + Γ).
        Rosenbrock m = Rosenbrock.FromTransformed();
        for (int j = 0; j < 6; j++)
        {
            Assert.Equal(m.Alpha[5, j] + m.Gamma[5, j], m.B[j], 1e-12);
        }
    }

    private static double[,] DormandPrinceMatrix()
    {
        var a = new double[7, 7];
        a[1, 0] = Dp.A21;
        a[2, 0] = Dp.A31; a[2, 1] = Dp.A32;
        a[3, 0] = Dp.A41; a[3, 1] = Dp.A42; a[3, 2] = Dp.A43;
        a[4, 0] = Dp.A51; a[4, 1] = Dp.A52; a[4, 2] = Dp.A53; a[4, 3] = Dp.A54;
        a[5, 0] = Dp.A61; a[5, 1] = Dp.A62; a[5, 2] = Dp.A63; a[5, 3] = Dp.A64; a[5, 4] = Dp.A65;
        a[6, 0] = Dp.B1; a[6, 2] = Dp.B3; a[6, 3] = Dp.B4; a[6, 4] = Dp.B5; a[6, 5] = Dp.B6;
        return a;
    }

    /// <summary>The classical coefficients (α, Γ, b, b̂) rebuilt from the transformed ones of rodas.f:
    /// Γ⁻¹ = diag(1/γ) − C, α = A·Γ, b = m·Γ with m = (a51, a52, a53, a54, 1, 1) and b̂ = m̂·Γ with
    /// m̂ = (a51, a52, a53, a54, 1, 0).</summary>
    private sealed record Rosenbrock(double[,] Alpha, double[,] Gamma, double[,] Beta, double[] B, double[] BHat)
    {
        public static Rosenbrock FromTransformed()
        {
            const int s = 6;
            var cm = new double[s, s];
            cm[1, 0] = C21;
            cm[2, 0] = C31; cm[2, 1] = C32;
            cm[3, 0] = C41; cm[3, 1] = C42; cm[3, 2] = C43;
            cm[4, 0] = C51; cm[4, 1] = C52; cm[4, 2] = C53; cm[4, 3] = C54;
            cm[5, 0] = C61; cm[5, 1] = C62; cm[5, 2] = C63; cm[5, 3] = C64; cm[5, 4] = C65;
            var am = new double[s, s];
            am[1, 0] = A21;
            am[2, 0] = A31; am[2, 1] = A32;
            am[3, 0] = A41; am[3, 1] = A42; am[3, 2] = A43;
            am[4, 0] = A51; am[4, 1] = A52; am[4, 2] = A53; am[4, 3] = A54;
            am[5, 0] = A51; am[5, 1] = A52; am[5, 2] = A53; am[5, 3] = A54; am[5, 4] = 1;

            var gammaInverse = new double[s, s];
            for (int i = 0; i < s; i++)
            {
                for (int j = 0; j < s; j++)
                {
                    gammaInverse[i, j] = (i == j ? 1 / RodasCoefficients.Gamma : 0) - cm[i, j];
                }
            }

            double[,] gamma = InvertLower(gammaInverse);
            double[,] alpha = MatMul(am, gamma);
            var beta = new double[s, s];
            for (int i = 0; i < s; i++)
            {
                for (int j = 0; j < i; j++)
                {
                    beta[i, j] = alpha[i, j] + gamma[i, j];
                }
            }

            double[] b = VecMat([A51, A52, A53, A54, 1, 1], gamma);
            double[] bHat = VecMat([A51, A52, A53, A54, 1, 0], gamma);
            return new Rosenbrock(alpha, gamma, beta, b, bHat);
        }
    }

    private static double[,] InvertLower(double[,] l)
    {
        int n = l.GetLength(0);
        var inverse = new double[n, n];
        for (int col = 0; col < n; col++)
        {
            for (int i = 0; i < n; i++)
            {
                double sum = i == col ? 1 : 0;
                for (int k = 0; k < i; k++)
                {
                    sum -= l[i, k] * inverse[k, col];
                }

                inverse[i, col] = sum / l[i, i];
            }
        }

        return inverse;
    }

    private static double[,] MatMul(double[,] x, double[,] y)
    {
        int n = x.GetLength(0);
        var r = new double[n, n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                for (int k = 0; k < n; k++)
                {
                    r[i, j] += x[i, k] * y[k, j];
                }
            }
        }

        return r;
    }

    private static double[] VecMat(double[] v, double[,] m)
    {
        int n = v.Length;
        var r = new double[n];
        for (int j = 0; j < n; j++)
        {
            for (int k = 0; k < n; k++)
            {
                r[j] += v[k] * m[k, j];
            }
        }

        return r;
    }

    private static double[] Mul(double[,] m, double[] v)
    {
        int n = v.Length;
        var r = new double[n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                r[i] += m[i, j] * v[j];
            }
        }

        return r;
    }

    private static double[] RowSums(double[,] m)
    {
        int n = m.GetLength(0);
        var r = new double[n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < m.GetLength(1); j++)
            {
                r[i] += m[i, j];
            }
        }

        return r;
    }

    private static double Dot(double[] x, double[] y) => x.Zip(y, (p, q) => p * q).Sum();

    private static double[] Ones(int n) => Enumerable.Repeat(1.0, n).ToArray();

    private static double[] Pow(double[] x, int k) => x.Select(v => Math.Pow(v, k)).ToArray();

    private static double[] Times(double[] x, double[] y) => x.Zip(y, (p, q) => p * q).ToArray();

    private static double[] Minus(double[] x, double[] y) => x.Zip(y, (p, q) => p - q).ToArray();
}
