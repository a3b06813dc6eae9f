namespace Myokinetics.Cli;

/// <summary>The exit codes of <c>myokinetics</c> (DESIGN.md's contract plus two of the command line's own).</summary>
public static class ExitCodes
{
    /// <summary>The command did what was asked.</summary>
    public const int Success = 0;

    /// <summary>Bad input: a model file, an option value or a command line that cannot be used.</summary>
    public const int BadInput = 1;

    /// <summary>A numerical failure: the simulation could not go on.</summary>
    public const int NumericalFailure = 2;

    /// <summary>A defect in Myokinetics itself (an exception nobody expected).</summary>
    public const int InternalError = 3;

    /// <summary>Cancelled by Ctrl+C (SIGINT) or SIGTERM: 128 + 2, as shells report SIGINT.</summary>
    public const int Cancelled = 130;
}
