using Myokinetics.Core.Diagnostics;

namespace Myokinetics.Analysis.SteadyState;

/// <summary>No steady state was found: says what Newton's method and the integration did (exit code 2,
/// a numerical failure).</summary>
public sealed class SteadyStateException : MyokineticsException
{
    public SteadyStateException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }

    public override int ExitCode => 2;
}
