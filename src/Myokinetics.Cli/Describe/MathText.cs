using System.Globalization;
using System.Text;
using Myokinetics.Core.Math;

namespace Myokinetics.Cli.Describe;

/// <summary>
/// Writes math as infix text for <c>describe</c>: <c>k * A / (Km + A)</c>, <c>x^2</c>, <c>-x</c>,
/// <c>a &amp;&amp; b</c>, <c>time &gt; 5</c>, function calls as <c>name(args)</c>. Parentheses appear
/// only where precedence needs them; an operand at the same level on the right is bracketed so that
/// the tree's shape stays visible.
/// </summary>
internal static class MathText
{
    private const int Logical = 1;
    private const int Relational = 2;
    private const int Additive = 3;
    private const int Multiplicative = 4;
    private const int Unary = 5;
    private const int Exponent = 6;
    private const int Atom = 7;

    public static string Format(MathNode node)
    {
        var text = new StringBuilder();
        Write(text, node);
        return text.ToString();
    }

    private static void Write(StringBuilder text, MathNode node)
    {
        switch (node)
        {
            case NumberNode number:
                text.Append(Number(number.Value));
                if (number.Units is { } units)
                {
                    text.Append(' ').Append(units);
                }

                break;
            case BooleanNode boolean:
                text.Append(boolean.Value ? "true" : "false");
                break;
            case SymbolNode symbol:
                text.Append(symbol.Name);
                break;
            case CSymbolNode csymbol:
                text.Append(csymbol.Kind == CSymbolKind.Time ? "time" : "avogadro");
                break;
            case CallNode call:
                Call(text, call.Function, call.Arguments);
                break;
            case PiecewiseNode piecewise:
                var arguments = piecewise.Pieces.SelectMany(p => new[] { p.Value, p.Condition }).ToList();
                if (piecewise.Otherwise is { } otherwise)
                {
                    arguments.Add(otherwise);
                }

                Call(text, "piecewise", arguments);
                break;
            case ApplyNode apply:
                Apply(text, apply);
                break;
            default:
                text.Append(node);
                break;
        }
    }

    private static void Apply(StringBuilder text, ApplyNode apply)
    {
        var args = apply.Arguments;
        switch (apply.Operator)
        {
            case MathOperator.Plus when args.Length == 0:
                text.Append('0');
                return;
            case MathOperator.Times when args.Length == 0:
                text.Append('1');
                return;
            case MathOperator.Plus or MathOperator.Times when args.Length == 1:
                Write(text, args[0]);
                return;
            case MathOperator.Minus when args.Length == 1:
                text.Append('-');
                Operand(text, args[0], Exponent);
                return;
            case MathOperator.Not when args.Length == 1:
                text.Append('!');
                Operand(text, args[0], Exponent);
                return;
            case MathOperator.Power when args.Length == 2:
                Operand(text, args[0], Atom);
                text.Append('^');
                Operand(text, args[1], Exponent);
                return;
            case MathOperator.Root when args.Length == 2 && args[0] is NumberNode { Value: 2, Units: null }:
                Call(text, "sqrt", [args[1]]);
                return;
            case MathOperator.Log when args.Length == 2 && args[0] is NumberNode { Value: 10, Units: null }:
                Call(text, "log10", [args[1]]);
                return;
            case MathOperator.RateOf:
                Call(text, "rateOf", args);
                return;
        }

        if (Infix(apply.Operator, args.Length) is { } infix)
        {
            for (var i = 0; i < args.Length; i++)
            {
                if (i > 0)
                {
                    text.Append(' ').Append(infix.Symbol).Append(' ');
                }

                Operand(text, args[i], i == 0 ? infix.Level : infix.Level + 1);
            }

            return;
        }

        Call(text, apply.Operator.ToString().ToLowerInvariant(), args);
    }

    private static (string Symbol, int Level)? Infix(MathOperator op, int arity) => op switch
    {
        MathOperator.Plus => ("+", Additive),
        MathOperator.Minus when arity == 2 => ("-", Additive),
        MathOperator.Times => ("*", Multiplicative),
        MathOperator.Divide when arity == 2 => ("/", Multiplicative),
        MathOperator.And => ("&&", Logical),
        MathOperator.Or => ("||", Logical),
        MathOperator.Eq when arity == 2 => ("==", Relational),
        MathOperator.Neq when arity == 2 => ("!=", Relational),
        MathOperator.Gt when arity == 2 => (">", Relational),
        MathOperator.Lt when arity == 2 => ("<", Relational),
        MathOperator.Geq when arity == 2 => (">=", Relational),
        MathOperator.Leq when arity == 2 => ("<=", Relational),
        _ => null,
    };

    private static void Operand(StringBuilder text, MathNode node, int minimumLevel)
    {
        var bracket = Level(node) < minimumLevel;
        if (bracket)
        {
            text.Append('(');
        }

        Write(text, node);
        if (bracket)
        {
            text.Append(')');
        }
    }

    private static int Level(MathNode node) => node switch
    {
        NumberNode n when n.Value < 0 || n.Units is not null => Unary,
        ApplyNode { Operator: MathOperator.Minus or MathOperator.Not, Arguments.Length: 1 } => Unary,
        ApplyNode { Operator: MathOperator.Power, Arguments.Length: 2 } => Exponent,
        ApplyNode { Operator: MathOperator.Plus or MathOperator.Times, Arguments.Length: <= 1 } apply =>
            apply.Arguments.Length == 1 ? Level(apply.Arguments[0]) : Atom,
        ApplyNode apply => Infix(apply.Operator, apply.Arguments.Length)?.Level ?? Atom,
        _ => Atom,
    };

    private static void Call(StringBuilder text, string name, IReadOnlyList<MathNode> arguments)
    {
        text.Append(name).Append('(');
        for (var i = 0; i < arguments.Count; i++)
        {
            if (i > 0)
            {
                text.Append(", ");
            }

            Write(text, arguments[i]);
        }

        text.Append(')');
    }

    private static string Number(double value) =>
        value.ToString("R", CultureInfo.InvariantCulture);
}
