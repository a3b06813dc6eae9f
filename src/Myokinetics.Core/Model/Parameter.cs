namespace Myokinetics.Core.Model;

/// <summary>A global parameter, or a local parameter of a kinetic law.</summary>
/// <param name="Id">The identifier.</param>
/// <param name="Value">The initial value, or null when it is set by an initial assignment or rule.</param>
/// <param name="Units">Unit identifier, or null when undeclared.</param>
/// <param name="Constant">Whether the value can change during a simulation (always true for local parameters).</param>
public sealed record Parameter(string Id, double? Value, string? Units, bool Constant) : ModelElement;
