namespace Myokinetics.Analysis.Estimation;

/// <summary>A nonlinear least-squares problem for <see cref="LevenbergMarquardt"/>: residuals r(x) and
/// their Jacobian.</summary>
public interface ILeastSquaresProblem
{
    /// <summary>m, the number of residuals.</summary>
    int ResidualCount { get; }

    /// <summary>Writes r(x) into <paramref name="residuals"/>; false when it cannot be evaluated there
    /// (the model failed or gave non-finite values), which the search treats as an infinite cost.</summary>
    bool Residuals(double[] x, double[] residuals);

    /// <summary>Writes ∂r/∂x (m × p, row-major) at <paramref name="x"/>, where the residuals are
    /// <paramref name="residuals"/>; false when it cannot be evaluated.</summary>
    bool Jacobian(double[] x, double[] residuals, double[] jacobian);
}
