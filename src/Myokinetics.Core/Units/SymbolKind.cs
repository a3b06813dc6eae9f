namespace Myokinetics.Core.Units;

/// <summary>What a symbol in a model's math stands for (SBML L3V2 core, the table of <c>ci</c>
/// interpretations).</summary>
public enum SymbolKind
{
    /// <summary>A compartment: its size.</summary>
    Compartment,

    /// <summary>A species: its amount, or its concentration unless it has only substance units.</summary>
    Species,

    /// <summary>A global parameter: its value.</summary>
    Parameter,

    /// <summary>A parameter local to one reaction's kinetic law.</summary>
    LocalParameter,

    /// <summary>A reaction: its rate, in extent per time.</summary>
    Reaction,

    /// <summary>A species reference with an id: its stoichiometry, which is dimensionless.</summary>
    SpeciesReference,
}
