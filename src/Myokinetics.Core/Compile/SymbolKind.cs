namespace Myokinetics.Core.Compile;

/// <summary>What a model symbol is.</summary>
public enum SymbolKind
{
    Compartment,
    Species,
    Parameter,
    SpeciesReference,
    Reaction,
    LocalParameter,
}
