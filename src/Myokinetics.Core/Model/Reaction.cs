using Myokinetics.Core.Math;

namespace Myokinetics.Core.Model;

/// <summary>A reaction: reactants turn into products at the rate its kinetic law gives
/// (in extent per time; the species' conversion factors turn extent into substance).</summary>
public sealed record Reaction(
    string Id,
    ImmutableArray<SpeciesReference> Reactants,
    ImmutableArray<SpeciesReference> Products,
    ImmutableArray<ModifierReference> Modifiers,
    KineticLaw? KineticLaw,
    bool Reversible,
    bool Fast,
    string? Compartment) : ModelElement;

/// <summary>A reactant or product with its stoichiometry.</summary>
/// <param name="Species">The species id.</param>
/// <param name="Stoichiometry">The stoichiometry, or null when it is set by an initial assignment,
/// rule or event through <paramref name="Id"/> (SBML Level 3 leaves it undefined otherwise).</param>
/// <param name="Constant">Whether the stoichiometry can change during a simulation.</param>
/// <param name="Id">The species reference's own id, through which math may read or set the stoichiometry.</param>
/// <param name="StoichiometryMath">SBML Level 2 <c>stoichiometryMath</c>: the stoichiometry as an
/// expression evaluated at all times.</param>
public sealed record SpeciesReference(
    string Species,
    double? Stoichiometry,
    bool Constant,
    string? Id = null,
    MathNode? StoichiometryMath = null) : ModelElement;

/// <summary>A species that affects a rate without being consumed or produced.</summary>
public sealed record ModifierReference(string Species, string? Id = null) : ModelElement;

/// <summary>The rate law of a reaction, with parameters local to it (which shadow global ids).</summary>
public sealed record KineticLaw(MathNode Math, ImmutableArray<Parameter> LocalParameters) : ModelElement;
