namespace Myokinetics.Core.Model;

/// <summary>A chemical species (or any pool of substance) in a compartment.</summary>
/// <param name="Id">The identifier.</param>
/// <param name="Compartment">The id of the compartment that holds the species.</param>
/// <param name="InitialAmount">The initial amount, if given as an amount.</param>
/// <param name="InitialConcentration">The initial concentration, if given as a concentration.</param>
/// <param name="SubstanceUnits">Unit identifier of the substance, or null to use the model's default.</param>
/// <param name="HasOnlySubstanceUnits">When true, the species' symbol in math means its amount;
/// otherwise its concentration (amount / compartment size).</param>
/// <param name="BoundaryCondition">When true, reactions do not change the species (rules and events may).</param>
/// <param name="Constant">When true, nothing changes the species.</param>
/// <param name="ConversionFactor">Id of the parameter that converts reaction extent to this species'
/// substance, or null to use the model's conversion factor (if any).</param>
public sealed record Species(
    string Id,
    string Compartment,
    double? InitialAmount,
    double? InitialConcentration,
    string? SubstanceUnits,
    bool HasOnlySubstanceUnits,
    bool BoundaryCondition,
    bool Constant,
    string? ConversionFactor) : ModelElement;
