namespace Myokinetics.Numerics.Optimization;

/// <summary>Whether an objective is to be made as small or as large as possible.</summary>
public enum OptimizationSense
{
    /// <summary>Find the smallest value of the objective.</summary>
    Minimize,

    /// <summary>Find the largest value of the objective.</summary>
    Maximize,
}
