namespace Myokinetics.Core.Compile;

/// <summary>A conserved total of the fast reactions: Σ coefficient · species amount.</summary>
/// <param name="ValueIndex">Where the total is stored.</param>
/// <param name="StateIndex">Its index in the state vector.</param>
/// <param name="Terms">(value index of a species amount, coefficient) pairs.</param>
public sealed record ConservedTotal(int ValueIndex, int StateIndex, ImmutableArray<(int ValueIndex, double Coefficient)> Terms);
