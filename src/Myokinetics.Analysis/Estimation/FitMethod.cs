namespace Myokinetics.Analysis.Estimation;

/// <summary>How to search for the best parameters.</summary>
public enum FitMethod
{
    /// <summary>Levenberg–Marquardt from the given start (local).</summary>
    LevenbergMarquardt,

    /// <summary>Levenberg–Marquardt from the given start and from Latin-hypercube starts within the
    /// bounds; the best result wins (global).</summary>
    Multistart,

    /// <summary>Differential evolution within the bounds, then Levenberg–Marquardt from its best member (global).</summary>
    DifferentialEvolution,
}
