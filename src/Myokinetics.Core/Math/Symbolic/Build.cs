namespace Myokinetics.Core.Math.Symbolic;

/// <summary>
/// Smart constructors for expression trees: fold constants and drop neutral elements so that
/// derived expressions (derivatives, unit-converted terms) stay small.
/// </summary>
public static class Build
{
    public static MathNode Number(double value) => value switch
    {
        0.0 when !double.IsNegative(value) => NumberNode.Zero,
        1.0 => NumberNode.One,
        _ => new NumberNode(value),
    };

    public static MathNode Symbol(string name) => new SymbolNode(name);

    public static bool IsZero(MathNode node) => node is NumberNode { Value: 0.0 };

    public static bool IsOne(MathNode node) => node is NumberNode { Value: 1.0 };

    public static MathNode Add(MathNode a, MathNode b)
    {
        if (IsZero(a))
        {
            return b;
        }

        if (IsZero(b))
        {
            return a;
        }

        if (a is NumberNode x && b is NumberNode y)
        {
            return Number(x.Value + y.Value);
        }

        return new ApplyNode(MathOperator.Plus, a, b);
    }

    public static MathNode Sum(IEnumerable<MathNode> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var list = terms.Where(t => !IsZero(t)).ToList();
        return list.Count switch
        {
            0 => NumberNode.Zero,
            1 => list[0],
            _ => new ApplyNode(MathOperator.Plus, list.ToImmutableArray()),
        };
    }

    public static MathNode Subtract(MathNode a, MathNode b)
    {
        if (IsZero(b))
        {
            return a;
        }

        if (IsZero(a))
        {
            return Negate(b);
        }

        if (a is NumberNode x && b is NumberNode y)
        {
            return Number(x.Value - y.Value);
        }

        return new ApplyNode(MathOperator.Minus, a, b);
    }

    public static MathNode Negate(MathNode a)
    {
        return a switch
        {
            NumberNode n => Number(-n.Value),
            ApplyNode { Operator: MathOperator.Minus, Arguments.Length: 1 } inner => inner.Arguments[0],
            _ => new ApplyNode(MathOperator.Minus, a),
        };
    }

    public static MathNode Multiply(MathNode a, MathNode b)
    {
        if (IsZero(a) || IsZero(b))
        {
            return NumberNode.Zero;
        }

        if (IsOne(a))
        {
            return b;
        }

        if (IsOne(b))
        {
            return a;
        }

        if (a is NumberNode x && b is NumberNode y)
        {
            return Number(x.Value * y.Value);
        }

        if (a is NumberNode { Value: -1.0 })
        {
            return Negate(b);
        }

        if (b is NumberNode { Value: -1.0 })
        {
            return Negate(a);
        }

        return new ApplyNode(MathOperator.Times, a, b);
    }

    public static MathNode Product(IEnumerable<MathNode> factors)
    {
        ArgumentNullException.ThrowIfNull(factors);
        MathNode result = NumberNode.One;
        foreach (var f in factors)
        {
            result = Multiply(result, f);
        }

        return result;
    }

    public static MathNode Divide(MathNode a, MathNode b)
    {
        if (IsZero(a) && b is not NumberNode { Value: 0.0 })
        {
            return NumberNode.Zero;
        }

        if (IsOne(b))
        {
            return a;
        }

        if (a is NumberNode x && b is NumberNode y && y.Value != 0.0)
        {
            return Number(x.Value / y.Value);
        }

        return new ApplyNode(MathOperator.Divide, a, b);
    }

    public static MathNode Power(MathNode a, MathNode b)
    {
        if (IsZero(b))
        {
            return NumberNode.One;
        }

        if (IsOne(b))
        {
            return a;
        }

        if (a is NumberNode x && b is NumberNode y)
        {
            return Number(System.Math.Pow(x.Value, y.Value));
        }

        return new ApplyNode(MathOperator.Power, a, b);
    }

    public static MathNode Apply(MathOperator op, params MathNode[] args) => new ApplyNode(op, args);

    /// <summary>
    /// A piecewise expression without the trailing pieces whose value equals the otherwise value (they
    /// change nothing: conditions have no side effects), and just that value when no piece is left —
    /// so the derivative of <c>max(x, 0)</c> with respect to something <c>x</c> does not depend on is 0, and
    /// products with it fold away.
    /// </summary>
    public static MathNode Piecewise(IReadOnlyList<Piece> pieces, MathNode otherwise)
    {
        ArgumentNullException.ThrowIfNull(pieces);
        var count = pieces.Count;
        while (count > 0 && MathNodeComparer.Instance.Equals(pieces[count - 1].Value, otherwise))
        {
            count--;
        }

        return count == 0 ? otherwise : new PiecewiseNode([.. pieces.Take(count)], otherwise);
    }

    /// <summary>The conjunction of <paramref name="conditions"/>; a single condition as itself.</summary>
    public static MathNode And(IReadOnlyList<MathNode> conditions)
    {
        ArgumentNullException.ThrowIfNull(conditions);
        return conditions.Count == 1 ? conditions[0] : new ApplyNode(MathOperator.And, conditions.ToImmutableArray());
    }

    /// <summary><c>piecewise(whenTrue, condition, whenFalse)</c>, folded when the branches agree.</summary>
    public static MathNode IfThenElse(MathNode condition, MathNode whenTrue, MathNode whenFalse)
    {
        if (MathNodeComparer.Instance.Equals(whenTrue, whenFalse))
        {
            return whenTrue;
        }

        return new PiecewiseNode(ImmutableArray.Create(new Piece(whenTrue, condition)), whenFalse);
    }
}
