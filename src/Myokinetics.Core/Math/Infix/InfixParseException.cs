using Myokinetics.Core.Diagnostics;

namespace Myokinetics.Core.Math.Infix;

/// <summary>An infix formula (or a model text being tokenised) that cannot be read: says where
/// (1-based line and column) and what was expected.</summary>
public sealed class InfixParseException : MyokineticsException
{
    public InfixParseException(string detail, int line, int column, Exception? inner = null)
        : base(line <= 1 ? $"column {column}: {detail}" : $"line {line}, column {column}: {detail}", inner)
    {
        Detail = detail;
        Line = line;
        Column = column;
    }

    /// <summary>What was wrong and what was expected, without the position.</summary>
    public string Detail { get; }

    /// <summary>1-based line of the offending token.</summary>
    public int Line { get; }

    /// <summary>1-based column of the offending token.</summary>
    public int Column { get; }

    public override int ExitCode => 1;
}
