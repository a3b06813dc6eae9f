namespace Myokinetics.Analysis.Populations;

/// <summary>How to run a population.</summary>
/// <param name="Threads">Worker threads; 0 (the default) means one per processor.</param>
public sealed record PopulationRunOptions(int Threads = 0)
{
    /// <summary>Called after each subject (from worker threads) with the number of subjects done so far.</summary>
    public Action<int>? Progress { get; init; }

    /// <summary>Receives every subject in order (makes the run hold a block of time courses at a time); null for none.</summary>
    public ISubjectObserver? Observer { get; init; }

    /// <summary>Start each subject from its own steady state (found with its drawn values by
    /// <see cref="SteadyState.SteadyStateSolver"/>, Newton's method falling back to integration) instead of
    /// the model's initial values; a subject without a steady state is counted as a failure. Default false.</summary>
    public bool StartAtSteadyState { get; init; }

    /// <summary>The worker count to use.</summary>
    public int EffectiveThreads => Threads > 0 ? Threads : Environment.ProcessorCount;
}
