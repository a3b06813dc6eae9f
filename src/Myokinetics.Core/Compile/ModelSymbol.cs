namespace Myokinetics.Core.Compile;

/// <summary>
/// A symbol of a compiled model and where its value lives. Species are stored as amounts, except
/// species given by an assignment rule, which are stored as what the rule gives
/// (see <see cref="StoresConcentration"/>).
/// </summary>
/// <param name="Id">The SBML id (local parameters: <c>reaction:parameter</c>).</param>
/// <param name="Kind">What the symbol is.</param>
/// <param name="Determination">How its value is determined.</param>
/// <param name="ValueIndex">Index in the value vector of a <see cref="ModelState"/>.</param>
/// <param name="StateIndex">Index in the ODE state vector, or -1 for non-states.</param>
/// <param name="Compartment">For species: the compartment id.</param>
/// <param name="MathIsConcentration">For species: whether the symbol in math (and in assignments) means
/// the concentration (amount / compartment size) rather than the amount.</param>
/// <param name="StoresConcentration">For species: whether the stored value is the concentration.</param>
/// <param name="Units">The declared unit id, when any.</param>
/// <param name="Name">The human-readable name, when any.</param>
public sealed record ModelSymbol(
    string Id,
    SymbolKind Kind,
    Determination Determination,
    int ValueIndex,
    int StateIndex,
    string? Compartment,
    bool MathIsConcentration,
    bool StoresConcentration,
    string? Units,
    string? Name)
{
    /// <summary>Whether the symbol is an ODE state variable.</summary>
    public bool IsState => StateIndex >= 0;
}
