using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using Myokinetics.Core.Compile;
using Myokinetics.Core.Diagnostics;
using Myokinetics.Core.Simulate;
using Myokinetics.Analysis.SteadyState;

namespace Myokinetics.Analysis.Populations;

/// <summary>
/// Simulates the subjects of a population on every core: the model is compiled once by the caller,
/// each subject is one <see cref="Simulator.Run(SimulationSettings, IReadOnlyList{OutputVariable}, Core.Results.ITimeCourseSink, IReadOnlyDictionary{string, double}?, CancellationToken)"/>
/// with only its drawn values changed, and the time courses go into per-worker
/// <see cref="PopulationSummary"/> objects merged exactly at the end — so the result is the same for
/// any number of threads.
/// </summary>
public static class PopulationSimulation
{
    /// <summary>The most time-course values held at once for the per-subject observer (≈ 32 MB).</summary>
    private const long ObserverBufferValues = 4_000_000;

    /// <summary>Simulates subjects <paramref name="first"/> to <paramref name="first"/> + <paramref name="count"/> − 1.</summary>
    /// <param name="model">The compiled model (the subject and protocol already applied).</param>
    /// <param name="settings">Times, tolerances and method, the same for every subject.</param>
    /// <param name="outputs">The variables to summarise.</param>
    /// <param name="sampler">Draws each subject's values.</param>
    /// <param name="first">The first subject number (1-based).</param>
    /// <param name="count">How many subjects.</param>
    /// <param name="options">Threads, progress and the per-subject observer.</param>
    /// <param name="cancellationToken">Stops the run (throws <see cref="OperationCanceledException"/>).</param>
    /// <returns>The summary of the subjects that succeeded and the failures. A subject whose integration
    /// fails (a <see cref="SimulationException"/>) is counted as failed, not dropped silently; any other
    /// error stops the run.</returns>
    public static PopulationRunResult Run(
        CompiledModel model,
        SimulationSettings settings,
        IReadOnlyList<OutputVariable> outputs,
        PopulationSampler sampler,
        long first,
        int count,
        PopulationRunOptions options,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(outputs);
        ArgumentNullException.ThrowIfNull(sampler);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        settings.Validate();
        var times = settings.OutputTimes();
        var variables = outputs.Select(o => o.Column).ToArray();
        var simulator = new Simulator(model);
        var workers = new ConcurrentBag<Worker>();
        var failures = new ConcurrentBag<SubjectFailure>();
        var done = 0;
        var observer = options.Observer;
        var cells = (long)times.Length * Math.Max(1, variables.Length);
        var block = observer is null ? Math.Max(count, 1) : (int)Math.Clamp(ObserverBufferValues / cells, options.EffectiveThreads, 1024);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.EffectiveThreads, CancellationToken = cancellationToken };
        var slots = observer is null ? null : new Slot[Math.Min(block, Math.Max(count, 1))];

        for (var start = 0; start < count; start += block)
        {
            var size = Math.Min(block, count - start);
            var blockStart = start;
            Guard(() => Parallel.For(
                0,
                size,
                parallel,
                () => workers.TryTake(out var w) ? w : new Worker(times.Length, variables.Length, sampler.ParameterIds.Length, times, variables),
                (i, _, worker) =>
                {
                    var subject = first + blockStart + i;
                    sampler.Draw(subject, worker.Parameters);
                    var changes = new Dictionary<string, double>(worker.Parameters.Length, StringComparer.Ordinal);
                    for (var k = 0; k < worker.Parameters.Length; k++)
                    {
                        changes[sampler.ParameterIds[k]] = worker.Parameters[k];
                    }

                    SubjectFailure? failure = null;
                    try
                    {
                        simulator.Run(StartSettings(model, settings, changes, options, cancellationToken), outputs, worker.Buffer, changes, cancellationToken);
                        if (!worker.Buffer.IsComplete)
                        {
                            throw new InvalidOperationException("the simulator ended before the last output time without an error");
                        }

                        worker.Summary.Add(worker.Buffer.Values);
                    }
                    catch (SimulationException ex)
                    {
                        failure = new SubjectFailure(subject, ex.Time, ex.Message);
                        failures.Add(failure);
                    }
                    catch (SteadyStateException ex)
                    {
                        failure = new SubjectFailure(subject, settings.Start, ex.Message);
                        failures.Add(failure);
                    }

                    if (slots is not null)
                    {
                        slots[i] = failure is null
                            ? new Slot(subject, (double[])worker.Parameters.Clone(), (double[])worker.Buffer.Values.Clone(), null)
                            : new Slot(subject, (double[])worker.Parameters.Clone(), null, failure);
                    }

                    var total = Interlocked.Increment(ref done);
                    options.Progress?.Invoke(total);
                    return worker;
                },
                workers.Add));

            if (observer is not null)
            {
                for (var i = 0; i < size; i++)
                {
                    var slot = slots![i];
                    if (slot.Failure is { } failure)
                    {
                        observer.Failed(failure);
                    }
                    else
                    {
                        observer.Simulated(slot.Subject, slot.Parameters, times, slot.Values);
                    }

                    slots[i] = default;
                }
            }
        }

        var summary = new PopulationSummary(times, variables);
        foreach (var worker in workers)
        {
            summary.Add(worker.Summary);
        }

        return new PopulationRunResult(summary, [.. failures.OrderBy(f => f.Subject)]);
    }

    /// <summary>Runs a parallel loop and rethrows what ended it as the loop body threw it: a cancellation
    /// as <see cref="OperationCanceledException"/>, a single user or numerical error as itself.</summary>
    /// <summary>The settings of one subject's run: <paramref name="settings"/>, started from the subject's
    /// steady state when the options ask for it.</summary>
    private static SimulationSettings StartSettings(CompiledModel model, SimulationSettings settings, IReadOnlyDictionary<string, double> changes, PopulationRunOptions options, CancellationToken cancellationToken)
    {
        if (!options.StartAtSteadyState)
        {
            return settings;
        }

        var rest = SteadyStateSolver.Solve(model, changes, SteadyStateOptions.Default with { Time = settings.Start }, cancellationToken);
        return settings with { StartStates = rest.States };
    }

    private static void Guard(Action loop)
    {
        try
        {
            loop();
        }
        catch (AggregateException ex)
        {
            var inner = ex.Flatten().InnerExceptions;
            if (inner.All(e => e is OperationCanceledException))
            {
                throw new OperationCanceledException("the population run was cancelled", ex);
            }

            var first = inner.FirstOrDefault(e => e is not OperationCanceledException) ?? inner[0];
            ExceptionDispatchInfo.Capture(first).Throw();
            throw;
        }
    }

    private readonly record struct Slot(long Subject, double[] Parameters, double[]? Values, SubjectFailure? Failure);

    private sealed class Worker(int rows, int columns, int parameters, double[] times, string[] variables)
    {
        public SubjectBuffer Buffer { get; } = new(rows, columns);

        public double[] Parameters { get; } = new double[parameters];

        public PopulationSummary Summary { get; } = new(times, variables);
    }
}
