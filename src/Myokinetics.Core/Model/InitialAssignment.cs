using Myokinetics.Core.Math;

namespace Myokinetics.Core.Model;

/// <summary>Sets the initial value of <paramref name="Symbol"/> (a compartment, species, parameter or
/// species reference) from <paramref name="Math"/> at the start of a simulation. For a species without
/// only-substance units the value is a concentration.</summary>
public sealed record InitialAssignment(string Symbol, MathNode Math) : ModelElement;
