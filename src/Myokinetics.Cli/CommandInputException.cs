namespace Myokinetics.Cli;

/// <summary>
/// Input the command line cannot use although it parsed (a variable the model does not have, an
/// output file that cannot be written, settings out of range): exit code 1 with the one-line message.
/// </summary>
public sealed class CommandInputException : Exception
{
    public CommandInputException()
        : this("the command's input cannot be used")
    {
    }

    public CommandInputException(string message)
        : base(message)
    {
    }

    public CommandInputException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
