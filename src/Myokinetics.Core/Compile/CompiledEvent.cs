namespace Myokinetics.Core.Compile;

/// <summary>An event of a compiled model.</summary>
/// <param name="Id">The event id, or a generated label.</param>
/// <param name="Index">Index among the model's events (and in the trigger vector).</param>
/// <param name="InitialValue">The trigger's value just before the start.</param>
/// <param name="Persistent">Whether a pending execution survives the trigger turning false.</param>
/// <param name="UseValuesFromTriggerTime">Whether assignment values are computed when triggered.</param>
/// <param name="HasDelay">Whether the event has a delay expression.</param>
/// <param name="HasPriority">Whether the event has a priority expression.</param>
/// <param name="Targets">What each assignment sets, in order.</param>
/// <param name="Assignments">Computes the assignments' values (math values: concentrations for concentration species).</param>
/// <param name="DelayAndPriority">Computes [delay, priority] (0 and NaN when absent).</param>
public sealed record CompiledEvent(
    string Id,
    int Index,
    bool InitialValue,
    bool Persistent,
    bool UseValuesFromTriggerTime,
    bool HasDelay,
    bool HasPriority,
    ImmutableArray<EventTarget> Targets,
    ValuesFunction Assignments,
    ValuesFunction DelayAndPriority);

/// <summary>The target of one event assignment.</summary>
/// <param name="Symbol">The symbol set.</param>
/// <param name="CompartmentValueIndex">For a concentration species stored as an amount: the value
/// index of its compartment, whose size converts the assigned concentration; otherwise -1.</param>
public sealed record EventTarget(ModelSymbol Symbol, int CompartmentValueIndex);
