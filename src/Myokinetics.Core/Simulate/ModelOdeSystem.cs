using Myokinetics.Core.Compile;
using Myokinetics.Numerics.Integrate;

namespace Myokinetics.Core.Simulate;

/// <summary>Presents a compiled model and its state to an integrator (the narrow contract).</summary>
internal sealed class ModelOdeSystem : IOdeSystem
{
    private readonly CompiledModel model;
    private readonly ModelState state;

    public ModelOdeSystem(CompiledModel model, ModelState state)
    {
        this.model = model;
        this.state = state;
    }

    public int Dimension => model.States.Length;

    public bool HasJacobian => model.Jacobian is not null;

    public double[]? MassDiagonal => model.MassDiagonal;

    public void Evaluate(double t, double[] y, double[] dydt) => model.Rates(t, y, state, dydt);

    public void Jacobian(double t, double[] y, double[] dfdy)
    {
        Array.Clear(dfdy);
        model.Jacobian!(t, y, state, dfdy);
    }
}
