namespace Myokinetics.Numerics.Optimization;

/// <summary>
/// Solves linear programs with a two-phase, bounded-variable primal simplex method on a dense tableau
/// (Chvátal, <i>Linear Programming</i>, 1983, ch. 8 "upper-bounded variables"; Bixby, Operations
/// Research 50 (2002) 3–15 for the overall design).
/// </summary>
/// <remarks>
/// <para>Each constraint row lower ≤ a·x ≤ upper becomes a·x − s = 0 with a slack s bounded by
/// [lower, upper] (equality rows keep a·x = b). Variables start at a finite bound (free ones at 0);
/// phase 1 adds one artificial variable per row, with the sign that makes it start non-negative, and
/// minimises their sum when the start is not feasible; a positive minimum means the problem is
/// infeasible. The artificials are then
/// pivoted out of the basis (those left in redundant rows are fixed at 0) and phase 2 optimises c·x
/// from that feasible basis. Nonbasic variables that move end at a bound.</para>
/// <para>Pricing is Dantzig's (largest reduced cost) with Harris's two-pass ratio test (Harris,
/// Mathematical Programming 5 (1973) 1–28), which prefers large pivots among near-ties. When a basis
/// repeats within a run of degenerate steps (the bases are hashed), or after
/// <see cref="SimplexOptions.DegenerateStepsBeforeBland"/> such steps, the solver switches to Bland's
/// smallest-index rule for entering and leaving variables (Bland, Mathematics of Operations Research
/// 2 (1977) 103–107), which cannot cycle, and back after the next step that makes progress. At the end
/// the basic values are recomputed from the original data with an LU factorisation of the basis, so
/// the answer does not carry the tableau's accumulated rounding.</para>
/// <para>The method is deterministic: the same program and options give the same bits on any machine.
/// It uses O(rows × (columns + rows)) memory and O(rows × columns) work per pivot, which suits problems
/// up to several hundred rows.</para>
/// </remarks>
public static class SimplexSolver
{
    /// <summary>Solves <paramref name="program"/>; infeasible and unbounded programs are reported in the
    /// result's <see cref="LinearProgramResult.Status"/>, not thrown.</summary>
    /// <param name="program">The linear program (not changed).</param>
    /// <param name="options">Tolerances and limits; null for <see cref="SimplexOptions.Default"/>.</param>
    /// <exception cref="ArgumentException">An option is out of range (tolerances must be positive and
    /// finite, limits non-negative).</exception>
    public static LinearProgramResult Solve(LinearProgram program, SimplexOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(program);
        options ??= SimplexOptions.Default;
        if (!IsPositive(options.FeasibilityTolerance) || !IsPositive(options.OptimalityTolerance) || !IsPositive(options.PivotTolerance))
        {
            throw new ArgumentException("the simplex tolerances must be positive and finite.", nameof(options));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(options.MaxIterations, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegative(options.DegenerateStepsBeforeBland, nameof(options));
        return new BoundedSimplex(program, options).Run();
    }

    private static bool IsPositive(double value) => value > 0 && double.IsFinite(value);
}
