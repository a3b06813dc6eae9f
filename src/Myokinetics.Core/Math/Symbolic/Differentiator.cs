using static Myokinetics.Core.Math.Symbolic.Build;

namespace Myokinetics.Core.Math.Symbolic;

/// <summary>
/// Symbolic differentiation of an expression with respect to one variable, by the chain rule.
/// The variable is implicit: <see cref="LeafDerivative"/> says what the derivative of each symbol
/// (and of <c>time</c>) is, so the same code gives partial derivatives (one symbol 1, the rest 0),
/// total time derivatives (each symbol's rate) or derivatives through definitions.
/// Function calls must have been inlined first.
/// </summary>
public sealed class Differentiator
{
    private readonly Func<MathNode, MathNode> leaf;

    /// <param name="leafDerivative">Derivative of a <see cref="SymbolNode"/> or of the time
    /// <see cref="CSymbolNode"/>; return <see cref="NumberNode.Zero"/> for independent leaves.</param>
    public Differentiator(Func<MathNode, MathNode> leafDerivative)
    {
        leaf = leafDerivative;
    }

    /// <summary>When true, <c>delay(x, d)</c> counts as independent of the variable (right for partial
    /// derivatives with respect to present values: a past value does not depend on them).</summary>
    public bool DelayIsIndependent { get; init; }

    /// <summary>The leaf-derivative rule given at construction.</summary>
    public Func<MathNode, MathNode> LeafDerivative => leaf;

    /// <summary>d(<paramref name="node"/>)/d(variable). Throws <see cref="NotDifferentiableException"/>
    /// for constructs without a derivative here (delay of a time-dependent quantity, user calls).</summary>
    public MathNode Differentiate(MathNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return node switch
        {
            NumberNode or BooleanNode => NumberNode.Zero,
            SymbolNode => leaf(node),
            CSymbolNode { Kind: CSymbolKind.Time } => leaf(node),
            CSymbolNode => NumberNode.Zero,
            PiecewiseNode p => DifferentiatePiecewise(p),
            ApplyNode a => DifferentiateApply(a),
            CallNode c => throw new NotDifferentiableException($"call of function '{c.Function}' (inline functions first)"),
            _ => throw new NotDifferentiableException(node.GetType().Name),
        };
    }

    private MathNode DifferentiatePiecewise(PiecewiseNode p)
    {
        var pieces = p.Pieces.Select(piece => new Piece(Differentiate(piece.Value), piece.Condition)).ToList();
        return Piecewise(pieces, p.Otherwise is null ? NumberNode.Zero : Differentiate(p.Otherwise));
    }

    private MathNode DifferentiateApply(ApplyNode a)
    {
        var args = a.Arguments;
        switch (a.Operator)
        {
            case MathOperator.Plus:
                return Sum(args.Select(Differentiate));
            case MathOperator.Minus:
                return args.Length == 1
                    ? Negate(Differentiate(args[0]))
                    : Subtract(Differentiate(args[0]), Differentiate(args[1]));
            case MathOperator.Times:
                return DifferentiateProduct(args);
            case MathOperator.Divide:
                return DifferentiateQuotient(args[0], args[1]);
            case MathOperator.Power:
                return DifferentiatePower(args[0], args[1]);
            case MathOperator.Root:
                return DifferentiatePower(args[1], Divide(NumberNode.One, args[0]));
            case MathOperator.Exp:
                return Chain(args[0], a);
            case MathOperator.Ln:
                return Chain(args[0], Divide(NumberNode.One, args[0]));
            case MathOperator.Log:
                return DifferentiateQuotient(new ApplyNode(MathOperator.Ln, args[1]), new ApplyNode(MathOperator.Ln, args[0]));
            case MathOperator.Abs:
                return Chain(args[0], Sign(args[0]));
            case MathOperator.Floor:
            case MathOperator.Ceiling:
            case MathOperator.Factorial:
            case MathOperator.Quotient:
                return NumberNode.Zero;
            case MathOperator.Rem:
                // rem(a, b) = a - b·trunc(a/b): piecewise linear in a and b between jumps.
                return Subtract(
                    Differentiate(args[0]),
                    Multiply(Differentiate(args[1]), new ApplyNode(MathOperator.Quotient, args[0], args[1])));
            case MathOperator.Max:
            case MathOperator.Min:
                return DifferentiateExtremum(a);
            case MathOperator.Delay:
                return DelayIsIndependent ? NumberNode.Zero : DifferentiateDelay(args);
            case MathOperator.RateOf:
                throw new NotDifferentiableException("rateOf (resolve rates before differentiating)");
            default:
                return DifferentiateElementary(a.Operator, args[0]);
        }
    }

    private NumberNode DifferentiateDelay(ImmutableArray<MathNode> args)
    {
        // delay(x, d) does not depend on the present values of the state, and its time derivative
        // would need x' at the past time: only a constant-in-everything delay is differentiable.
        var dx = Differentiate(args[0]);
        var dd = Differentiate(args[1]);
        if (IsZero(dx) && IsZero(dd))
        {
            return NumberNode.Zero;
        }

        throw new NotDifferentiableException("delay of a varying quantity");
    }

    private MathNode DifferentiateElementary(MathOperator op, MathNode x)
    {
        var one = NumberNode.One;
        MathNode outer = op switch
        {
            MathOperator.Sin => Apply(MathOperator.Cos, x),
            MathOperator.Cos => Negate(Apply(MathOperator.Sin, x)),
            MathOperator.Tan => Power(Apply(MathOperator.Sec, x), Number(2)),
            MathOperator.Sec => Multiply(Apply(MathOperator.Sec, x), Apply(MathOperator.Tan, x)),
            MathOperator.Csc => Negate(Multiply(Apply(MathOperator.Csc, x), Apply(MathOperator.Cot, x))),
            MathOperator.Cot => Negate(Power(Apply(MathOperator.Csc, x), Number(2))),
            MathOperator.Sinh => Apply(MathOperator.Cosh, x),
            MathOperator.Cosh => Apply(MathOperator.Sinh, x),
            MathOperator.Tanh => Power(Apply(MathOperator.Sech, x), Number(2)),
            MathOperator.Sech => Negate(Multiply(Apply(MathOperator.Sech, x), Apply(MathOperator.Tanh, x))),
            MathOperator.Csch => Negate(Multiply(Apply(MathOperator.Csch, x), Apply(MathOperator.Coth, x))),
            MathOperator.Coth => Negate(Power(Apply(MathOperator.Csch, x), Number(2))),
            MathOperator.ArcSin => Divide(one, SqrtOf(Subtract(one, Square(x)))),
            MathOperator.ArcCos => Negate(Divide(one, SqrtOf(Subtract(one, Square(x))))),
            MathOperator.ArcTan => Divide(one, Add(one, Square(x))),
            MathOperator.ArcCot => Negate(Divide(one, Add(one, Square(x)))),
            MathOperator.ArcSec => Divide(one, Multiply(Apply(MathOperator.Abs, x), SqrtOf(Subtract(Square(x), one)))),
            MathOperator.ArcCsc => Negate(Divide(one, Multiply(Apply(MathOperator.Abs, x), SqrtOf(Subtract(Square(x), one))))),
            MathOperator.ArcSinh => Divide(one, SqrtOf(Add(Square(x), one))),
            MathOperator.ArcCosh => Divide(one, SqrtOf(Subtract(Square(x), one))),
            MathOperator.ArcTanh => Divide(one, Subtract(one, Square(x))),
            MathOperator.ArcCoth => Divide(one, Subtract(one, Square(x))),
            MathOperator.ArcSech => Negate(Divide(one, Multiply(x, SqrtOf(Subtract(one, Square(x)))))),
            MathOperator.ArcCsch => Negate(Divide(one, Multiply(Apply(MathOperator.Abs, x), SqrtOf(Add(one, Square(x)))))),
            _ => throw new NotDifferentiableException($"operator '{op}' has no derivative"),
        };
        return Chain(x, outer);
    }

    private MathNode Chain(MathNode inner, MathNode outerDerivative)
    {
        var dInner = Differentiate(inner);
        return IsZero(dInner) ? NumberNode.Zero : Multiply(outerDerivative, dInner);
    }

    private MathNode DifferentiateProduct(ImmutableArray<MathNode> factors)
    {
        var terms = new List<MathNode>(factors.Length);
        for (var i = 0; i < factors.Length; i++)
        {
            var d = Differentiate(factors[i]);
            if (IsZero(d))
            {
                continue;
            }

            var term = d;
            for (var j = 0; j < factors.Length; j++)
            {
                if (j != i)
                {
                    term = Multiply(term, factors[j]);
                }
            }

            terms.Add(term);
        }

        return Sum(terms);
    }

    private MathNode DifferentiateQuotient(MathNode a, MathNode b)
    {
        var da = Differentiate(a);
        var db = Differentiate(b);
        var first = Divide(da, b);
        if (IsZero(db))
        {
            return first;
        }

        return Subtract(first, Divide(Multiply(a, db), Square(b)));
    }

    private MathNode DifferentiatePower(MathNode baseNode, MathNode exponent)
    {
        var dBase = Differentiate(baseNode);
        var dExp = Differentiate(exponent);
        MathNode result = NumberNode.Zero;
        if (!IsZero(dBase))
        {
            // n · a^(n-1) · a'
            var reduced = exponent is NumberNode n ? Number(n.Value - 1) : Subtract(exponent, NumberNode.One);
            result = Multiply(Multiply(exponent, Power(baseNode, reduced)), dBase);
        }

        if (!IsZero(dExp))
        {
            // a^b · ln(a) · b'
            var term = Multiply(Multiply(Power(baseNode, exponent), Apply(MathOperator.Ln, baseNode)), dExp);
            result = Add(result, term);
        }

        return result;
    }

    private MathNode DifferentiateExtremum(ApplyNode a)
    {
        if (a.Arguments.Length == 1)
        {
            return Differentiate(a.Arguments[0]);
        }

        // max(x1..xn): the derivative of the argument that attains the extremum.
        var comparison = a.Operator == MathOperator.Max ? MathOperator.Geq : MathOperator.Leq;
        var pieces = new List<Piece>(a.Arguments.Length - 1);
        for (var i = 0; i < a.Arguments.Length - 1; i++)
        {
            var others = a.Arguments.Where((_, j) => j != i).Select(o => (MathNode)new ApplyNode(comparison, a.Arguments[i], o)).ToList();
            pieces.Add(new Piece(Differentiate(a.Arguments[i]), And(others)));
        }

        return Piecewise(pieces, Differentiate(a.Arguments[^1]));
    }

    private static MathNode Square(MathNode x) => Power(x, Number(2));

    private static MathNode SqrtOf(MathNode x) => Apply(MathOperator.Root, Number(2), x);

    private static PiecewiseNode Sign(MathNode x) =>
        new PiecewiseNode(
            ImmutableArray.Create(
                new Piece(NumberNode.One, Apply(MathOperator.Gt, x, NumberNode.Zero)),
                new Piece(Number(-1), Apply(MathOperator.Lt, x, NumberNode.Zero))),
            NumberNode.Zero);
}
