using Myokinetics.Numerics.Integrate;

namespace Myokinetics.Numerics.Tests.Problems;

/// <summary>A system that also gives ∂f/∂t analytically (through <see cref="IOdeTimeDerivative"/>).</summary>
public sealed class TimeDerivativeSystem(IOdeSystem inner, Action<double, double[], double[]> timeDerivative)
    : IOdeSystem, IOdeTimeDerivative
{
    public int Dimension => inner.Dimension;

    public bool HasJacobian => inner.HasJacobian;

    public double[]? MassDiagonal => inner.MassDiagonal;

    public void Evaluate(double t, double[] y, double[] dydt) => inner.Evaluate(t, y, dydt);

    public void Jacobian(double t, double[] y, double[] dfdy) => inner.Jacobian(t, y, dfdy);

    public void TimeDerivative(double t, double[] y, double[] dfdt) => timeDerivative(t, y, dfdt);
}
