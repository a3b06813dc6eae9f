namespace Myokinetics.Core.Model;

/// <summary>One bound on a reaction's flux v: v ≤ limit, v ≥ limit or v = limit, where the limit is
/// either a number (fbc version 1's <c>fluxBound</c>) or the value of a parameter at the start of the
/// model, after initial assignments and rules (fbc version 2's <c>lowerFluxBound</c> /
/// <c>upperFluxBound</c>). Exactly one of <paramref name="Value"/> and <paramref name="Parameter"/> is
/// set. Several bounds on one reaction all hold (their intersection counts).</summary>
/// <param name="Id">The bound's own id (fbc version 1), or null.</param>
/// <param name="Reaction">The id of the bounded reaction.</param>
/// <param name="Operation">How the flux compares with the limit.</param>
/// <param name="Value">The limit as a number (may be ±∞), or null when <paramref name="Parameter"/> gives it.</param>
/// <param name="Parameter">The id of the parameter whose value is the limit, or null.</param>
public sealed record FluxBound(
    string? Id,
    string Reaction,
    FluxBoundOperation Operation,
    double? Value,
    string? Parameter = null) : ModelElement;
