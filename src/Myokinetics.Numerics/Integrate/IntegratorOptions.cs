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
}
