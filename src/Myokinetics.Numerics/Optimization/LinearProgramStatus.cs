namespace Myokinetics.Numerics.Optimization;

/// <summary>Why the simplex method stopped.</summary>
public enum LinearProgramStatus
{
    /// <summary>An optimal vertex was found; the solution and objective value are set.</summary>
    Optimal,

    /// <summary>No point satisfies every bound and constraint; the solution is NaN.</summary>
    Infeasible,

    /// <summary>The objective improves without limit along a feasible ray; the objective value is
    /// −∞ (minimising) or +∞ (maximising) and the solution is the last feasible vertex.</summary>
    Unbounded,

    /// <summary>The iteration limit of <see cref="SimplexOptions.MaxIterations"/> was reached first;
    /// the solution is the last vertex visited (feasible only when the second phase had begun).</summary>
    IterationLimit,
}
