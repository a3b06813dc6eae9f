namespace Myokinetics.Numerics.Optimization;

/// <summary>Settings of <see cref="SimplexSolver"/>; the defaults suit problems whose coefficients and
/// bounds are within a few orders of magnitude of 1 (flux balance models with bounds of ±1000 are fine).</summary>
/// <param name="FeasibilityTolerance">How far a variable may lie outside its bounds, or the first
/// phase's sum of infeasibilities above zero, and still count as feasible, relative to the problem's
/// scale max(1, largest finite bound or constraint limit). Default 1e-9.</param>
/// <param name="OptimalityTolerance">Reduced costs smaller than this in magnitude do not improve the
/// objective (default 1e-9).</param>
/// <param name="PivotTolerance">Tableau entries smaller than this in magnitude are never pivots
/// (default 1e-9).</param>
/// <param name="MaxIterations">Pivots and bound flips allowed over both phases; 0 (the default) means
/// 1000 + 50·(rows + columns).</param>
/// <param name="DegenerateStepsBeforeBland">Consecutive steps of length zero after which the solver
/// switches from Dantzig's largest-reduced-cost rule to Bland's smallest-index rule, which cannot
/// cycle; it switches back after the next step that makes progress. Independently of this count, the
/// solver switches as soon as a basis repeats within a run of degenerate steps (a cycle). Default
/// <see cref="int.MaxValue"/>: only on a cycle, since Bland's rule, safe as it is, can take very many
/// steps to leave a highly degenerate vertex; 0 uses Bland's rule throughout.</param>
public sealed record SimplexOptions(
    double FeasibilityTolerance = 1e-9,
    double OptimalityTolerance = 1e-9,
    double PivotTolerance = 1e-9,
    int MaxIterations = 0,
    int DegenerateStepsBeforeBland = int.MaxValue)
{
    /// <summary>The default settings.</summary>
    public static readonly SimplexOptions Default = new();
}
