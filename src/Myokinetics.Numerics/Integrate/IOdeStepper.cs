namespace Myokinetics.Numerics.Integrate;

/// <summary>
/// An adaptive one-step-at-a-time integrator with dense output. The caller (the simulator) drives
/// it: <see cref="Step"/> takes one accepted step that never passes the stop time it is given, then
/// the caller reads the state or interpolates inside the last step to produce output or locate
/// events, and calls <see cref="Restart"/> after changing the state discontinuously.
/// Stepping allocates nothing.
/// </summary>
public interface IOdeStepper
{
    /// <summary>The method's name, e.g. "dopri5" or "rodas4".</summary>
    string Name { get; }

    /// <summary>Binds the stepper to a system and starts it at (t0, y0). Allocates the work arrays.</summary>
    void Initialize(IOdeSystem system, double t0, ReadOnlySpan<double> y0, IntegratorOptions options);

    /// <summary>Starts again at (t, y) after a discontinuity, keeping system and options but no history.</summary>
    void Restart(double t, ReadOnlySpan<double> y);

    /// <summary>Takes one accepted step, ending at or before <paramref name="tStop"/> (exactly at it when the
    /// step would pass it). Throws <see cref="IntegratorException"/> when the tolerance cannot be met.</summary>
    void Step(double tStop);

    /// <summary>The time at the end of the last accepted step (t0 after Initialize/Restart).</summary>
    double Time { get; }

    /// <summary>The time at the start of the last accepted step.</summary>
    double PreviousTime { get; }

    /// <summary>The state at <see cref="Time"/>.</summary>
    ReadOnlySpan<double> State { get; }

    /// <summary>Writes the dense-output state at <paramref name="t"/>, which must lie in
    /// [<see cref="PreviousTime"/>, <see cref="Time"/>], into <paramref name="y"/>.</summary>
    void Interpolate(double t, Span<double> y);

    /// <summary>Counts of the work done since Initialize.</summary>
    IntegratorStatistics Statistics { get; }
}
