using System.Diagnostics.CodeAnalysis;

namespace Myokinetics.Core.Math.Infix;

/// <summary>
/// Reads infix formulas (libSBML's "Level 3" text syntax as Antimony uses it) into <see cref="MathNode"/>
/// trees.
/// </summary>
/// <remarks>
/// <para>Precedence, loosest first: <c>&amp;&amp;</c> and <c>||</c> (one level, left-associative, so
/// <c>a || b &amp;&amp; c</c> is <c>(a || b) &amp;&amp; c</c>); comparisons <c>== != &lt; &gt; &lt;= &gt;=</c>;
/// <c>+ -</c>; <c>* / %</c>; unary <c>- ! +</c>; <c>^</c> (right-associative); then numbers, names,
/// calls and parentheses. <c>-x^2</c> means <c>-(x^2)</c>. Chains of <c>+</c>, <c>*</c>, <c>&amp;&amp;</c>
/// or <c>||</c> become one n-ary node unless parenthesised.</para>
/// <para>Names: <c>time</c> and <c>avogadro</c> are the SBML csymbols; <c>pi</c>, <c>exponentiale</c>,
/// <c>inf</c>/<c>INF</c>/<c>infinity</c>, <c>NaN</c>/<c>nan</c>/<c>notanumber</c>, <c>true</c>,
/// <c>false</c> are constants; built-in names are case-sensitive. <c>log(x)</c> is the natural
/// logarithm (Antimony's setting of libSBML's parser), <c>log(b, x)</c> the base-b logarithm,
/// <c>log10(x)</c> base 10; <c>sqrt(x)</c> is <c>root(2, x)</c>; <c>x % y</c> is <c>rem(x, y)</c>.
/// A name after a number is that number's unit (<c>3 mole</c>). Unknown function names become
/// <see cref="CallNode"/>s (user functions).</para>
/// </remarks>
public static class InfixParser
{
    /// <summary>Parses a whole formula.</summary>
    /// <exception cref="InfixParseException">The text is not a formula; the exception gives the column.</exception>
    public static MathNode Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var stream = new InfixTokenCursor(InfixLexer.Tokenize(text, InfixLexerOptions.Formula));
        var node = ParseExpression(stream);
        var rest = stream.Current;
        if (rest.Kind != InfixTokenKind.End)
        {
            throw new InfixParseException($"expected an operator or the end of the formula, found {rest.Describe()}", rest.Line, rest.Column);
        }

        return node;
    }

    /// <summary>Parses a whole formula without throwing.</summary>
    /// <returns>True and the tree, or false and the error (with its column).</returns>
    public static bool TryParse(string text, [NotNullWhen(true)] out MathNode? node, [NotNullWhen(false)] out InfixParseException? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        try
        {
            node = Parse(text);
            error = null;
            return true;
        }
        catch (InfixParseException e)
        {
            node = null;
            error = e;
            return false;
        }
    }

    /// <summary>
    /// Parses one formula starting at the stream's current token and stops, without consuming it, at
    /// the first token that cannot continue the formula (a <c>;</c>, a <c>,</c> or <c>:</c> outside
    /// parentheses, a line break outside parentheses, a reserved word, ...). For model languages that
    /// embed formulas in statements.
    /// </summary>
    /// <exception cref="InfixParseException">No formula starts here, or it is malformed.</exception>
    public static MathNode ParseExpression(InfixTokenCursor tokens, InfixParserOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        return new InfixExpressionParser(tokens, options ?? InfixParserOptions.Default).ParseExpression();
    }

    /// <summary>Whether <paramref name="name"/> is a built-in name (function, constant, csymbol or
    /// word operator), which a formula cannot use as a plain symbol or user function name.</summary>
    public static bool IsBuiltinName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return InfixBuiltins.IsBuiltin(name);
    }
}
