using Myokinetics.Core.Compile;
using Myokinetics.Numerics.Integrate;

namespace Myokinetics.Analysis.SteadyState;

/// <summary>
/// The rates of a compiled model as a function of its state vector, for Newton's method and for the
/// fallback integration: f(t, y), its Jacobian (analytic when the compiler made one, else forward
/// differences) and the mass diagonal of models with algebraic rules. Events are not executed.
/// </summary>
internal sealed class ModelRateSystem : IOdeSystem
{
    /// <summary>√ε for doubles.</summary>
    private const double SqrtEpsilon = 1.4901161193847656e-8;

    private readonly CompiledModel model;
    private readonly ModelState state;
    private readonly double[] shifted;
    private readonly double[] shiftedRates;
    private readonly double[] baseRates;

    public ModelRateSystem(CompiledModel model, ModelState state)
    {
        this.model = model;
        this.state = state;
        shifted = new double[model.States.Length];
        shiftedRates = new double[model.States.Length];
        baseRates = new double[model.States.Length];
    }

    public int Dimension => model.States.Length;

    public bool HasJacobian => model.HasJacobian;

    public double[]? MassDiagonal => model.MassDiagonal;

    public void Evaluate(double t, double[] y, double[] dydt) => model.Rates(t, y, state, dydt);

    public void Jacobian(double t, double[] y, double[] dfdy)
    {
        Array.Clear(dfdy);
        if (model.Jacobian is { } jacobian)
        {
            jacobian(t, y, state, dfdy);
            return;
        }

        // No symbolic derivatives: forward differences, δ_j = √ε·max(|y_j|, 1e-8) (relative to the component).
        var n = Dimension;
        model.Rates(t, y, state, baseRates);
        Array.Copy(y, shifted, n);
        for (var j = 0; j < n; j++)
        {
            var delta = SqrtEpsilon * Math.Max(Math.Abs(y[j]), 1e-8);
            shifted[j] = y[j] + delta;
            delta = shifted[j] - y[j];
            model.Rates(t, shifted, state, shiftedRates);
            for (var i = 0; i < n; i++)
            {
                dfdy[(i * n) + j] = (shiftedRates[i] - baseRates[i]) / delta;
            }

            shifted[j] = y[j];
        }
    }
}
