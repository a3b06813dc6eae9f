namespace Myokinetics.Numerics.Integrate;

/// <summary>The integrator could not go on. Says where (<see cref="Time"/>), which state component
/// was worst (<see cref="Component"/>, -1 when none in particular) and why.</summary>
public sealed class IntegratorException : Exception
{
    public IntegratorException(double time, int component, string reason)
        : base($"integration failed at t = {time.ToString("G10", System.Globalization.CultureInfo.InvariantCulture)}: {reason}")
    {
        Time = time;
        Component = component;
        Reason = reason;
    }

    public double Time { get; }

    public int Component { get; }

    public string Reason { get; }
}
