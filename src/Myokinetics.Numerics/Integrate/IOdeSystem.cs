namespace Myokinetics.Numerics.Integrate;

/// <summary>
/// The system an integrator solves: <c>M · dy/dt = f(t, y)</c> with M the identity unless
/// <see cref="MassDiagonal"/> says otherwise. The integrator owns the arrays it passes in; an
/// implementation must not keep them or allocate.
/// </summary>
public interface IOdeSystem
{
    /// <summary>The number of state variables n.</summary>
    int Dimension { get; }

    /// <summary>Writes f(t, y) into <paramref name="dydt"/> (length n).</summary>
    void Evaluate(double t, double[] y, double[] dydt);

    /// <summary>Whether <see cref="Jacobian"/> gives an analytic Jacobian; when false the stiff
    /// integrators use finite differences.</summary>
    bool HasJacobian { get; }

    /// <summary>Writes ∂f/∂y at (t, y) into <paramref name="dfdy"/>, row-major n×n: entry (i, j) = ∂f_i/∂y_j
    /// at index i·n + j. Every entry must be written (zeros included).</summary>
    void Jacobian(double t, double[] y, double[] dfdy);

    /// <summary>The diagonal of the mass matrix M, or null for the identity. Zero entries make the
    /// corresponding equations algebraic (0 = f_i); only the implicit (Rosenbrock) integrators accept them.</summary>
    double[]? MassDiagonal { get; }
}
