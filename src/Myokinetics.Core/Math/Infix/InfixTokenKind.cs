namespace Myokinetics.Core.Math.Infix;

/// <summary>The kinds of <see cref="InfixToken"/>.</summary>
public enum InfixTokenKind
{
    /// <summary>A numeric literal such as <c>3</c>, <c>.5</c> or <c>1e-3</c>.</summary>
    Number,

    /// <summary>A name: letters, digits and underscores, not starting with a digit, possibly dotted
    /// (<c>a.b</c>, an element of a submodel).</summary>
    Identifier,

    /// <summary>A quoted string (<c>"..."</c>, or <c>```...```</c> over several lines).</summary>
    String,

    /// <summary>An operator or punctuation mark such as <c>+</c>, <c>&lt;=</c>, <c>-&gt;</c> or <c>;</c>.</summary>
    Symbol,

    /// <summary>A line break, produced only when <see cref="InfixLexerOptions.NewlinesAreTokens"/> is set.</summary>
    Newline,

    /// <summary>The end of the text; always the last token.</summary>
    End,
}
