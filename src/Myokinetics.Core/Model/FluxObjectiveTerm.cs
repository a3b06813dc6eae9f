namespace Myokinetics.Core.Model;

/// <summary>One weighted flux in an objective (fbc <c>fluxObjective</c>): coefficient · flux of the reaction.</summary>
/// <param name="Reaction">The id of the reaction.</param>
/// <param name="Coefficient">The weight (finite; fbc requires a number).</param>
public sealed record FluxObjectiveTerm(string Reaction, double Coefficient) : ModelElement;
