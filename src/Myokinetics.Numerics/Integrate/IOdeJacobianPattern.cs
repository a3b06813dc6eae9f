namespace Myokinetics.Numerics.Integrate;

/// <summary>
/// Implemented by an <see cref="IOdeSystem"/> whose analytic Jacobian has a known sparsity structure.
/// When <see cref="JacobianPattern"/> is not null, <see cref="IOdeSystem.Jacobian"/> writes only
/// those entries and the caller keeps every other entry of its array zero; the stiff integrators then
/// assemble and factor the iteration matrix in work proportional to the non-zeros instead of n².
/// </summary>
public interface IOdeJacobianPattern
{
    /// <summary>The positions i·n + j at which ∂f_i/∂y_j may be non-zero (each once), or null when the
    /// Jacobian is written in full.</summary>
    int[]? JacobianPattern { get; }
}
