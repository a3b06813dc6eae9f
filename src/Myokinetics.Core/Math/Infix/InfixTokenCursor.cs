namespace Myokinetics.Core.Math.Infix;

/// <summary>A read position in a list of tokens, shared by a statement parser and the formula
/// parser it calls (<see cref="InfixParser.ParseExpression(InfixTokenCursor, InfixParserOptions?)"/>).</summary>
public sealed class InfixTokenCursor
{
    private readonly ImmutableArray<InfixToken> tokens;
    private int position;

    /// <summary>Wraps tokens produced by <see cref="InfixLexer.Tokenize"/> (the last must be
    /// <see cref="InfixTokenKind.End"/>).</summary>
    public InfixTokenCursor(ImmutableArray<InfixToken> tokens)
    {
        if (tokens.IsDefaultOrEmpty || tokens[^1].Kind != InfixTokenKind.End)
        {
            throw new ArgumentException("The token list must end with an End token.", nameof(tokens));
        }

        this.tokens = tokens;
    }

    /// <summary>The index of the current token; can be set to go back to a saved position.</summary>
    public int Position
    {
        get => position;
        set => position = System.Math.Clamp(value, 0, tokens.Length - 1);
    }

    /// <summary>The current token (the End token once everything is read).</summary>
    public InfixToken Current => tokens[position];

    /// <summary>The token <paramref name="offset"/> places after the current one (End past the end).</summary>
    public InfixToken Peek(int offset = 0)
    {
        var i = position + offset;
        return i < tokens.Length ? tokens[i] : tokens[^1];
    }

    /// <summary>Returns the current token and moves past it (stays on End).</summary>
    public InfixToken Next()
    {
        var token = tokens[position];
        if (position < tokens.Length - 1)
        {
            position++;
        }

        return token;
    }
}
