using Myokinetics.Core.Diagnostics;

namespace Myokinetics.Analysis.Estimation;

/// <summary>A fit that did not converge or whose model could not be simulated: says after how many
/// iterations and by how much the objective changed last (exit code 2, a numerical failure).</summary>
public sealed class FitConvergenceException : MyokineticsException
{
    public FitConvergenceException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }

    public override int ExitCode => 2;
}
