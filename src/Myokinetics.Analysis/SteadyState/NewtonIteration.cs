using Myokinetics.Numerics.LinearAlgebra;

namespace Myokinetics.Analysis.SteadyState;

/// <summary>How one Newton attempt ended.</summary>
/// <param name="Converged">Whether the full step fell below the tolerance.</param>
/// <param name="Iterations">Iterations done.</param>
/// <param name="Reason">Why it stopped without converging (empty when it converged).</param>
internal readonly record struct NewtonOutcome(bool Converged, int Iterations, string Reason);

/// <summary>
/// Damped Newton's method on f(t, y) = 0 with the model's Jacobian and dense LU, one equation per
/// conservation law replaced by the law (wᵀy = its total) and the equation of each free state (one no
/// rate depends on) by "stays where it started". Each step is shortened by backtracking
/// (halving, at most 30 times) until the merit ½‖F/s‖² (s = atol + rtol·|y|) decreases by the Armijo
/// condition with c = 1e-4 (Dennis &amp; Schnabel, Numerical Methods for Unconstrained Optimization and
/// Nonlinear Equations, 1983, §6.3). Converged when the full step is within the tolerance in RMS norm.
/// </summary>
internal sealed class NewtonIteration
{
    private const double Armijo = 1e-4;
    private const int MaxHalvings = 30;

    private readonly ModelRateSystem system;
    private readonly ConservationLaws laws;
    private readonly SteadyStateOptions options;
    private readonly int n;
    private readonly double[] jacobian;
    private readonly double[] residual;
    private readonly double[] step;
    private readonly double[] trial;
    private readonly double[] trialResidual;
    private readonly double[] totals;
    private readonly double[] held;
    private readonly DenseLu lu;

    public NewtonIteration(ModelRateSystem system, ConservationLaws laws, SteadyStateOptions options)
    {
        this.system = system;
        this.laws = laws;
        this.options = options;
        n = system.Dimension;
        jacobian = new double[n * n];
        residual = new double[n];
        step = new double[n];
        trial = new double[n];
        trialResidual = new double[n];
        totals = new double[laws.Count];
        held = new double[laws.Free.Length];
        lu = new DenseLu(Math.Max(n, 1));
    }

    /// <summary>Iterates from <paramref name="y"/> (overwritten with the last iterate); the laws keep the
    /// totals of the starting point.</summary>
    public NewtonOutcome Solve(double[] y, CancellationToken cancellationToken)
    {
        var t = options.Time;
        for (var l = 0; l < laws.Count; l++)
        {
            totals[l] = laws.Total(l, y);
        }

        for (var k = 0; k < laws.Free.Length; k++)
        {
            held[k] = y[laws.Free[k]];
        }

        if (!Residual(t, y, residual))
        {
            return new NewtonOutcome(false, 0, "the rates are not finite at the starting state");
        }

        var merit = Merit(y, residual);
        for (var iteration = 1; iteration <= options.MaxNewtonIterations; iteration++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            system.Jacobian(t, y, jacobian);
            for (var l = 0; l < laws.Count; l++)
            {
                var row = laws.Dependent[l];
                Array.Copy(laws.Weights[l], 0, jacobian, row * n, n);
            }

            foreach (var j in laws.Free)
            {
                Array.Clear(jacobian, j * n, n);
                jacobian[(j * n) + j] = 1;
            }

            if (!jacobian.All(double.IsFinite))
            {
                return new NewtonOutcome(false, iteration, "the Jacobian is not finite");
            }

            if (!lu.Factor(jacobian))
            {
                return new NewtonOutcome(false, iteration, $"the Jacobian is singular (no pivot in column {lu.SingularPivot})");
            }

            for (var i = 0; i < n; i++)
            {
                step[i] = -residual[i];
            }

            lu.Solve(step);
            var stepNorm = ScaledNorm(step, y);
            if (!double.IsFinite(stepNorm))
            {
                return new NewtonOutcome(false, iteration, "the Newton step is not finite");
            }

            // Backtracking line search on the merit function.
            var alpha = 1.0;
            var accepted = false;
            for (var h = 0; h <= MaxHalvings; h++)
            {
                for (var i = 0; i < n; i++)
                {
                    trial[i] = y[i] + (alpha * step[i]);
                }

                if (Residual(t, trial, trialResidual))
                {
                    var trialMerit = Merit(trial, trialResidual);
                    if (trialMerit <= (1 - (2 * Armijo * alpha)) * merit || stepNorm * alpha <= 1)
                    {
                        accepted = true;
                        merit = trialMerit;
                        break;
                    }
                }

                alpha *= 0.5;
            }

            if (!accepted)
            {
                return new NewtonOutcome(false, iteration, "the line search found no step that lowers the residual (a local minimum of ‖f‖ that is not a root)");
            }

            Array.Copy(trial, y, n);
            Array.Copy(trialResidual, residual, n);
            if (stepNorm <= 1 && alpha == 1)
            {
                return new NewtonOutcome(true, iteration, string.Empty);
            }
        }

        return new NewtonOutcome(false, options.MaxNewtonIterations, $"no convergence in {options.MaxNewtonIterations} iterations");
    }

    /// <summary>F(y): the rates, with each law's equation replaced by wᵀy − total. False when not finite.</summary>
    private bool Residual(double t, double[] y, double[] output)
    {
        system.Evaluate(t, y, output);
        for (var l = 0; l < laws.Count; l++)
        {
            output[laws.Dependent[l]] = laws.Total(l, y) - totals[l];
        }

        for (var k = 0; k < laws.Free.Length; k++)
        {
            output[laws.Free[k]] = y[laws.Free[k]] - held[k];
        }

        foreach (var v in output)
        {
            if (!double.IsFinite(v))
            {
                return false;
            }
        }

        return true;
    }

    private double Merit(double[] y, double[] f)
    {
        var sum = 0.0;
        for (var i = 0; i < n; i++)
        {
            var scaled = f[i] / Scale(y[i]);
            sum += scaled * scaled;
        }

        return 0.5 * sum;
    }

    private double ScaledNorm(double[] v, double[] y)
    {
        if (n == 0)
        {
            return 0;
        }

        var sum = 0.0;
        for (var i = 0; i < n; i++)
        {
            var scaled = v[i] / Scale(y[i]);
            sum += scaled * scaled;
        }

        return Math.Sqrt(sum / n);
    }

    private double Scale(double value) => options.AbsoluteTolerance + (options.RelativeTolerance * Math.Abs(value));
}
