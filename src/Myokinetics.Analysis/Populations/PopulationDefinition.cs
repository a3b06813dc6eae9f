namespace Myokinetics.Analysis.Populations;

/// <summary>
/// A virtual population as written in a population file: the parameters that vary between subjects,
/// each with its distribution, and optional correlations between them.
/// </summary>
/// <param name="Parameters">The varying parameters, in file order (the order also fixes which random
/// draw each one uses, so adding a parameter at the end leaves the others' draws unchanged).</param>
/// <param name="Correlations">Correlations between pairs of the parameters (none by default).</param>
/// <param name="Description">What the population represents, or null.</param>
/// <param name="File">The file it was read from, for messages.</param>
public sealed record PopulationDefinition(
    ImmutableArray<ParameterDistribution> Parameters,
    ImmutableArray<ParameterCorrelation> Correlations,
    string? Description,
    string File);
