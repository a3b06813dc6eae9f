using Myokinetics.Analysis.SteadyState;
using Myokinetics.Core.Compile;
using Myokinetics.Core.Simulate;

namespace Myokinetics.Cli.Simulation;

/// <summary>Starting a run from the model's steady state (<c>--at-steady-state</c>).</summary>
internal static class SteadyStart
{
    /// <summary><paramref name="settings"/> started from the steady state of <paramref name="model"/>
    /// with <paramref name="changes"/>; throws <see cref="SteadyStateException"/> (exit 2) when there is none.</summary>
    public static SimulationSettings Apply(CompiledModel model, SimulationSettings settings, IReadOnlyDictionary<string, double>? changes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var rest = SteadyStateSolver.Solve(model, changes, SteadyStateOptions.Default with { Time = settings.Start }, cancellationToken);
        return settings with { StartStates = rest.States };
    }
}
