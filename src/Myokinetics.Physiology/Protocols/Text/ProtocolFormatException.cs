using Myokinetics.Core.Diagnostics;

namespace Myokinetics.Physiology.Protocols.Text;

/// <summary>
/// A protocol or subject string that cannot be used. The message is one line that names where the
/// string came from (an option such as <c>--exercise</c>, or a file, line and column), the string,
/// the position in it and the problem:
/// <c>--exercise "cycling 60min @165%VO2max": at '@165%VO2max' (column 15): intensity must be between 1% and 100% of VO2max</c>.
/// </summary>
public sealed class ProtocolFormatException : MyokineticsException
{
    public ProtocolFormatException(string source, string text, int column, string? token, string problem)
        : base(Compose(source, text, column, token, problem))
    {
        Source = source;
        Text = text;
        Column = column;
        Problem = problem;
    }

    /// <summary>Where the string came from: an option (<c>--dose</c>) or <c>file:line:column: key</c>.</summary>
    public new string Source { get; }

    /// <summary>The whole string.</summary>
    public string Text { get; }

    /// <summary>The 1-based column in <see cref="Text"/> of the offending part; 0 when the string as a whole is at fault.</summary>
    public int Column { get; }

    /// <summary>What is wrong, without the place.</summary>
    public string Problem { get; }

    public override int ExitCode => 1;

    private static string Compose(string source, string text, int column, string? token, string problem)
    {
        var where = column <= 0 ? string.Empty
            : token is null ? $" at the end (column {column}):"
            : $" at '{token}' (column {column}):";
        return $"{source} \"{text}\":{where} {problem}";
    }
}
