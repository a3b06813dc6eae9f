namespace Myokinetics.Core.Diagnostics;

/// <summary>A place in an input file: 1-based line and column (0 when unknown).</summary>
public readonly record struct SourceLocation(string File, int Line, int Column = 0)
{
    public override string ToString() =>
        Line <= 0 ? File : Column <= 0 ? $"{File}:{Line}" : $"{File}:{Line}:{Column}";
}
