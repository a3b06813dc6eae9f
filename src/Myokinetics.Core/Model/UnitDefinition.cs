namespace Myokinetics.Core.Model;

/// <summary>A named unit: the product of its <see cref="Units"/>.</summary>
public sealed record UnitDefinition(string Id, ImmutableArray<Unit> Units) : ModelElement;

/// <summary>One factor of a unit definition: <c>(Multiplier · 10^Scale · Kind)^Exponent</c>.</summary>
/// <param name="Kind">An SBML base unit kind (<c>mole</c>, <c>litre</c>, <c>second</c>, <c>dimensionless</c>, ...).</param>
public readonly record struct Unit(string Kind, double Exponent = 1, int Scale = 0, double Multiplier = 1);
