namespace Myokinetics.Core.Units;

/// <summary>The declared units of one symbol as it is used in math.</summary>
/// <param name="Id">The symbol's id.</param>
/// <param name="Kind">What the symbol stands for.</param>
/// <param name="Units">The units of the symbol's value in math (for a species without only-substance
/// units: substance/size), or null when they are undeclared or cannot be resolved.</param>
/// <param name="Reaction">For a local parameter, the id of its reaction; otherwise null.</param>
public sealed record SymbolUnits(string Id, SymbolKind Kind, UnitVector? Units, string? Reaction = null)
{
    /// <summary>True when the units are known.</summary>
    public bool IsDeclared => Units is not null;
}
