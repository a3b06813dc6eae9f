using Myokinetics.Core.Diagnostics;

namespace Myokinetics.Cli;

/// <summary>Turns an exception that ended a command into one line on the error writer and an exit code.</summary>
internal static class ErrorReporter
{
    /// <summary>errno EPIPE on Linux and macOS: the reader of a pipe has gone.</summary>
    private const int BrokenPipe = 32;

    public static int Report(Exception exception, TextWriter error, bool verbose)
    {
        switch (exception)
        {
            case OperationCanceledException:
                error.WriteLine("myokinetics: cancelled");
                return ExitCodes.Cancelled;
            case MyokineticsException known:
                return UserError(known, known.ExitCode, error);
            case CommandInputException input:
                return UserError(input, ExitCodes.BadInput, error);
            case ArgumentException argument when argument.GetType() == typeof(ArgumentException):
                // Settings validation in the engine throws plain ArgumentException naming the bad value;
                // its subclasses (null or out-of-range arguments) are defects and fall through.
                return UserError(argument, ExitCodes.BadInput, error);
            case IOException io when IsBrokenPipe(io):
                // The reader of standard output stopped early (as `| head` does): nothing more to say.
                return ExitCodes.Success;
            default:
                error.WriteLine($"myokinetics: internal error: {exception.GetType().FullName}: {CliApplication.OneLine(exception.Message)}");
                if (verbose)
                {
                    error.WriteLine(exception.ToString());
                }
                else
                {
                    error.WriteLine($"Run again with --verbose or {CliApplication.DebugVariable}=1 for the stack trace, and report it as a bug.");
                }

                return ExitCodes.InternalError;
        }
    }

    /// <summary>Whether <paramref name="exception"/> says that a pipe's reader has closed it.</summary>
    public static bool IsBrokenPipe(IOException exception) =>
        (exception.HResult & 0xFFFF) == BrokenPipe
        || exception.Message.Contains("Broken pipe", StringComparison.OrdinalIgnoreCase);

    /// <summary>A user's mistake or a numerical failure: the message alone, never a stack trace.</summary>
    private static int UserError(Exception exception, int code, TextWriter error)
    {
        error.WriteLine($"myokinetics: error: {CliApplication.OneLine(exception.Message)}");
        return code;
    }
}
