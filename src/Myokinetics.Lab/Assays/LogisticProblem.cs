using Myokinetics.Analysis.Estimation;

namespace Myokinetics.Lab.Assays;

/// <summary>
/// The weighted residuals √wᵢ·(f(xᵢ) − yᵢ) of a 4PL or 5PL for Levenberg–Marquardt, in the
/// parameters (a, b, ln c, d) or (a, b, ln c, d, ln g), with the analytic Jacobian. With
/// z = b(ln x − ln c) and s = 1 + eᶻ: ∂f/∂a = s^−g, ∂f/∂d = 1 − s^−g,
/// ∂f/∂b = −g(a − d)s^−g·σ(z)(ln x − ln c), ∂f/∂ln c = g·b(a − d)s^−g·σ(z),
/// ∂f/∂ln g = −g(a − d)s^−g·ln s (σ the logistic function).
/// </summary>
internal sealed class LogisticProblem : ILeastSquaresProblem
{
    private readonly double[] logX;
    private readonly double[] y;
    private readonly double[] sqrtWeight;
    private readonly bool fivePl;

    public LogisticProblem(double[] x, double[] y, CurveWeighting weighting, bool fivePl)
    {
        logX = x.Select(v => Math.Log(v)).ToArray();
        this.y = y;
        sqrtWeight = y.Select(v => weighting == CurveWeighting.InverseSquareResponse ? 1 / Math.Abs(v) : 1.0).ToArray();
        this.fivePl = fivePl;
    }

    public int ResidualCount => y.Length;

    public int ParameterCount => fivePl ? 5 : 4;

    public LogisticCurve Curve(double[] p) =>
        new(p[0], p[1], Math.Exp(p[2]), p[3], fivePl ? Math.Exp(p[4]) : 1.0);

    public bool Residuals(double[] x, double[] residuals)
    {
        var g = fivePl ? Math.Exp(x[4]) : 1.0;
        for (var i = 0; i < y.Length; i++)
        {
            var z = x[1] * (logX[i] - x[2]);
            var f = x[3] + ((x[0] - x[3]) * Math.Exp(-g * LogisticCurve.Softplus(z)));
            residuals[i] = sqrtWeight[i] * (f - y[i]);
            if (!double.IsFinite(residuals[i]))
            {
                return false;
            }
        }

        return true;
    }

    public bool Jacobian(double[] x, double[] residuals, double[] jacobian)
    {
        var p = ParameterCount;
        var g = fivePl ? Math.Exp(x[4]) : 1.0;
        var span = x[0] - x[3];
        for (var i = 0; i < y.Length; i++)
        {
            var z = x[1] * (logX[i] - x[2]);
            var logS = LogisticCurve.Softplus(z);
            var power = Math.Exp(-g * logS);
            var sigma = LogisticCurve.Logistic(z);
            var w = sqrtWeight[i];
            var row = i * p;
            jacobian[row] = w * power;
            jacobian[row + 1] = -w * g * span * power * sigma * (logX[i] - x[2]);
            jacobian[row + 2] = w * g * x[1] * span * power * sigma;
            jacobian[row + 3] = w * (1 - power);
            if (fivePl)
            {
                jacobian[row + 4] = -w * g * span * power * logS;
            }
        }

        for (var k = 0; k < y.Length * p; k++)
        {
            if (!double.IsFinite(jacobian[k]))
            {
                return false;
            }
        }

        return true;
    }
}
