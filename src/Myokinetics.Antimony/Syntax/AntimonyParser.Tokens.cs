using Myokinetics.Core.Diagnostics;
using Myokinetics.Core.Math;
using Myokinetics.Core.Math.Infix;

namespace Myokinetics.Antimony.Syntax;

// The Antimony parser, part: formulas, statement ends and token helpers.
internal sealed partial class AntimonyParser
{
    private MathNode ParseMath()
    {
        try
        {
            return InfixParser.ParseExpression(tokens, FormulaOptions);
        }
        catch (InfixParseException e)
        {
            throw new ModelFormatException(new SourceLocation(fileName, e.Line, e.Column), e.Detail, e);
        }
    }

    private bool HasArrowBeforeStatementEnd()
    {
        var depth = 0;
        for (var i = 0; ; i++)
        {
            var t = tokens.Peek(i);
            if (t.Kind == InfixTokenKind.End || (depth == 0 && (t.Kind == InfixTokenKind.Newline || t.IsSymbol(";"))))
            {
                return false;
            }

            if (t.IsSymbol("("))
            {
                depth++;
            }
            else if (t.IsSymbol(")"))
            {
                depth = System.Math.Max(0, depth - 1);
            }
            else if (depth == 0 && (t.IsSymbol("->") || t.IsSymbol("=>")))
            {
                return true;
            }
        }
    }

    private bool HasComparisonBeforeStatementEnd()
    {
        for (var i = 0; ; i++)
        {
            var t = tokens.Peek(i);
            if (IsStatementEnd(t))
            {
                return false;
            }

            if (IsComparison(t))
            {
                return true;
            }
        }
    }

    private bool IsModelAnnotation()
    {
        var next = tokens.Peek(1);
        return next.Kind == InfixTokenKind.Identifier && tokens.Peek(2).Kind == InfixTokenKind.String;
    }

    private static bool IsModelKeyword(InfixToken t) => t.IsIdentifier("model") || t.IsIdentifier("module");

    private static bool IsComparison(InfixToken t) =>
        t.IsSymbol("<") || t.IsSymbol(">") || t.IsSymbol("<=") || t.IsSymbol(">=") || t.IsSymbol("==");

    private static bool IsStatementEnd(InfixToken t) =>
        t.Kind is InfixTokenKind.Newline or InfixTokenKind.End || t.IsSymbol(";") || t.IsIdentifier("end");

    private void ExpectStatementEnd(string what)
    {
        var t = Current;
        if (t.Kind == InfixTokenKind.Newline || t.IsSymbol(";"))
        {
            tokens.Next();
            return;
        }

        if (t.Kind == InfixTokenKind.End || t.IsIdentifier("end"))
        {
            return;
        }

        throw Error(t, $"expected ';' or newline after {what}, found {t.Describe()}");
    }

    private void SkipSeparators()
    {
        while (Current.Kind == InfixTokenKind.Newline || Current.IsSymbol(";"))
        {
            tokens.Next();
        }
    }

    private void SkipNewlines()
    {
        while (Current.Kind == InfixTokenKind.Newline)
        {
            tokens.Next();
        }
    }

    private InfixToken ExpectIdentifier(string what)
    {
        var t = Current;
        if (t.Kind != InfixTokenKind.Identifier)
        {
            throw Error(t, $"expected {what}, found {t.Describe()}");
        }

        return tokens.Next();
    }

    private void Expect(string symbol, string message)
    {
        var t = Current;
        if (!t.IsSymbol(symbol))
        {
            throw Error(t, $"{message}, found {t.Describe()}");
        }

        tokens.Next();
    }

    private SourceLocation Location(InfixToken t) => new(fileName, t.Line, t.Column);

    private ModelFormatException Error(InfixToken t, string detail) => new(Location(t), detail);
}
