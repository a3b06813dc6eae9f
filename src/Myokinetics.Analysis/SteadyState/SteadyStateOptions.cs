using Myokinetics.Numerics.Integrate;

namespace Myokinetics.Analysis.SteadyState;

/// <summary>How to look for a steady state (every value has a default; see each parameter).</summary>
/// <param name="Time">The time at which the rates are evaluated (model time units; default 0). Only
/// matters for models whose rates depend on time explicitly, whose "steady state" is then that of the
/// system frozen at this time.</param>
/// <param name="RelativeTolerance">Relative tolerance on each state (default 1e-9): Newton's method has
/// converged when its full step is below <c>AbsoluteTolerance + RelativeTolerance·|y|</c> in RMS norm.</param>
/// <param name="AbsoluteTolerance">Absolute tolerance on each state, in the state's own unit (default 1e-12).</param>
/// <param name="MaxNewtonIterations">Newton iterations per attempt (default 50, at least 1).</param>
/// <param name="MaxIntegrationTime">How far past <paramref name="Time"/> the fallback integration may go
/// (model time units; default 1e9). Integration stops at 1, 10, 100, … time units to try Newton again.</param>
/// <param name="IntegrationRelativeTolerance">The fallback integrator's relative tolerance (default 1e-8).</param>
/// <param name="IntegrationAbsoluteTolerance">The fallback integrator's absolute tolerance (default 1e-12).</param>
/// <param name="Integrator">The fallback integrator (default <see cref="IntegratorKind.Auto"/>).</param>
/// <param name="AllowIntegration">Whether to fall back to integration when Newton's method fails (default true).</param>
public sealed record SteadyStateOptions(
    double Time = 0,
    double RelativeTolerance = 1e-9,
    double AbsoluteTolerance = 1e-12,
    int MaxNewtonIterations = 50,
    double MaxIntegrationTime = 1e9,
    double IntegrationRelativeTolerance = 1e-8,
    double IntegrationAbsoluteTolerance = 1e-12,
    IntegratorKind Integrator = IntegratorKind.Auto,
    bool AllowIntegration = true)
{
    /// <summary>The defaults.</summary>
    public static SteadyStateOptions Default { get; } = new();

    /// <summary>Checks the values; throws <see cref="ArgumentException"/> naming the bad one.</summary>
    public void Validate()
    {
        if (!double.IsFinite(Time))
        {
            throw new ArgumentException($"the steady-state time must be finite (got {Time})");
        }

        if (!(RelativeTolerance > 0) || !(AbsoluteTolerance > 0) || !(IntegrationRelativeTolerance > 0) || !(IntegrationAbsoluteTolerance > 0))
        {
            throw new ArgumentException("steady-state tolerances must be positive");
        }

        if (MaxNewtonIterations < 1)
        {
            throw new ArgumentException($"the number of Newton iterations must be at least 1 (got {MaxNewtonIterations})");
        }

        if (!(MaxIntegrationTime > 0))
        {
            throw new ArgumentException($"the longest integration must be positive (got {MaxIntegrationTime})");
        }
    }
}
