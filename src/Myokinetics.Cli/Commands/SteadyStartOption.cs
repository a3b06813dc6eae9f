using System.CommandLine;

namespace Myokinetics.Cli.Commands;

/// <summary>
/// <c>--at-steady-state</c>: start a run from the model's steady state (with the subject's values, before
/// any session or dose) instead of its initial values — for models not written to start at rest.
/// </summary>
internal static class SteadyStartOption
{
    /// <summary>A new <c>--at-steady-state</c> option.</summary>
    public static Option<bool> Create() => new("--at-steady-state")
    {
        Description = "Start from the model's steady state with the subject's values (Newton's method with the analytic Jacobian, falling back to integration; sessions and doses are not part of it) instead of its initial values. The crosstalk model starts at rest already.",
    };
}
