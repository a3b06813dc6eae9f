namespace Myokinetics.Analysis.Estimation;

/// <summary>How a Levenberg–Marquardt run ended.</summary>
/// <param name="X">The last accepted point.</param>
/// <param name="Residuals">r(X).</param>
/// <param name="Jacobian">∂r/∂x at X (m × p, row-major).</param>
/// <param name="SumOfSquares">‖r(X)‖².</param>
/// <param name="Iterations">Linear solves done (accepted and rejected steps).</param>
/// <param name="Converged">Whether a convergence test passed.</param>
/// <param name="Reason">Which test passed, or why it stopped.</param>
/// <param name="LastChange">The change of ‖r‖² in the last accepted step (negative: a decrease).</param>
public sealed record LeastSquaresOutcome(
    double[] X,
    double[] Residuals,
    double[] Jacobian,
    double SumOfSquares,
    int Iterations,
    bool Converged,
    string Reason,
    double LastChange);
