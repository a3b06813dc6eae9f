namespace Myokinetics.Core.Model;

/// <summary>An objective of flux balance analysis (fbc <c>objective</c>): Σ coefficient · flux over its
/// terms, to be maximised or minimised.</summary>
/// <param name="Id">The objective's id, which names its value in results.</param>
/// <param name="Type">Whether to maximise or minimise.</param>
/// <param name="Terms">The weighted reaction fluxes (fbc <c>fluxObjective</c> elements) in document order.</param>
public sealed record FluxObjective(
    string Id,
    FluxObjectiveType Type,
    ImmutableArray<FluxObjectiveTerm> Terms) : ModelElement;
