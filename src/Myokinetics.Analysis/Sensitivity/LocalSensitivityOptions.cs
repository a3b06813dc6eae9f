namespace Myokinetics.Analysis.Sensitivity;

/// <summary>Settings of <see cref="LocalSensitivity"/>.</summary>
/// <param name="RelativeStep">The central-difference step as a fraction of each parameter's value; null
/// (the default) for the cube root of the runs' relative tolerance (2.15e-3 at 1e-8), the step that balances
/// truncation error (∝ h²) against the integration error divided by the step (∝ ε/h): Nocedal &amp; Wright,
/// Numerical Optimization, 2nd ed. (2006), §8.1. A parameter whose value is 0 is stepped by this amount.</param>
/// <param name="MaxRelativeTolerance">The runs use the smaller of the settings' relative tolerance and this
/// (default 1e-8), so that differences of runs are not dominated by integration error.</param>
/// <param name="Threads">Threads for the runs (null: every core).</param>
public sealed record LocalSensitivityOptions(double? RelativeStep = null, double MaxRelativeTolerance = 1e-8, int? Threads = null)
{
    /// <summary>The defaults.</summary>
    public static LocalSensitivityOptions Default { get; } = new();
}
