namespace Myokinetics.Core.Model;

/// <summary>
/// A model: the immutable intermediate representation every reader produces and every later stage
/// (compiler, writers, analyses) consumes. It carries SBML's meaning: species symbols in math mean
/// concentrations unless <see cref="Species.HasOnlySubstanceUnits"/>, reaction rates are extents per
/// time, and so on. Build one with a reader or with <c>with</c> expressions; validate it with
/// the compiler, which reports every problem it finds.
/// </summary>
public sealed record Model(
    string Id,
    ImmutableArray<FunctionDefinition> Functions,
    ImmutableArray<UnitDefinition> UnitDefinitions,
    ImmutableArray<Compartment> Compartments,
    ImmutableArray<Species> Species,
    ImmutableArray<Parameter> Parameters,
    ImmutableArray<InitialAssignment> InitialAssignments,
    ImmutableArray<Rule> Rules,
    ImmutableArray<Reaction> Reactions,
    ImmutableArray<Event> Events) : ModelElement
{
    /// <summary>The model's default units.</summary>
    public ModelUnits Units { get; init; } = ModelUnits.None;

    /// <summary>Id of the parameter that converts extent to substance for species without their own.</summary>
    public string? ConversionFactor { get; init; }

    /// <summary>The SBML level and version the model was read from (0, 0 for other formats).</summary>
    public (int Level, int Version) SbmlLevelVersion { get; init; }

    /// <summary>The flux balance constraints (SBML 'fbc' package: flux bounds and objectives), or null
    /// when the model has none.</summary>
    public FluxBalance? FluxBalance { get; init; }

    /// <summary>An empty model with the given id, to build on with <c>with</c> expressions.</summary>
    public static Model Empty(string id) => new(
        id,
        ImmutableArray<FunctionDefinition>.Empty,
        ImmutableArray<UnitDefinition>.Empty,
        ImmutableArray<Compartment>.Empty,
        ImmutableArray<Species>.Empty,
        ImmutableArray<Parameter>.Empty,
        ImmutableArray<InitialAssignment>.Empty,
        ImmutableArray<Rule>.Empty,
        ImmutableArray<Reaction>.Empty,
        ImmutableArray<Event>.Empty);
}
