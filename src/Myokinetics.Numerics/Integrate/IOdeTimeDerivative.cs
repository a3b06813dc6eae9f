namespace Myokinetics.Numerics.Integrate;

/// <summary>
/// Optionally implemented by an <see cref="IOdeSystem"/> that can give ∂f/∂t itself (analytically, or
/// all zeros when f does not depend on t). The Rosenbrock method needs ∂f/∂t once per step; without
/// this interface it takes a forward difference in t, which costs one evaluation of f per step and
/// carries an error of about √ε relative to ∂f/∂t.
/// </summary>
public interface IOdeTimeDerivative
{
    /// <summary>Writes ∂f/∂t at (t, y) into <paramref name="dfdt"/> (length n). Must not allocate or keep the arrays.</summary>
    void TimeDerivative(double t, double[] y, double[] dfdt);
}
