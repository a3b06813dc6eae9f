using Myokinetics.Cli.Commands;
using Myokinetics.Core.Simulate;
using Myokinetics.Numerics.Integrate;

namespace Myokinetics.Cli.Simulation;

/// <summary>The output time span of a command that simulates over time, as given: <c>--start</c>,
/// <c>--end</c>, <c>--steps</c> and <c>--step</c>.</summary>
/// <param name="Start">The first output time (default 0).</param>
/// <param name="End">The last output time.</param>
/// <param name="Steps">The number of equal output intervals; ignored when <paramref name="Step"/> is given.</param>
/// <param name="Step">The output interval, or null to use <paramref name="Steps"/>.</param>
internal sealed record TimeSpanRequest(TimeArgument Start, TimeArgument End, int Steps, TimeArgument? Step)
{
    /// <summary>The most output intervals <c>--step</c> may give.</summary>
    private const int MaximumSteps = 10_000_000;

    /// <summary>The simulator's settings in the model's time units; throws <see cref="CommandInputException"/>
    /// for values out of range or a <c>--step</c> that does not divide the span into whole steps.</summary>
    /// <param name="modelId">The model's id, for messages.</param>
    /// <param name="hoursPerModelUnit">Hours in one model time unit, or null when the model declares none.</param>
    /// <param name="absoluteTolerance">The integrator's absolute tolerance.</param>
    /// <param name="relativeTolerance">The integrator's relative tolerance.</param>
    /// <param name="integrator">The integration method.</param>
    public SimulationSettings Settings(string modelId, double? hoursPerModelUnit, double absoluteTolerance, double relativeTolerance, IntegratorKind integrator)
    {
        var start = Start.InModelUnits(hoursPerModelUnit, modelId);
        var end = End.InModelUnits(hoursPerModelUnit, modelId);
        var steps = Steps;
        if (Step is { } stepArgument)
        {
            var step = stepArgument.InModelUnits(hoursPerModelUnit, modelId);
            var count = (end - start) / step;
            var whole = Math.Round(count);
            if (!(step > 0) || !double.IsFinite(count) || whole < 1 || Math.Abs(count - whole) > 1e-9 * Math.Max(1, whole))
            {
                throw new CommandInputException($"--step {stepArgument.Text} must divide the time from --start {Start.Text} to --end {End.Text} into a whole number of steps");
            }

            if (whole > MaximumSteps)
            {
                throw new CommandInputException($"--step {stepArgument.Text} gives {whole:0} output steps; at most {MaximumSteps} are allowed");
            }

            steps = (int)whole;
        }

        var settings = new SimulationSettings(start, end, steps, absoluteTolerance, relativeTolerance, integrator);
        try
        {
            settings.Validate();
        }
        catch (ArgumentException ex)
        {
            throw new CommandInputException(ex.Message, ex);
        }

        return settings;
    }
}
