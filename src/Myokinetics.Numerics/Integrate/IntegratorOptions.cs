namespace Myokinetics.Numerics.Integrate;

/// <summary>Settings of an integration; immutable and read once when the stepper is initialised.</summary>
/// <param name="RelativeTolerance">Relative local error tolerance (default 1e-6).</param>
/// <param name="AbsoluteTolerance">Absolute local error tolerance for every component (default 1e-10).</param>
/// <param name="AbsoluteTolerances">Per-component absolute tolerances; overrides <paramref name="AbsoluteTolerance"/> when given.</param>
/// <param name="InitialStep">First step size; 0 chooses one automatically.</param>
/// <param name="MaxStep">Largest step size allowed (default unbounded).</param>
/// <param name="MaxSteps">Steps allowed per call to <c>Initialize</c>/<c>Restart</c> before giving up (default 1,000,000).</param>
public sealed record IntegratorOptions(
    double RelativeTolerance = 1e-6,
    double AbsoluteTolerance = 1e-10,
    double[]? AbsoluteTolerances = null,
    double InitialStep = 0,
    double MaxStep = double.PositiveInfinity,
    long MaxSteps = 1_000_000)
{
    public static readonly IntegratorOptions Default = new();

    /// <summary>
    /// When positive, every step has exactly this size (the last one before a stop time is shortened to
    /// land on it) and the local error is not controlled: no step is rejected for accuracy. Meant for
    /// convergence-order studies and reproducing fixed-step results; 0 (the default) means adaptive
    /// steps. Non-finite states still fail with <see cref="IntegratorException"/>.
    /// </summary>
    public double FixedStep { get; init; }
}
