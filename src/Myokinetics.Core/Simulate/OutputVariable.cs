namespace Myokinetics.Core.Simulate;

/// <summary>Which quantity of a species to output.</summary>
public enum OutputQuantity
{
    /// <summary>A species as its symbol means in math: concentration unless it has only substance units.</summary>
    Default,

    /// <summary>The species' amount.</summary>
    Amount,

    /// <summary>The species' concentration (amount / compartment size).</summary>
    Concentration,
}

/// <summary>A column of the output: a species, compartment, parameter, species reference (its
/// stoichiometry) or reaction (its rate).</summary>
/// <param name="Id">The model id.</param>
/// <param name="Quantity">For species: amount or concentration.</param>
/// <param name="Header">The column header (default: the id).</param>
public sealed record OutputVariable(string Id, OutputQuantity Quantity = OutputQuantity.Default, string? Header = null)
{
    public string Column => Header ?? Id;
}
