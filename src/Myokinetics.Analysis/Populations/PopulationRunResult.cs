namespace Myokinetics.Analysis.Populations;

/// <summary>The outcome of a population run.</summary>
/// <param name="Summary">The summary time courses of the subjects that succeeded.</param>
/// <param name="Failures">The subjects whose simulation failed, by subject number.</param>
public sealed record PopulationRunResult(PopulationSummary Summary, ImmutableArray<SubjectFailure> Failures);
