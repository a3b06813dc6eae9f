namespace Myokinetics.Core.Math.Infix;

/// <summary>How <see cref="InfixLexer"/> treats line breaks and comments.</summary>
/// <param name="NewlinesAreTokens">When true, each line break is an <see cref="InfixTokenKind.Newline"/>
/// token (model texts, where a line ends a statement); when false (the default, for a single formula)
/// line breaks are white space.</param>
/// <param name="Comments">When true, <c>// ...</c> and <c># ...</c> to the end of the line and
/// <c>/* ... */</c> are skipped (Antimony's comments); default false.</param>
public sealed record InfixLexerOptions(bool NewlinesAreTokens = false, bool Comments = false)
{
    /// <summary>The options for a single formula: line breaks are white space, no comments.</summary>
    public static readonly InfixLexerOptions Formula = new();

    /// <summary>The options for a model text: line breaks are tokens and comments are skipped.</summary>
    public static readonly InfixLexerOptions ModelText = new(NewlinesAreTokens: true, Comments: true);
}
