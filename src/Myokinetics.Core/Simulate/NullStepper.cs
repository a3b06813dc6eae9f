using Myokinetics.Numerics.Integrate;

namespace Myokinetics.Core.Simulate;

/// <summary>The "integrator" of a model without ODE states: time advances straight to the stop
/// (bounded by <see cref="MaxStep"/> so triggers that depend on time are not skipped).</summary>
internal sealed class NullStepper : IOdeStepper
{
    private long steps;

    public NullStepper(double maxStep)
    {
        MaxStep = maxStep;
    }

    public double MaxStep { get; }

    public string Name => "none";

    public double Time { get; private set; }

    public double PreviousTime { get; private set; }

    public ReadOnlySpan<double> State => ReadOnlySpan<double>.Empty;

    public IntegratorStatistics Statistics => new(steps, 0, 0, 0, 0);

    public void Initialize(IOdeSystem system, double t0, ReadOnlySpan<double> y0, IntegratorOptions options) => Restart(t0, y0);

    public void Restart(double t, ReadOnlySpan<double> y)
    {
        Time = t;
        PreviousTime = t;
    }

    public void Step(double tStop)
    {
        PreviousTime = Time;
        Time = System.Math.Min(tStop, Time + MaxStep);
        steps++;
    }

    public void Interpolate(double t, Span<double> y)
    {
    }
}
