namespace Myokinetics.Core.Analysis;

/// <summary>The outcome of <see cref="FluxBalanceAnalysis.Solve(Model.Model)"/>.</summary>
/// <param name="ObjectiveValue">The optimal value of the optimised objective (NaN when infeasible,
/// ±∞ when unbounded).</param>
/// <param name="Fluxes">The flux of every reaction at the optimum, by reaction id (NaN unless optimal).
/// Where several flux distributions reach the optimum, this is one optimal vertex; which one is
/// deterministic but not otherwise specified.</param>
/// <param name="Status">One of the <see cref="FluxBalanceStatus"/> values.</param>
public sealed record FluxBalanceResult(
    double ObjectiveValue,
    ImmutableDictionary<string, double> Fluxes,
    string Status)
{
    /// <summary>The id of the objective that was optimised.</summary>
    public string ObjectiveId { get; init; } = string.Empty;

    /// <summary>The value of every objective of the model at the solution, by objective id (the
    /// optimised one equals <see cref="ObjectiveValue"/>; the others are Σ coefficient · flux at the
    /// same fluxes, NaN unless optimal).</summary>
    public ImmutableDictionary<string, double> ObjectiveValues { get; init; } = ImmutableDictionary<string, double>.Empty;

    /// <summary>The value named <paramref name="id"/>: a reaction's flux, or an objective's value.
    /// This is what an SBML Test Suite flux balance case lists in its <c>variables</c>.</summary>
    /// <returns>False when <paramref name="id"/> is neither a reaction nor an objective of the model.</returns>
    public bool TryGetValue(string id, out double value)
    {
        ArgumentNullException.ThrowIfNull(id);
        return Fluxes.TryGetValue(id, out value) || ObjectiveValues.TryGetValue(id, out value);
    }
}
