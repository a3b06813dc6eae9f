using Myokinetics.Numerics.LinearAlgebra;

namespace Myokinetics.Analysis.Estimation;

/// <summary>
/// Levenberg–Marquardt for min ‖r(x)‖² within box bounds (Madsen, Nielsen &amp; Tingleff, Methods for
/// Non-Linear Least Squares Problems, 2nd ed., IMM DTU 2004, Algorithm 3.16, with Marquardt's scaling of
/// the damping by diag(JᵀJ) (Marquardt, SIAM J. Appl. Math. 11 (1963) 431–441) and Nielsen's update of
/// the damping μ from the gain ratio ρ). Steps are projected onto the box; the gain ratio uses the
/// projected step.
/// </summary>
/// <remarks>
/// Stops (converged) when an accepted step lowers ‖r‖² by less than 1e-10 relative, when the step is
/// below 1e-9·(‖x‖ + 1e-9), or when ‖r‖² reaches 0; stops (not converged) after the iteration limit.
/// The p×p system (JᵀJ + μ·D)h = −Jᵀr is solved with dense LU (Numerics' <see cref="DenseLu"/>).
/// </remarks>
public static class LevenbergMarquardt
{
    private const double RelativeReduction = 1e-10;
    private const double StepTolerance = 1e-9;
    private const double InitialDamping = 1e-3;
    private const double MaxDamping = 1e20;

    /// <summary>Minimises ‖r(x)‖² from <paramref name="start"/> within [<paramref name="lower"/>,
    /// <paramref name="upper"/>] (componentwise; infinite bounds allowed).</summary>
    /// <param name="problem">The residuals and their Jacobian.</param>
    /// <param name="start">The first point (p values, inside the bounds); not changed.</param>
    /// <param name="lower">Lower bounds (p values).</param>
    /// <param name="upper">Upper bounds (p values).</param>
    /// <param name="maxIterations">The most linear solves (accepted and rejected steps), at least 1.</param>
    /// <param name="cancellationToken">Checked once per iteration.</param>
    /// <returns>The last accepted point and why the search stopped; never throws for a failing model
    /// (an outcome that is not converged says why).</returns>
    public static LeastSquaresOutcome Minimize(ILeastSquaresProblem problem, double[] start, double[] lower, double[] upper, int maxIterations, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(start);
        ArgumentNullException.ThrowIfNull(lower);
        ArgumentNullException.ThrowIfNull(upper);
        var p = start.Length;
        var m = problem.ResidualCount;
        var x = (double[])start.Clone();
        var r = new double[m];
        var j = new double[m * p];
        if (!problem.Residuals(x, r) || !problem.Jacobian(x, r, j))
        {
            return new LeastSquaresOutcome(x, r, j, double.PositiveInfinity, 0, false, "the model cannot be evaluated at the start", 0);
        }

        var cost = SumOfSquares(r);
        var a = new double[p * p];
        var g = new double[p];
        var system = new double[p * p];
        var h = new double[p];
        var trial = new double[p];
        var trialR = new double[m];
        var lu = new DenseLu(p);
        Normal(j, r, m, p, a, g);
        var mu = InitialDamping;
        var nu = 2.0;
        var lastChange = 0.0;
        for (var iteration = 1; iteration <= maxIterations; iteration++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (cost == 0)
            {
                return new LeastSquaresOutcome(x, r, j, cost, iteration - 1, true, "zero residual", lastChange);
            }

            for (var k = 0; k < p * p; k++)
            {
                system[k] = a[k];
            }

            for (var k = 0; k < p; k++)
            {
                system[(k * p) + k] += mu * Math.Max(a[(k * p) + k], 1e-12 * (1 + MaxDiagonal(a, p)));
                h[k] = -g[k];
            }

            if (!lu.Factor(system))
            {
                mu *= nu;
                nu *= 2;
                if (mu > MaxDamping)
                {
                    return new LeastSquaresOutcome(x, r, j, cost, iteration, true, "no further step possible (damping limit)", lastChange);
                }

                continue;
            }

            lu.Solve(h);
            var stepNorm = 0.0;
            var xNorm = 0.0;
            for (var k = 0; k < p; k++)
            {
                trial[k] = Math.Clamp(x[k] + h[k], lower[k], upper[k]);
                h[k] = trial[k] - x[k];
                stepNorm += h[k] * h[k];
                xNorm += x[k] * x[k];
            }

            if (Math.Sqrt(stepNorm) <= StepTolerance * (Math.Sqrt(xNorm) + StepTolerance))
            {
                return new LeastSquaresOutcome(x, r, j, cost, iteration, true, "step below tolerance", lastChange);
            }

            // Predicted reduction of ‖r‖² by the linear model: −2hᵀJᵀr − hᵀJᵀJh.
            var predicted = 0.0;
            for (var k = 0; k < p; k++)
            {
                var ah = 0.0;
                for (var l = 0; l < p; l++)
                {
                    ah += a[(k * p) + l] * h[l];
                }

                predicted -= (2 * h[k] * g[k]) + (h[k] * ah);
            }

            var trialCost = problem.Residuals(trial, trialR) ? SumOfSquares(trialR) : double.PositiveInfinity;
            var rho = predicted > 0 ? (cost - trialCost) / predicted : -1;
            if (rho > 0 && double.IsFinite(trialCost))
            {
                var reduction = cost - trialCost;
                Array.Copy(trial, x, p);
                Array.Copy(trialR, r, m);
                lastChange = -reduction;
                cost = trialCost;
                if (!problem.Jacobian(x, r, j))
                {
                    return new LeastSquaresOutcome(x, r, j, cost, iteration, false, "the Jacobian cannot be evaluated", lastChange);
                }

                Normal(j, r, m, p, a, g);
                mu *= Math.Max(1.0 / 3, 1 - Math.Pow((2 * rho) - 1, 3));
                nu = 2;
                if (reduction <= RelativeReduction * (cost + reduction))
                {
                    return new LeastSquaresOutcome(x, r, j, cost, iteration, true, "relative reduction below tolerance", lastChange);
                }
            }
            else
            {
                mu *= nu;
                nu *= 2;
                if (mu > MaxDamping)
                {
                    return new LeastSquaresOutcome(x, r, j, cost, iteration, true, "no further step possible (damping limit)", lastChange);
                }
            }
        }

        return new LeastSquaresOutcome(x, r, j, cost, maxIterations, false, "iteration limit", lastChange);
    }

    /// <summary>A = JᵀJ and g = Jᵀr.</summary>
    internal static void Normal(double[] j, double[] r, int m, int p, double[] a, double[] g)
    {
        Array.Clear(a);
        Array.Clear(g);
        for (var i = 0; i < m; i++)
        {
            for (var k = 0; k < p; k++)
            {
                var jik = j[(i * p) + k];
                g[k] += jik * r[i];
                for (var l = 0; l < p; l++)
                {
                    a[(k * p) + l] += jik * j[(i * p) + l];
                }
            }
        }
    }

    private static double MaxDiagonal(double[] a, int p)
    {
        var largest = 0.0;
        for (var k = 0; k < p; k++)
        {
            largest = Math.Max(largest, a[(k * p) + k]);
        }

        return largest;
    }

    private static double SumOfSquares(double[] r)
    {
        var sum = 0.0;
        foreach (var v in r)
        {
            sum += v * v;
        }

        return sum;
    }
}
