namespace Myokinetics.Numerics.Optimization;

/// <summary>The outcome of solving a <see cref="LinearProgram"/>.</summary>
/// <param name="Status">Why the solver stopped.</param>
/// <param name="ObjectiveValue">c·x at the solution when <see cref="LinearProgramStatus.Optimal"/>;
/// ±∞ when unbounded (in the direction of the optimisation); NaN when infeasible.</param>
/// <param name="Solution">The value of each variable, in variable order (NaN when infeasible).</param>
/// <param name="Iterations">Pivots and bound flips over both phases.</param>
public sealed record LinearProgramResult(
    LinearProgramStatus Status,
    double ObjectiveValue,
    ImmutableArray<double> Solution,
    int Iterations);
