namespace Myokinetics.Core.Analysis;

/// <summary>The values of <see cref="FluxBalanceResult.Status"/>.</summary>
public static class FluxBalanceStatus
{
    /// <summary>An optimal flux distribution was found.</summary>
    public const string Optimal = "optimal";

    /// <summary>No flux distribution satisfies steady state and the bounds; every value is NaN (the SBML
    /// Test Suite expects NaN for the objective of such a model).</summary>
    public const string Infeasible = "infeasible";

    /// <summary>The objective can grow without limit; its value is +∞ (maximising) or −∞ (minimising)
    /// and the fluxes are NaN.</summary>
    public const string Unbounded = "unbounded";

    /// <summary>The linear-programming solver gave up after its iteration limit; every value is NaN.</summary>
    public const string IterationLimit = "iteration limit";
}
