using System.CommandLine;

namespace Myokinetics.Cli.Commands;

/// <summary>Options every verb accepts.</summary>
internal static class GlobalOptions
{
    /// <summary>The name of the verbose option.</summary>
    public const string VerboseName = "--verbose";

    /// <summary><c>--verbose</c>: informational notes about the model, and stack traces for internal errors.</summary>
    public static Option<bool> CreateVerbose() => new(VerboseName)
    {
        Description = "Also print informational notes about the model, and the stack trace of an internal error.",
        Recursive = true,
    };

    /// <summary>Whether <c>--verbose</c> was given.</summary>
    public static bool IsVerbose(ParseResult parse) => parse.GetValue<bool>(VerboseName);
}
