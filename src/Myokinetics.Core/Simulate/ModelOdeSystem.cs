using Myokinetics.Core.Compile;
using Myokinetics.Numerics.Integrate;

namespace Myokinetics.Core.Simulate;

/// <summary>Presents a compiled model and its state to an integrator (the narrow contract). The
/// Jacobian's structural zeros are declared (<see cref="IOdeJacobianPattern"/>), so the compiled
/// Jacobian writes only its non-zero entries and the integrator keeps the rest zero.</summary>
internal sealed class ModelOdeSystem : IOdeSystem, IOdeTimeDerivative, IOdeJacobianPattern
{
    private readonly CompiledModel model;
    private readonly ModelState state;

    /// <summary>√ε for doubles: the forward-difference increment that balances truncation and rounding.</summary>
    private const double SqrtEpsilon = 1.4901161193847656e-8;

    private readonly double[] scratch;

    public ModelOdeSystem(CompiledModel model, ModelState state)
    {
        this.model = model;
        this.state = state;
        scratch = new double[model.States.Length];
    }

    public int Dimension => model.States.Length;

    public bool HasJacobian => model.HasJacobian;

    public double[]? MassDiagonal => model.MassDiagonal;

    public int[]? JacobianPattern => model.JacobianPattern;

    public void Evaluate(double t, double[] y, double[] dydt) => model.Rates(t, y, state, dydt);

    public void TimeDerivative(double t, double[] y, double[] dfdt)
    {
        if (model.HasJacobian)
        {
            // Symbolic differentiation succeeded: a missing TimeDerivative means f does not depend on t.
            Array.Clear(dfdt);
            model.TimeDerivative?.Invoke(t, y, state, dfdt);
            return;
        }

        // No symbolic derivatives: forward difference in t.
        var h = SqrtEpsilon * System.Math.Max(1.0, System.Math.Abs(t));
        model.Rates(t, y, state, scratch);
        model.Rates(t + h, y, state, dfdt);
        for (var i = 0; i < dfdt.Length; i++)
        {
            dfdt[i] = (dfdt[i] - scratch[i]) / h;
        }
    }

    /// <summary>Writes the pattern's entries only: the caller keeps the others zero.</summary>
    public void Jacobian(double t, double[] y, double[] dfdy) => model.Jacobian!(t, y, state, dfdy);
}
