namespace Myokinetics.Core.Model;

/// <summary>
/// The flux balance constraints of a model (SBML Level 3 'fbc' package, versions 1 and 2): bounds on
/// reaction fluxes and the objectives to optimise at steady state. A model carries one when its
/// document uses fbc; flux balance analysis reads it together with the model's reactions.
/// </summary>
/// <param name="Bounds">The flux bounds in document order. fbc version 1: one per
/// <c>fluxBound</c> element, with a number. fbc version 2: the reactions' <c>lowerFluxBound</c> and
/// <c>upperFluxBound</c> attributes, each a ≥ or ≤ bound that names a parameter.</param>
/// <param name="Objectives">The objectives in document order.</param>
/// <param name="ActiveObjective">The id of the objective to optimise (fbc <c>activeObjective</c>),
/// or null when the document names none.</param>
/// <param name="Strict">fbc version 2's <c>strict</c>: when true every reaction has both bounds, bound
/// parameters are constant and not NaN, stoichiometries are constant finite numbers, and the model is a
/// plain linear program. Always false for fbc version 1, which has no such attribute.</param>
public sealed record FluxBalance(
    ImmutableArray<FluxBound> Bounds,
    ImmutableArray<FluxObjective> Objectives,
    string? ActiveObjective,
    bool Strict)
{
    /// <summary>The fbc package version the constraints were read from (1 or 2); 2 for built ones.</summary>
    public int PackageVersion { get; init; } = 2;

    /// <summary>No bounds, no objectives, not strict.</summary>
    public static FluxBalance Empty { get; } = new(ImmutableArray<FluxBound>.Empty, ImmutableArray<FluxObjective>.Empty, null, false);
}
