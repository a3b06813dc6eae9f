using Myokinetics.Core.Diagnostics;

namespace Myokinetics.Lab.Assays;

/// <summary>A plate that reads but cannot be analysed as asked: too few standards for the curve, a
/// standard MFI that cannot be weighted (exit code 1).</summary>
public sealed class AssayInputException : MyokineticsException
{
    /// <summary>Creates the exception with its one-line message.</summary>
    public AssayInputException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }

    /// <inheritdoc/>
    public override int ExitCode => 1;
}
