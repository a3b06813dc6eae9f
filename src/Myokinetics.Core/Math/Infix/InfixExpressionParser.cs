namespace Myokinetics.Core.Math.Infix;

/// <summary>
/// Recursive-descent parser of one formula, following libSBML's "Level 3" precedence table
/// (libSBML docs, math-precedence-table-l3), from loosest to tightest:
/// <c>&amp;&amp; ||</c> (same level, left) &lt; <c>== != &lt; &gt; &lt;= &gt;=</c> (left) &lt;
/// <c>+ -</c> (left) &lt; <c>* / %</c> (left) &lt; unary <c>- ! +</c> &lt; <c>^</c> (right) &lt;
/// names, numbers, calls, parentheses. So <c>-x^2</c> is <c>-(x^2)</c> and <c>2^-x</c> is <c>2^(-x)</c>.
/// </summary>
internal sealed class InfixExpressionParser
{
    private readonly InfixTokenCursor tokens;
    private readonly InfixParserOptions options;
    private int depth;

    public InfixExpressionParser(InfixTokenCursor tokens, InfixParserOptions options)
    {
        this.tokens = tokens;
        this.options = options;
    }

    public MathNode ParseExpression() => ParseLogical();

    // Inside parentheses line breaks are white space; at depth 0 they end the formula.
    private InfixToken Peek(int offset = 0)
    {
        if (depth == 0)
        {
            return tokens.Peek(offset);
        }

        var skipped = 0;
        var i = 0;
        while (true)
        {
            var t = tokens.Peek(i);
            if (t.Kind != InfixTokenKind.Newline)
            {
                if (skipped == offset)
                {
                    return t;
                }

                skipped++;
            }

            i++;
        }
    }

    private InfixToken Next()
    {
        if (depth > 0)
        {
            while (tokens.Current.Kind == InfixTokenKind.Newline)
            {
                tokens.Next();
            }
        }

        return tokens.Next();
    }

    private MathNode ParseLogical()
    {
        var left = ParseRelational();
        MathOperator? open = null;
        while (true)
        {
            var t = Peek();
            MathOperator op;
            if (t.IsSymbol("&&") || t.IsIdentifier("and") || t.IsIdentifier("AND"))
            {
                op = MathOperator.And;
            }
            else if (t.IsSymbol("||") || t.IsIdentifier("or") || t.IsIdentifier("OR"))
            {
                op = MathOperator.Or;
            }
            else
            {
                return left;
            }

            Next();
            var right = ParseRelational();
            left = open == op && left is ApplyNode a
                ? new ApplyNode(op, a.Arguments.Add(right))
                : new ApplyNode(op, left, right);
            open = op;
        }
    }

    private MathNode ParseRelational()
    {
        var left = ParseAdditive();
        while (true)
        {
            var t = Peek();
            MathOperator? op = t.Kind != InfixTokenKind.Symbol ? null : t.Text switch
            {
                "==" => MathOperator.Eq,
                "!=" or "<>" => MathOperator.Neq,
                "<" => MathOperator.Lt,
                ">" => MathOperator.Gt,
                "<=" => MathOperator.Leq,
                ">=" => MathOperator.Geq,
                _ => null,
            };
            if (op is null)
            {
                return left;
            }

            Next();
            left = new ApplyNode(op.Value, left, ParseAdditive());
        }
    }

    private MathNode ParseAdditive()
    {
        var left = ParseMultiplicative();
        var open = false;
        while (true)
        {
            var t = Peek();
            if (t.IsSymbol("+"))
            {
                Next();
                var right = ParseMultiplicative();
                left = open && left is ApplyNode a
                    ? new ApplyNode(MathOperator.Plus, a.Arguments.Add(right))
                    : new ApplyNode(MathOperator.Plus, left, right);
                open = true;
            }
            else if (t.IsSymbol("-"))
            {
                Next();
                left = new ApplyNode(MathOperator.Minus, left, ParseMultiplicative());
                open = false;
            }
            else
            {
                return left;
            }
        }
    }

    private MathNode ParseMultiplicative()
    {
        var left = ParseUnary().Node;
        var open = false;
        while (true)
        {
            var t = Peek();
            if (t.IsSymbol("*"))
            {
                Next();
                var right = ParseUnary().Node;
                left = open && left is ApplyNode a
                    ? new ApplyNode(MathOperator.Times, a.Arguments.Add(right))
                    : new ApplyNode(MathOperator.Times, left, right);
                open = true;
            }
            else if (t.IsSymbol("/"))
            {
                Next();
                left = new ApplyNode(MathOperator.Divide, left, ParseUnary().Node);
                open = false;
            }
            else if (t.IsSymbol("%"))
            {
                // libSBML turns x % y into a piecewise equal to the truncated remainder, which is rem.
                Next();
                left = new ApplyNode(MathOperator.Rem, left, ParseUnary().Node);
                open = false;
            }
            else
            {
                return left;
            }
        }
    }

    private Operand ParseUnary()
    {
        var t = Peek();
        if (t.IsSymbol("-"))
        {
            Next();
            var operand = ParseUnary();

            // A minus written directly before a number literal is part of the number, as libSBML's
            // parser does with its 'collapse minus' setting (which Antimony turns on).
            if (operand.BareNumber && operand.Node is NumberNode n)
            {
                return new Operand(n with { Value = -n.Value }, false);
            }

            return new Operand(new ApplyNode(MathOperator.Minus, operand.Node), false);
        }

        if (t.IsSymbol("+"))
        {
            Next();
            return new Operand(ParseUnary().Node, false);
        }

        if (t.IsSymbol("!") || (t.IsIdentifier("not") && !Peek(1).IsSymbol("(")))
        {
            Next();
            return new Operand(new ApplyNode(MathOperator.Not, ParseUnary().Node), false);
        }

        return ParsePower();
    }

    private Operand ParsePower()
    {
        var @base = ParsePrimary();
        if (!Peek().IsSymbol("^"))
        {
            return @base;
        }

        Next();
        var exponent = ParseUnary().Node;
        return new Operand(new ApplyNode(MathOperator.Power, @base.Node, exponent), false);
    }

    private Operand ParsePrimary()
    {
        var t = Peek();
        switch (t.Kind)
        {
            case InfixTokenKind.Number:
                Next();
                return new Operand(new NumberNode(t.Number, ReadUnits()), true);

            case InfixTokenKind.Identifier when !IsReserved(t.Text):
                Next();
                if (Peek().IsSymbol("("))
                {
                    return new Operand(ParseCall(t), false);
                }

                if (InfixBuiltins.TryGetConstant(t.Text, out var constant))
                {
                    if (constant is NumberNode number)
                    {
                        return new Operand(number with { Units = ReadUnits() }, true);
                    }

                    return new Operand(constant, false);
                }

                return new Operand(new SymbolNode(t.Text), false);

            case InfixTokenKind.Symbol when t.Text == "(":
                {
                    Next();
                    depth++;
                    var inner = ParseLogical();
                    var close = Peek();
                    if (!close.IsSymbol(")"))
                    {
                        var where = close.Line == t.Line ? $"column {t.Column}" : $"line {t.Line}, column {t.Column}";
                        throw Error(close, $"expected ')' to close the '(' at {where}, found {close.Describe()}");
                    }

                    depth--;
                    Next();
                    return new Operand(inner, false);
                }

            default:
                throw Error(t, $"expected a number, a name or '(', found {t.Describe()}");
        }
    }

    private string? ReadUnits()
    {
        var t = Peek();
        if (t.Kind == InfixTokenKind.Identifier && !IsReserved(t.Text) && !Peek(1).IsSymbol("("))
        {
            Next();
            return t.Text;
        }

        return null;
    }

    private MathNode ParseCall(InfixToken name)
    {
        var open = Next();
        depth++;
        var args = ImmutableArray.CreateBuilder<MathNode>();
        if (!Peek().IsSymbol(")"))
        {
            while (true)
            {
                args.Add(ParseLogical());
                var sep = Peek();
                if (sep.IsSymbol(","))
                {
                    Next();
                    continue;
                }

                if (sep.IsSymbol(")"))
                {
                    break;
                }

                throw Error(sep, $"expected ',' or ')' in the arguments of '{name.Text}' (opened at column {open.Column}), found {sep.Describe()}");
            }
        }

        depth--;
        Next();
        var arguments = args.ToImmutable();
        if (!InfixBuiltins.TryGetFunction(name.Text, out var form))
        {
            return new CallNode(name.Text, arguments);
        }

        if (arguments.Length < form.MinArguments || arguments.Length > form.MaxArguments)
        {
            throw Error(name, $"'{name.Text}' takes {DescribeArity(form)}, found {Plural(arguments.Length, "argument")}");
        }

        if (form.Name == "rateOf" && arguments[0] is not SymbolNode)
        {
            throw Error(name, "'rateOf' takes the name of a variable, not an expression");
        }

        return form.Build(arguments);
    }

    // Called with the name at Peek(0). The word operators are reserved, except that the function
    // forms and(...), or(...), not(...) are calls.
    private bool IsReserved(string name)
    {
        if (options.ReservedWords.Contains(name))
        {
            return true;
        }

        if (!InfixBuiltins.WordOperators.Contains(name))
        {
            return false;
        }

        return name is not ("and" or "or" or "not") || !Peek(1).IsSymbol("(");
    }

    private static string DescribeArity(FunctionForm form)
    {
        if (form.MinArguments == form.MaxArguments)
        {
            return Plural(form.MinArguments, "argument");
        }

        return form.MaxArguments == int.MaxValue
            ? $"at least {Plural(form.MinArguments, "argument")}"
            : $"{form.MinArguments} to {Plural(form.MaxArguments, "argument")}";
    }

    private static string Plural(int n, string word) => n == 1 ? $"1 {word}" : $"{n} {word}s";

    private static InfixParseException Error(InfixToken at, string detail) => new(detail, at.Line, at.Column);

    private readonly record struct Operand(MathNode Node, bool BareNumber);
}
