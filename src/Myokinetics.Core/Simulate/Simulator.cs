using Myokinetics.Core.Compile;
using Myokinetics.Core.Diagnostics;
using Myokinetics.Core.Results;
using Myokinetics.Numerics.Integrate;

namespace Myokinetics.Core.Simulate;

/// <summary>
/// Runs time courses of a compiled model: integrates the ODEs, locates trigger changes on the
/// integrator's dense output, executes events with SBML's semantics, stops exactly at the times
/// triggers compare with (doses), and writes outputs at the requested times.
/// </summary>
public sealed class Simulator
{
    private readonly CompiledModel model;

    public Simulator(CompiledModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        this.model = model;
    }

    /// <summary>Runs and keeps the result in memory.</summary>
    public TimeCourse Run(
        SimulationSettings settings,
        IReadOnlyList<OutputVariable> outputs,
        IReadOnlyDictionary<string, double>? changes = null,
        CancellationToken cancellationToken = default)
    {
        var result = new TimeCourse();
        Run(settings, outputs, result, changes, cancellationToken);
        return result;
    }

    /// <summary>Runs and streams the result to <paramref name="sink"/>.</summary>
    /// <param name="settings">Times, tolerances and method.</param>
    /// <param name="outputs">The columns to write.</param>
    /// <param name="sink">Receives the rows.</param>
    /// <param name="changes">Declared values to change before initialisation (parameters,
    /// compartment sizes, species initial values: the initial concentration of a species declared by
    /// concentration, else the initial amount), by id.</param>
    /// <param name="cancellationToken">Stops the run between steps.</param>
    /// <returns>The integrator's work counts (steps, right-hand side and Jacobian evaluations, LU
    /// factorisations) summed over the whole run, restarts at events included.</returns>
    public IntegratorStatistics Run(
        SimulationSettings settings,
        IReadOnlyList<OutputVariable> outputs,
        ITimeCourseSink sink,
        IReadOnlyDictionary<string, double>? changes = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(outputs);
        ArgumentNullException.ThrowIfNull(sink);
        settings.Validate();
        var plan = new OutputPlan(model, outputs);
        var state = model.CreateState();
        if (changes is not null)
        {
            foreach (var (id, value) in changes)
            {
                var index = model.DeclaredValueIndex(id) ?? throw new ModelValidationException($"cannot change '{id}': there is no such symbol in model '{model.Model.Id}'");
                state.Values[index] = value;
            }
        }

        var run = new SimulationRun(model, state, settings, plan, sink, cancellationToken);
        return run.Execute();
    }
}
