using Myokinetics.Core.Diagnostics;

namespace Myokinetics.Analysis.Sensitivity;

/// <summary>
/// A sensitivity analysis that cannot run with the input given: an unknown parameter, a bad range, an
/// unknown output variable or feature. The message is one line naming the input; exit code 1.
/// </summary>
public sealed class SensitivityInputException : MyokineticsException
{
    public SensitivityInputException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }

    /// <summary>Always 1 (bad input).</summary>
    public override int ExitCode => 1;
}
