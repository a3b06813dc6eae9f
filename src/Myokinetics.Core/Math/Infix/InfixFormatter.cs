using System.Globalization;
using System.Text;

namespace Myokinetics.Core.Math.Infix;

/// <summary>
/// Writes <see cref="MathNode"/> trees as infix text that <see cref="InfixParser"/> reads back to a
/// structurally equal tree (<see cref="MathNodeComparer"/>), with the fewest parentheses the
/// precedence rules allow and numbers in the shortest round-trip form (culture-invariant).
/// </summary>
/// <remarks>Not every tree can round-trip: a <see cref="SymbolNode"/> or <see cref="CallNode"/> whose
/// name is built in (<see cref="InfixParser.IsBuiltinName"/>, e.g. a symbol called <c>pi</c>) reads
/// back as the built-in, and operators applied to a number of arguments MathML does not allow
/// (e.g. a three-argument <c>power</c>) are written in function form that the parser rejects.</remarks>
public static class InfixFormatter
{
    private const int Logical = 1;
    private const int Relational = 2;
    private const int Additive = 3;
    private const int Multiplicative = 4;
    private const int Unary = 5;
    private const int Power = 6;
    private const int Atom = 7;

    /// <summary>Formats <paramref name="node"/> as infix text.</summary>
    public static string Format(MathNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var sb = new StringBuilder();
        Write(sb, node);
        return sb.ToString();
    }

    /// <summary>Formats a number as the parser reads it back bit for bit: <c>pi</c>,
    /// <c>exponentiale</c>, <c>inf</c>, <c>-inf</c>, <c>NaN</c>, or the shortest round-trip decimal.</summary>
    public static string FormatNumber(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (double.IsPositiveInfinity(value))
        {
            return "inf";
        }

        if (double.IsNegativeInfinity(value))
        {
            return "-inf";
        }

        if (value == System.Math.PI)
        {
            return "pi";
        }

        if (value == System.Math.E)
        {
            return "exponentiale";
        }

        return value.ToString("R", CultureInfo.InvariantCulture);
    }

    private static void Write(StringBuilder sb, MathNode node)
    {
        switch (node)
        {
            case NumberNode n:
                sb.Append(FormatNumber(n.Value));
                if (n.Units is not null)
                {
                    sb.Append(' ').Append(n.Units);
                }

                break;
            case BooleanNode b:
                sb.Append(b.Value ? "true" : "false");
                break;
            case SymbolNode s:
                sb.Append(s.Name);
                break;
            case CSymbolNode c:
                sb.Append(c.Kind == CSymbolKind.Time ? "time" : "avogadro");
                break;
            case CallNode call:
                WriteCall(sb, call.Function, call.Arguments);
                break;
            case PiecewiseNode p:
                WritePiecewise(sb, p);
                break;
            case ApplyNode a:
                WriteApply(sb, a);
                break;
            default:
                throw new ArgumentException($"Unknown math node type {node.GetType().Name}.", nameof(node));
        }
    }

    private static void WriteApply(StringBuilder sb, ApplyNode a)
    {
        var args = a.Arguments;
        switch (a.Operator)
        {
            case MathOperator.Plus when args.Length >= 2:
                WriteNary(sb, a, " + ", Additive);
                return;
            case MathOperator.Times when args.Length >= 2:
                WriteNary(sb, a, " * ", Multiplicative);
                return;
            case MathOperator.And when args.Length >= 2:
                WriteLogical(sb, a, " && ");
                return;
            case MathOperator.Or when args.Length >= 2:
                WriteLogical(sb, a, " || ");
                return;
            case MathOperator.Minus when args.Length == 2:
                WriteBinary(sb, args[0], " - ", args[1], Additive);
                return;
            case MathOperator.Divide when args.Length == 2:
                WriteBinary(sb, args[0], " / ", args[1], Multiplicative);
                return;
            case MathOperator.Minus when args.Length == 1:
                WriteNegation(sb, args[0]);
                return;
            case MathOperator.Not when args.Length == 1:
                sb.Append('!');
                WriteOperand(sb, args[0], Unary);
                return;
            case MathOperator.Power when args.Length == 2:
                WriteOperand(sb, args[0], Atom);
                sb.Append('^');
                WriteOperand(sb, args[1], Unary);
                return;
            case MathOperator.Eq or MathOperator.Neq or MathOperator.Lt or MathOperator.Gt
                or MathOperator.Leq or MathOperator.Geq when args.Length == 2:
                WriteBinary(sb, args[0], RelationalSymbol(a.Operator), args[1], Relational);
                return;
            case MathOperator.Root when args.Length == 2 && IsPlainNumber(args[0], 2):
                WriteCall(sb, "sqrt", [args[1]]);
                return;
            case MathOperator.Log when args.Length == 2 && IsPlainNumber(args[0], 10):
                WriteCall(sb, "log10", [args[1]]);
                return;
            default:
                WriteCall(sb, InfixBuiltins.FunctionName(a.Operator), args);
                return;
        }
    }

    private static string RelationalSymbol(MathOperator op) => op switch
    {
        MathOperator.Eq => " == ",
        MathOperator.Neq => " != ",
        MathOperator.Lt => " < ",
        MathOperator.Gt => " > ",
        MathOperator.Leq => " <= ",
        _ => " >= ",
    };

    private static bool IsPlainNumber(MathNode node, double value) =>
        node is NumberNode { Units: null } n && n.Value == value;

    // n-ary + and *: a first operand that is itself the same n-ary operator must be parenthesised,
    // or the parser would merge it; later operands must bind tighter (left associativity).
    private static void WriteNary(StringBuilder sb, ApplyNode a, string separator, int level)
    {
        for (var i = 0; i < a.Arguments.Length; i++)
        {
            var arg = a.Arguments[i];
            if (i == 0)
            {
                var merges = arg is ApplyNode inner && inner.Operator == a.Operator && inner.Arguments.Length >= 2;
                WriteOperand(sb, arg, merges ? level + 1 : level);
            }
            else
            {
                sb.Append(separator);
                WriteOperand(sb, arg, level + 1);
            }
        }
    }

    // && and || share one level (libSBML), so a first operand of the other operator needs no
    // parentheses: a || b && c reads as (a || b) && c.
    private static void WriteLogical(StringBuilder sb, ApplyNode a, string separator) =>
        WriteNary(sb, a, separator, Logical);

    private static void WriteBinary(StringBuilder sb, MathNode left, string symbol, MathNode right, int level)
    {
        WriteOperand(sb, left, level);
        sb.Append(symbol);
        WriteOperand(sb, right, level + 1);
    }

    private static void WriteNegation(StringBuilder sb, MathNode operand)
    {
        sb.Append('-');

        // "-3" would read as the number -3, and "--x" must not appear (Antimony's '--' is a DNA
        // strand), so numbers and operands that start with a minus get parentheses.
        if (operand is NumberNode || StartsWithMinus(operand))
        {
            sb.Append('(');
            Write(sb, operand);
            sb.Append(')');
            return;
        }

        WriteOperand(sb, operand, Unary);
    }

    private static bool StartsWithMinus(MathNode node) =>
        node is ApplyNode { Operator: MathOperator.Minus, Arguments.Length: 1 };

    private static bool LooksNegative(NumberNode n) => !double.IsNaN(n.Value) && double.IsNegative(n.Value);

    private static void WriteOperand(StringBuilder sb, MathNode node, int required)
    {
        if (LevelOf(node) < required)
        {
            sb.Append('(');
            Write(sb, node);
            sb.Append(')');
        }
        else
        {
            Write(sb, node);
        }
    }

    private static int LevelOf(MathNode node) => node switch
    {
        NumberNode n => LooksNegative(n) ? Unary : Atom,
        ApplyNode a => a.Operator switch
        {
            MathOperator.Plus or MathOperator.Times or MathOperator.And or MathOperator.Or when a.Arguments.Length < 2 => Atom,
            MathOperator.Plus => Additive,
            MathOperator.Times => Multiplicative,
            MathOperator.And or MathOperator.Or => Logical,
            MathOperator.Minus when a.Arguments.Length == 2 => Additive,
            MathOperator.Minus when a.Arguments.Length == 1 => Unary,
            MathOperator.Divide when a.Arguments.Length == 2 => Multiplicative,
            MathOperator.Not when a.Arguments.Length == 1 => Unary,
            MathOperator.Power when a.Arguments.Length == 2 => Power,
            MathOperator.Eq or MathOperator.Neq or MathOperator.Lt or MathOperator.Gt
                or MathOperator.Leq or MathOperator.Geq when a.Arguments.Length == 2 => Relational,
            _ => Atom,
        },
        _ => Atom,
    };

    private static void WriteCall(StringBuilder sb, string name, ImmutableArray<MathNode> args)
    {
        sb.Append(name).Append('(');
        for (var i = 0; i < args.Length; i++)
        {
            if (i > 0)
            {
                sb.Append(", ");
            }

            Write(sb, args[i]);
        }

        sb.Append(')');
    }

    private static void WritePiecewise(StringBuilder sb, PiecewiseNode p)
    {
        var args = ImmutableArray.CreateBuilder<MathNode>(p.Pieces.Length * 2 + 1);
        foreach (var piece in p.Pieces)
        {
            args.Add(piece.Value);
            args.Add(piece.Condition);
        }

        if (p.Otherwise is not null)
        {
            args.Add(p.Otherwise);
        }

        WriteCall(sb, "piecewise", args.ToImmutable());
    }
}
