namespace Myokinetics.Core.Model;

/// <summary>A compartment: a well-mixed region whose size scales its species' concentrations.</summary>
/// <param name="Id">The identifier.</param>
/// <param name="SpatialDimensions">0, 1, 2 or 3 (may be non-integer in SBML L3); null when unset.</param>
/// <param name="Size">The initial size, or null when it is set by an initial assignment or rule.</param>
/// <param name="Units">Unit identifier of the size, or null to use the model's default.</param>
/// <param name="Constant">Whether the size can change during a simulation.</param>
public sealed record Compartment(string Id, double? SpatialDimensions, double? Size, string? Units, bool Constant)
    : ModelElement;
