namespace Myokinetics.Core.Math.Infix;

/// <summary>One token of an infix formula or of a model text that embeds formulas.</summary>
/// <param name="Kind">What kind of token it is.</param>
/// <param name="Text">The token as written (for strings: the content without quotes, escapes resolved).</param>
/// <param name="Line">1-based line of the first character.</param>
/// <param name="Column">1-based column of the first character.</param>
/// <param name="Number">The value of a <see cref="InfixTokenKind.Number"/> token, else 0.</param>
public readonly record struct InfixToken(InfixTokenKind Kind, string Text, int Line, int Column, double Number = 0)
{
    /// <summary>Whether this is the symbol <paramref name="symbol"/>.</summary>
    public bool IsSymbol(string symbol) =>
        Kind == InfixTokenKind.Symbol && string.Equals(Text, symbol, StringComparison.Ordinal);

    /// <summary>Whether this is the identifier <paramref name="name"/> (case-sensitive).</summary>
    public bool IsIdentifier(string name) =>
        Kind == InfixTokenKind.Identifier && string.Equals(Text, name, StringComparison.Ordinal);

    /// <summary>Whether this token ends a line or the text.</summary>
    public bool IsLineEnd => Kind is InfixTokenKind.Newline or InfixTokenKind.End;

    /// <summary>How to name this token in a message: <c>'x'</c>, <c>end of line</c>, <c>end of text</c>.</summary>
    public string Describe() => Kind switch
    {
        InfixTokenKind.End => "end of text",
        InfixTokenKind.Newline => "end of line",
        InfixTokenKind.String => $"string \"{Shorten(Text)}\"",
        _ => $"'{Text}'",
    };

    private static string Shorten(string text) => text.Length <= 30 ? text : string.Concat(text.AsSpan(0, 27), "...");
}
