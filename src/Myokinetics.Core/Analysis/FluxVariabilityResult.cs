namespace Myokinetics.Core.Analysis;

/// <summary>The outcome of <see cref="FluxVariabilityAnalysis.Solve"/>.</summary>
/// <param name="ObjectiveValue">The optimum the ranges are taken at (as <see cref="FluxBalanceResult.ObjectiveValue"/>).</param>
/// <param name="Ranges">The flux range of each requested reaction over all optimal flux distributions
/// (NaN ranges unless <paramref name="Status"/> is optimal).</param>
/// <param name="Status">The status of the flux balance analysis (a <see cref="FluxBalanceStatus"/> value).</param>
public sealed record FluxVariabilityResult(
    double ObjectiveValue,
    ImmutableDictionary<string, FluxRange> Ranges,
    string Status);
