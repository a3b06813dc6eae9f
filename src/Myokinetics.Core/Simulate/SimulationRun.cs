using System.Globalization;
using Myokinetics.Core.Compile;
using Myokinetics.Core.Diagnostics;
using Myokinetics.Core.Results;
using Myokinetics.Numerics.Integrate;

namespace Myokinetics.Core.Simulate;

/// <summary>One simulation from start to end (the simulator's loop and its scratch state).</summary>
internal sealed class SimulationRun
{
    private readonly CompiledModel model;
    private readonly ModelState state;
    private readonly SimulationSettings settings;
    private readonly OutputPlan plan;
    private readonly ITimeCourseSink sink;
    private readonly CancellationToken cancellationToken;
    private readonly double[] outputTimes;
    private readonly double[] row;
    private readonly double[] thresholds;
    private readonly EventScheduler scheduler;
    private readonly IOdeStepper stepper;
    private readonly DelayHistory? history;
    private readonly double[] historyRates;
    private readonly int[] rootSigns;
    private readonly double[] rootsHigh;
    private readonly double[] rootsMid;
    private int nextOutput;

    /// <summary>Comparisons that may switch within one step before the rest of it is taken as event-free.</summary>
    private const int MaxCrossingsPerStep = 1000;

    public SimulationRun(CompiledModel model, ModelState state, SimulationSettings settings, OutputPlan plan, ITimeCourseSink sink, CancellationToken cancellationToken)
    {
        this.model = model;
        this.state = state;
        this.settings = settings;
        this.plan = plan;
        this.sink = sink;
        this.cancellationToken = cancellationToken;
        outputTimes = settings.OutputTimes();
        row = new double[plan.Columns.Length];
        thresholds = new double[model.TimeThresholdCount];
        history = state.History as DelayHistory;
        historyRates = new double[model.States.Length];
        rootSigns = new int[model.TriggerRootCount];
        rootsHigh = new double[model.TriggerRootCount];
        rootsMid = new double[model.TriggerRootCount];
        scheduler = new EventScheduler(model, state, settings.Seed);
        stepper = model.States.Length == 0
            ? new NullStepper(System.Math.Min(settings.MaxStep, (settings.End - settings.Start) / settings.Steps))
            : Integrators.Create(model.FastScales is not null && settings.Integrator == IntegratorKind.Auto ? IntegratorKind.Rosenbrock : settings.Integrator);
    }

    public IntegratorStatistics Execute()
    {
        var t0 = settings.Start;
        model.Initialize(state, t0);
        if (!settings.StartStates.IsDefaultOrEmpty)
        {
            StartFrom(settings.StartStates, t0);
        }

        RecordHistory(t0);
        scheduler.Start(t0);
        scheduler.ExecuteDue(t0);
        RecordHistory(t0);
        UpdateThresholds(t0);

        var options = new IntegratorOptions(
                settings.RelativeTolerance,
                settings.AbsoluteTolerance,
                MaxStep: model.UsesDelay ? System.Math.Min(settings.MaxStep, model.SmallestConstantDelay) : settings.MaxStep,
                MaxSteps: settings.MaxSteps);
        try
        {
            stepper.Initialize(new ModelOdeSystem(model, state), t0, state.States, options);
        }
        catch (IntegratorException ex)
        {
            throw Failure(ex);
        }

        EvaluateRoots(t0, rootsHigh);
        StoreSigns(rootsHigh);
        sink.Begin(plan.Columns);
        EmitCurrent(outputTimes[0]);
        nextOutput = 1;
        while (nextOutput < outputTimes.Length)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Advance();
        }

        sink.End();
        return stepper.Statistics;
    }

    /// <summary>Replaces the initial state vector by <paramref name="states"/> and recomputes every assigned quantity.</summary>
    private void StartFrom(ImmutableArray<double> states, double t0)
    {
        if (states.Length != model.States.Length)
        {
            throw new ArgumentException($"the start state has {states.Length} values; model '{model.Model.Id}' has {model.States.Length} states");
        }

        foreach (var s in model.States)
        {
            var value = states[s.StateIndex];
            if (!double.IsFinite(value))
            {
                throw new ArgumentException($"the start state of '{s.Id}' is {value}; it must be finite");
            }

            state.States[s.StateIndex] = value;
            state.Values[s.ValueIndex] = value;
        }

        model.MakeConsistent(state, t0);
        model.Update(t0, state.States, state);
    }

    private void Advance()
    {
        var tStop = System.Math.Min(settings.End, System.Math.Min(scheduler.NextExecutionTime, NextThreshold(stepper.Time)));
        try
        {
            stepper.Step(tStop);
        }
        catch (IntegratorException ex)
        {
            throw Failure(ex);
        }

        var tLow = stepper.PreviousTime;
        var tNew = stepper.Time;
        for (var crossings = 0; ; crossings++)
        {
            LoadStepperState(tNew);
            EvaluateRoots(tNew, rootsHigh);
            var rootChanged = crossings < MaxCrossingsPerStep && SignsDiffer(rootSigns, rootsHigh);
            var triggerChanged = scheduler.TriggersChanged(tNew);
            if (!rootChanged && !triggerChanged && scheduler.NextExecutionTime > tNew)
            {
                RecordHistory(tNew);
                EmitOutputs(tNew, inclusive: true);
                StoreSigns(rootsHigh);
                return;
            }

            var tCross = rootChanged ? LocateRootCrossing(tLow, tNew)
                : triggerChanged ? LocateTriggerChange(tLow, tNew)
                : tNew;
            SetStateAt(tCross, tNew);
            if (scheduler.TriggersChanged(tCross) || scheduler.NextExecutionTime <= tCross)
            {
                HandleEvents(tCross, tNew);
                return;
            }

            // A comparison switched without switching any trigger: go on looking in the rest of the step.
            EvaluateRoots(tCross, rootsHigh);
            StoreSigns(rootsHigh);
            tLow = tCross;
        }
    }

    private void HandleEvents(double tEvent, double tNew)
    {
        var tolerance = 1e-12 * System.Math.Max(1.0, System.Math.Abs(tEvent));
        EmitOutputs(tEvent - tolerance, inclusive: false);
        SetStateAt(tEvent, tNew);
        RecordHistory(tEvent);
        scheduler.Recheck(tEvent);
        scheduler.ExecuteDue(tEvent);
        RecordHistory(tEvent);
        UpdateThresholds(tEvent);
        while (nextOutput < outputTimes.Length && outputTimes[nextOutput] <= tEvent + tolerance)
        {
            EmitCurrent(outputTimes[nextOutput++]);
        }

        EvaluateRoots(tEvent, rootsHigh);
        StoreSigns(rootsHigh);
        try
        {
            stepper.Restart(tEvent, state.States);
        }
        catch (IntegratorException ex)
        {
            throw Failure(ex);
        }
    }

    private void SetStateAt(double t, double tNew)
    {
        if (t == tNew)
        {
            LoadStepperState(tNew);
        }
        else
        {
            stepper.Interpolate(t, state.States);
            model.Update(t, state.States, state);
        }
    }

    /// <summary>The earliest time in (lo, hi] at which some root function's sign differs from its
    /// sign at lo, by bisection on the dense output.</summary>
    private double LocateRootCrossing(double lo, double hi)
    {
        for (var i = 0; i < 200; i++)
        {
            var mid = lo + (0.5 * (hi - lo));
            if (mid <= lo || mid >= hi)
            {
                break;
            }

            stepper.Interpolate(mid, state.States);
            model.Update(mid, state.States, state);
            EvaluateRoots(mid, rootsMid);
            if (SignsDiffer(rootSigns, rootsMid))
            {
                hi = mid;
            }
            else
            {
                lo = mid;
            }
        }

        return hi;
    }

    /// <summary>The earliest time in (lo, hi] at which some trigger differs from its value at lo, by
    /// bisection on the dense output to within a few units in the last place of the time.</summary>
    private double LocateTriggerChange(double lo, double hi)
    {
        for (var i = 0; i < 200; i++)
        {
            var mid = lo + (0.5 * (hi - lo));
            if (mid <= lo || mid >= hi)
            {
                break;
            }

            stepper.Interpolate(mid, state.States);
            model.Update(mid, state.States, state);
            if (scheduler.TriggersChanged(mid))
            {
                hi = mid;
            }
            else
            {
                lo = mid;
            }
        }

        return hi;
    }

    private void EvaluateRoots(double t, double[] values)
    {
        if (model.TriggerRoots is not null)
        {
            model.TriggerRoots(t, state, values);
        }
    }

    private static int Sign(double value) => double.IsNaN(value) ? 2 : System.Math.Sign(value);

    private static bool SignsDiffer(int[] signs, double[] values)
    {
        for (var i = 0; i < signs.Length; i++)
        {
            if (signs[i] != Sign(values[i]))
            {
                return true;
            }
        }

        return false;
    }

    private void StoreSigns(double[] values)
    {
        for (var i = 0; i < rootSigns.Length; i++)
        {
            rootSigns[i] = Sign(values[i]);
        }
    }

    /// <summary>Adds the current stored values and state rates to the delay history (models with delays only).</summary>
    private void RecordHistory(double t)
    {
        if (history is null)
        {
            return;
        }

        model.Rates(t, state.States, state, historyRates);
        history.Record(t, state.Values, historyRates);
    }

    private void LoadStepperState(double t)
    {
        stepper.State.CopyTo(state.States);
        model.Update(t, state.States, state);
    }

    /// <summary>Writes the outputs due up to <paramref name="limit"/> within the last step.</summary>
    private void EmitOutputs(double limit, bool inclusive)
    {
        while (nextOutput < outputTimes.Length)
        {
            var t = outputTimes[nextOutput];
            if (inclusive ? t > limit : t >= limit)
            {
                break;
            }

            if (t >= stepper.Time)
            {
                stepper.State.CopyTo(state.States);
            }
            else
            {
                stepper.Interpolate(System.Math.Max(t, stepper.PreviousTime), state.States);
            }

            model.Update(t, state.States, state);
            EmitCurrent(t);
            nextOutput++;
        }
    }

    private void EmitCurrent(double t)
    {
        plan.Read(state.Values, row);
        sink.Row(t, row);
    }

    private void UpdateThresholds(double t)
    {
        if (model.TimeThresholds is not null)
        {
            model.TimeThresholds(t, state, thresholds);
        }
    }

    private double NextThreshold(double t)
    {
        var next = double.PositiveInfinity;
        foreach (var threshold in thresholds)
        {
            if (threshold > t && threshold < next)
            {
                next = threshold;
            }
        }

        return next;
    }

    private SimulationException Failure(IntegratorException ex)
    {
        var variable = ex.Component >= 0 && ex.Component < model.States.Length ? model.States[ex.Component].Id : null;
        var detail = variable is null ? string.Empty : $" (variable '{variable}')";
        var hint = NonFiniteRates(ex.Time);
        return new SimulationException(
            $"the simulation stopped at t = {ex.Time.ToString("G10", CultureInfo.InvariantCulture)}{detail}: {ex.Reason.TrimEnd('.')}{hint}",
            ex.Time,
            variable,
            ex);
    }

    private string NonFiniteRates(double t)
    {
        // The last state the simulator loaded (the stepper may not have one if it failed to start).
        model.Update(t, state.States, state);

        var bad = model.Symbols
            .Where(s => s.Kind == SymbolKind.Reaction && !double.IsFinite(state.Values[s.ValueIndex]))
            .Select(s => $"{s.Id} = {state.Values[s.ValueIndex].ToString(CultureInfo.InvariantCulture)}")
            .ToList();
        return bad.Count == 0 ? string.Empty : $"; non-finite reaction rates (division by zero?): {string.Join(", ", bad)}";
    }
}
