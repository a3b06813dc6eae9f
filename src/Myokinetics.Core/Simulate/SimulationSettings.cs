using Myokinetics.Numerics.Integrate;

namespace Myokinetics.Core.Simulate;

/// <summary>How to run a time course.</summary>
/// <param name="Start">The first output time (the simulation starts here).</param>
/// <param name="End">The last output time.</param>
/// <param name="Steps">The number of equal output intervals: outputs at Start + i·(End−Start)/Steps, i = 0…Steps.</param>
/// <param name="AbsoluteTolerance">The integrator's absolute tolerance (default 1e-12).</param>
/// <param name="RelativeTolerance">The integrator's relative tolerance (default 1e-6).</param>
/// <param name="Integrator">Which method; <see cref="IntegratorKind.Auto"/> switches to the stiff
/// method when it detects stiffness.</param>
/// <param name="MaxStep">The largest step the integrator may take (default unbounded).</param>
/// <param name="MaxSteps">Steps allowed between two events or restarts before giving up.</param>
/// <param name="Seed">Seeds the random order of simultaneous events of equal priority.</param>
public sealed record SimulationSettings(
    double Start,
    double End,
    int Steps,
    double AbsoluteTolerance = 1e-12,
    double RelativeTolerance = 1e-6,
    IntegratorKind Integrator = IntegratorKind.Auto,
    double MaxStep = double.PositiveInfinity,
    long MaxSteps = 1_000_000,
    int Seed = 1)
{
    /// <summary>
    /// The state vector to start from instead of the model's initial values (the model's state order,
    /// species as stored — as a steady-state solver returns it), or empty (the default) for the initial
    /// values. Applied after initial assignments and before the events due at <see cref="Start"/>; every
    /// assigned quantity is recomputed from it.
    /// </summary>
    public ImmutableArray<double> StartStates { get; init; } = ImmutableArray<double>.Empty;

    /// <summary>The output times.</summary>
    public double[] OutputTimes()
    {
        var times = new double[Steps + 1];
        for (var i = 0; i <= Steps; i++)
        {
            times[i] = i == Steps ? End : Start + (i * (End - Start) / Steps);
        }

        return times;
    }

    /// <summary>Checks the settings; throws <see cref="ArgumentException"/> naming the bad one.</summary>
    public void Validate()
    {
        if (!double.IsFinite(Start) || !double.IsFinite(End) || End < Start)
        {
            throw new ArgumentException($"the end time ({End}) must be finite and not before the start ({Start})");
        }

        if (Steps < 1)
        {
            throw new ArgumentException($"the number of output steps must be at least 1 (got {Steps})");
        }

        if (!(AbsoluteTolerance > 0) || !(RelativeTolerance > 0))
        {
            throw new ArgumentException("tolerances must be positive");
        }
    }
}
