using Myokinetics.Analysis.Estimation;

namespace Myokinetics.Analysis.Tests.Estimation;

/// <summary>The least-squares engine against NIST's certified results.</summary>
public sealed class LevenbergMarquardtTests
{
    /// <summary>NIST StRD nonlinear regression problem Misra1a (lower difficulty): y = b1·(1 − exp(−b2·x)),
    /// 14 observations (https://www.itl.nist.gov/div898/strd/nls/data/misra1a.shtml). Certified values:
    /// b1 = 2.3894212918E+02 (sd 2.7070075241E+00), b2 = 5.5015643181E-04 (sd 7.2668688436E-06),
    /// residual sum of squares 1.2455138894E-01.</summary>
    private static readonly double[] X = [77.6, 114.9, 141.1, 190.8, 239.9, 289.0, 332.8, 378.4, 434.8, 477.3, 536.8, 593.1, 689.1, 760.0];

    private static readonly double[] Y = [10.07, 14.73, 17.94, 23.93, 29.61, 35.18, 40.02, 44.82, 50.76, 55.05, 61.01, 66.40, 75.47, 81.78];

    [Theory]
    [InlineData(500, 1e-4)]
    [InlineData(250, 5e-4)]
    public void Misra1a_Reaches_The_Certified_Estimates_And_Standard_Errors_From_Both_NIST_Starts(double b1, double b2)
    {
        var problem = new Misra1a();

        var outcome = LevenbergMarquardt.Minimize(problem, [b1, b2], [0, 0], [1e4, 1], 200, CancellationToken.None);

        Assert.True(outcome.Converged, outcome.Reason);
        Assert.Equal(1, outcome.X[0] / 2.3894212918E+02, 8);
        Assert.Equal(1, outcome.X[1] / 5.5015643181E-04, 8);
        Assert.Equal(1, outcome.SumOfSquares / 1.2455138894E-01, 8);

        // NIST's standard errors: s²·(JᵀJ)⁻¹ with s² = RSS/(n − p).
        var a = new double[4];
        LevenbergMarquardt.Normal(outcome.Jacobian, new double[14], 14, 2, a, new double[2]);
        var determinant = (a[0] * a[3]) - (a[1] * a[2]);
        var s2 = outcome.SumOfSquares / (14 - 2);
        Assert.Equal(1, Math.Sqrt(s2 * a[3] / determinant) / 2.7070075241E+00, 6);
        Assert.Equal(1, Math.Sqrt(s2 * a[0] / determinant) / 7.2668688436E-06, 6);
    }

    [Fact]
    public void A_Step_Is_Kept_Inside_The_Bounds()
    {
        // The unconstrained optimum b1 ≈ 239 lies above the bound 200: the fit stops on the bound.
        var outcome = LevenbergMarquardt.Minimize(new Misra1a(), [150, 5e-4], [0, 0], [200, 1], 200, CancellationToken.None);

        Assert.True(outcome.Converged, outcome.Reason);
        Assert.Equal(200, outcome.X[0]);
    }

    /// <summary>Residuals y − model with the analytic Jacobian ∂r/∂b.</summary>
    private sealed class Misra1a : ILeastSquaresProblem
    {
        public int ResidualCount => X.Length;

        public bool Residuals(double[] x, double[] residuals)
        {
            for (var i = 0; i < X.Length; i++)
            {
                residuals[i] = Y[i] - (x[0] * (1 - Math.Exp(-x[1] * X[i])));
            }

            return true;
        }

        public bool Jacobian(double[] x, double[] residuals, double[] jacobian)
        {
            for (var i = 0; i < X.Length; i++)
            {
                var e = Math.Exp(-x[1] * X[i]);
                jacobian[2 * i] = -(1 - e);
                jacobian[(2 * i) + 1] = -x[0] * X[i] * e;
            }

            return true;
        }
    }
}
