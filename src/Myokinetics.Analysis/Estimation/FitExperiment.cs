using Myokinetics.Core.Compile;

namespace Myokinetics.Analysis.Estimation;

/// <summary>One experiment of a fit: the compiled model with its protocol already applied (so each
/// experiment may have its own events), values fixed for this experiment, and its data.</summary>
/// <param name="Id">The experiment id (as in the data's <c>experiment</c> column; empty for one experiment).</param>
/// <param name="Model">The compiled model.</param>
/// <param name="Data">The measurements (times in the model's time units, at or after <paramref name="Start"/>).</param>
/// <param name="Start">The simulation start time (default 0).</param>
public sealed record FitExperiment(string Id, CompiledModel Model, ImmutableArray<Measurement> Data, double Start = 0)
{
    /// <summary>Declared values set for this experiment only (by id), before the estimated parameters.</summary>
    public IReadOnlyDictionary<string, double> Fixed { get; init; } = new Dictionary<string, double>();
}
