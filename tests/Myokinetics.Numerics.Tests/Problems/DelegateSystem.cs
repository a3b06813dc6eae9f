using Myokinetics.Numerics.Integrate;

namespace Myokinetics.Numerics.Tests.Problems;

/// <summary>A right-hand side (and optionally a Jacobian and a mass diagonal) given as delegates.</summary>
public sealed class DelegateSystem(
    int dimension,
    Action<double, double[], double[]> rhs,
    Action<double, double[], double[]>? jacobian = null,
    double[]? mass = null) : IOdeSystem
{
    public int Dimension => dimension;

    public bool HasJacobian => jacobian is not null;

    public double[]? MassDiagonal => mass;

    /// <summary>How many times <see cref="Evaluate"/> was called.</summary>
    public long Evaluations { get; private set; }

    public void Evaluate(double t, double[] y, double[] dydt)
    {
        Evaluations++;
        rhs(t, y, dydt);
    }

    public void Jacobian(double t, double[] y, double[] dfdy)
    {
        if (jacobian is null)
        {
            throw new InvalidOperationException("this system has no analytic Jacobian.");
        }

        jacobian(t, y, dfdy);
    }
}
