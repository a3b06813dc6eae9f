using Myokinetics.Core.Diagnostics;

namespace Myokinetics.Analysis.Estimation;

/// <summary>A fit that cannot be set up as asked: an unknown parameter or observable, bounds that
/// exclude the start, settings out of range (exit code 1).</summary>
public sealed class FitInputException : MyokineticsException
{
    public FitInputException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }

    public override int ExitCode => 1;
}
