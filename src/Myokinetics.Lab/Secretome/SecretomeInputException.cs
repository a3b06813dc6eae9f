using Myokinetics.Core.Diagnostics;

namespace Myokinetics.Lab.Secretome;

/// <summary>Inputs that read but cannot be analysed as asked: a sample sheet naming a sample the
/// proteinGroups file lacks, a group with fewer than two samples (exit code 1).</summary>
public sealed class SecretomeInputException : MyokineticsException
{
    /// <summary>Creates the exception with its one-line message.</summary>
    public SecretomeInputException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }

    /// <inheritdoc/>
    public override int ExitCode => 1;
}
