namespace Myokinetics.Antimony.Semantics;

/// <summary>What a name in an Antimony model is; <see cref="Unknown"/> until a statement says.</summary>
internal enum SymbolKind
{
    Unknown,
    Species,
    Compartment,
    Parameter,
    Reaction,
    Event,
}
