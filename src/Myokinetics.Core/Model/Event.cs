using Myokinetics.Core.Math;

namespace Myokinetics.Core.Model;

/// <summary>
/// An event: when <see cref="Trigger"/> goes from false to true, its assignments are executed after
/// <see cref="Delay"/> (immediately when null), in order of <see cref="Priority"/> among events due
/// at the same time.
/// </summary>
/// <param name="Id">The identifier, or null.</param>
/// <param name="Trigger">The condition and how it behaves.</param>
/// <param name="Delay">The delay expression, evaluated at trigger time, or null for none.</param>
/// <param name="Priority">The priority expression, evaluated when the event is due, or null.</param>
/// <param name="UseValuesFromTriggerTime">Evaluate assignments at trigger time (true) or at execution time.</param>
/// <param name="Assignments">The assignments, all computed before any is applied.</param>
public sealed record Event(
    string? Id,
    Trigger Trigger,
    MathNode? Delay,
    MathNode? Priority,
    bool UseValuesFromTriggerTime,
    ImmutableArray<EventAssignment> Assignments) : ModelElement;

/// <summary>The trigger of an event.</summary>
/// <param name="Math">The boolean condition.</param>
/// <param name="InitialValue">The value the trigger is taken to have just before the start; when
/// false, a condition that is true at the start fires the event at the start.</param>
/// <param name="Persistent">When false, a delayed event whose trigger turns false before it executes
/// is cancelled.</param>
public sealed record Trigger(MathNode Math, bool InitialValue, bool Persistent) : ModelElement;

/// <summary>One assignment of an event: <c>Variable = Math</c>. For a species without only-substance
/// units the value is a concentration.</summary>
public sealed record EventAssignment(string Variable, MathNode Math) : ModelElement;
