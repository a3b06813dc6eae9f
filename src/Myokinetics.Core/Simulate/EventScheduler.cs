using Myokinetics.Core.Compile;
using Myokinetics.Core.Diagnostics;

namespace Myokinetics.Core.Simulate;

/// <summary>
/// SBML event semantics for one simulation: rising triggers schedule executions (after the delay,
/// with values from trigger time when asked); falling triggers cancel non-persistent pending
/// executions; executions due at the same time run one at a time, highest priority first (ties in
/// seeded random order), and triggers are re-evaluated after each, so events can cascade.
/// </summary>
internal sealed class EventScheduler
{
    private const int MaxExecutionsPerInstant = 100_000;
    private readonly CompiledModel model;
    private readonly ModelState state;
    private readonly List<PendingEvent> pending = [];
    private readonly bool[] triggerState;
    private readonly bool[] scratch;
    private readonly double[] pair = new double[2];
    private readonly Random random;
    private long sequence;

    public EventScheduler(CompiledModel model, ModelState state, int seed)
    {
        this.model = model;
        this.state = state;
        triggerState = new bool[model.Events.Length];
        scratch = new bool[model.Events.Length];
        random = new Random(seed);
    }

    public bool HasEvents => model.Events.Length > 0;

    /// <summary>The earliest pending execution time, or +∞.</summary>
    public double NextExecutionTime => pending.Count == 0 ? double.PositiveInfinity : pending.Min(p => p.Time);

    /// <summary>Sets the trigger values just before the start from each event's initialValue, then
    /// looks at the triggers at the start (so a trigger true at t0 with initialValue false fires).</summary>
    public void Start(double t0)
    {
        for (var i = 0; i < model.Events.Length; i++)
        {
            triggerState[i] = model.Events[i].InitialValue;
        }

        Recheck(t0);
    }

    /// <summary>Whether the triggers, evaluated from the current stored values at <paramref name="t"/>, differ from the last known ones.</summary>
    public bool TriggersChanged(double t)
    {
        if (!HasEvents)
        {
            return false;
        }

        model.Triggers(t, state, scratch);
        return !scratch.AsSpan().SequenceEqual(triggerState);
    }

    /// <summary>Accepts the trigger values at <paramref name="t"/> (stored values must be current):
    /// schedules rising events and cancels non-persistent pending events whose trigger fell.</summary>
    public void Recheck(double t)
    {
        if (!HasEvents)
        {
            return;
        }

        model.Triggers(t, state, scratch);
        for (var i = 0; i < scratch.Length; i++)
        {
            if (scratch[i] == triggerState[i])
            {
                continue;
            }

            triggerState[i] = scratch[i];
            var e = model.Events[i];
            if (scratch[i])
            {
                Schedule(e, t);
            }
            else if (!e.Persistent)
            {
                pending.RemoveAll(p => p.Event.Index == i);
            }
        }
    }

    /// <summary>Executes every event due at <paramref name="t"/> (stored values must be current);
    /// returns whether any executed.</summary>
    public bool ExecuteDue(double t)
    {
        var executed = 0;
        while (true)
        {
            var due = pending.Where(p => p.Time <= t).ToList();
            if (due.Count == 0)
            {
                return executed > 0;
            }

            if (++executed > MaxExecutionsPerInstant)
            {
                throw new SimulationException(
                    $"events keep executing at t = {t:G10} without time advancing (more than {MaxExecutionsPerInstant} executions): an event probably re-triggers itself",
                    t);
            }

            var next = SelectNext(due, t);
            pending.Remove(next);
            Execute(next, t);
            Recheck(t);
        }
    }

    private void Schedule(CompiledEvent e, double t)
    {
        e.DelayAndPriority(t, state, pair);
        var delay = e.HasDelay ? pair[0] : 0.0;
        if (!(delay >= 0))
        {
            throw new SimulationException($"event '{e.Id}' has a delay of {delay:G6} at t = {t:G10}; delays must be zero or positive", t);
        }

        double[]? values = null;
        if (e.UseValuesFromTriggerTime)
        {
            values = new double[e.Targets.Length];
            e.Assignments(t, state, values);
        }

        pending.Add(new PendingEvent(e, t + delay, values, sequence++));
    }

    private PendingEvent SelectNext(List<PendingEvent> due, double t)
    {
        if (due.Count == 1)
        {
            return due[0];
        }

        var best = new List<PendingEvent>();
        var bestPriority = double.NegativeInfinity;
        foreach (var p in due.OrderBy(p => p.Sequence))
        {
            var priority = double.NegativeInfinity;
            if (p.Event.HasPriority)
            {
                p.Event.DelayAndPriority(t, state, pair);
                priority = double.IsNaN(pair[1]) ? double.NegativeInfinity : pair[1];
            }

            if (priority > bestPriority)
            {
                bestPriority = priority;
                best.Clear();
                best.Add(p);
            }
            else if (priority == bestPriority)
            {
                best.Add(p);
            }
        }

        return best.Count == 1 ? best[0] : best[random.Next(best.Count)];
    }

    private void Execute(PendingEvent p, double t)
    {
        var e = p.Event;
        var values = p.Values;
        if (values is null)
        {
            values = new double[e.Targets.Length];
            e.Assignments(t, state, values);
        }

        var v = state.Values;

        // Assigned concentrations become amounts with the compartment sizes from before this event's
        // own assignments (SBML Test Suite case 01780), so convert them first.
        for (var k = 0; k < e.Targets.Length; k++)
        {
            var target = e.Targets[k];
            if (target.CompartmentValueIndex >= 0)
            {
                values[k] *= v[target.CompartmentValueIndex];
            }
        }

        for (var k = 0; k < e.Targets.Length; k++)
        {
            v[e.Targets[k].Symbol.ValueIndex] = values[k];
        }

        foreach (var s in model.States)
        {
            state.States[s.StateIndex] = v[s.ValueIndex];
        }

        model.MakeConsistent(state, t);
        model.Update(t, state.States, state);
    }
}
