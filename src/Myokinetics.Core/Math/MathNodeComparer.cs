namespace Myokinetics.Core.Math;

/// <summary>
/// Structural equality for expression trees: two trees are equal when they have the same shape,
/// operators, symbols and bit-identical numbers. Used for common-subexpression sharing.
/// </summary>
public sealed class MathNodeComparer : IEqualityComparer<MathNode>
{
    public static readonly MathNodeComparer Instance = new();

    private MathNodeComparer()
    {
    }

    public bool Equals(MathNode? x, MathNode? y)
    {
        if (ReferenceEquals(x, y))
        {
            return true;
        }

        if (x is null || y is null)
        {
            return false;
        }

        return (x, y) switch
        {
            (NumberNode a, NumberNode b) => a.Value.Equals(b.Value),
            (BooleanNode a, BooleanNode b) => a.Value == b.Value,
            (SymbolNode a, SymbolNode b) => string.Equals(a.Name, b.Name, StringComparison.Ordinal),
            (CSymbolNode a, CSymbolNode b) => a.Kind == b.Kind,
            (ApplyNode a, ApplyNode b) => a.Operator == b.Operator && SequenceEquals(a.Arguments, b.Arguments),
            (CallNode a, CallNode b) => string.Equals(a.Function, b.Function, StringComparison.Ordinal)
                && SequenceEquals(a.Arguments, b.Arguments),
            (PiecewiseNode a, PiecewiseNode b) => PiecewiseEquals(a, b),
            _ => false,
        };
    }

    public int GetHashCode(MathNode obj)
    {
        ArgumentNullException.ThrowIfNull(obj);
        switch (obj)
        {
            case NumberNode n:
                return HashCode.Combine(1, n.Value);
            case BooleanNode b:
                return HashCode.Combine(2, b.Value);
            case SymbolNode s:
                return HashCode.Combine(3, StringComparer.Ordinal.GetHashCode(s.Name));
            case CSymbolNode c:
                return HashCode.Combine(4, c.Kind);
            case ApplyNode a:
                {
                    var h = new HashCode();
                    h.Add(5);
                    h.Add(a.Operator);
                    foreach (var arg in a.Arguments)
                    {
                        h.Add(GetHashCode(arg));
                    }

                    return h.ToHashCode();
                }

            case CallNode c:
                {
                    var h = new HashCode();
                    h.Add(6);
                    h.Add(c.Function, StringComparer.Ordinal);
                    foreach (var arg in c.Arguments)
                    {
                        h.Add(GetHashCode(arg));
                    }

                    return h.ToHashCode();
                }

            case PiecewiseNode p:
                {
                    var h = new HashCode();
                    h.Add(7);
                    foreach (var piece in p.Pieces)
                    {
                        h.Add(GetHashCode(piece.Value));
                        h.Add(GetHashCode(piece.Condition));
                    }

                    if (p.Otherwise is not null)
                    {
                        h.Add(GetHashCode(p.Otherwise));
                    }

                    return h.ToHashCode();
                }

            default:
                return obj.GetType().GetHashCode();
        }
    }

    private bool SequenceEquals(ImmutableArray<MathNode> a, ImmutableArray<MathNode> b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }

        for (var i = 0; i < a.Length; i++)
        {
            if (!Equals(a[i], b[i]))
            {
                return false;
            }
        }

        return true;
    }

    private bool PiecewiseEquals(PiecewiseNode a, PiecewiseNode b)
    {
        if (a.Pieces.Length != b.Pieces.Length || (a.Otherwise is null) != (b.Otherwise is null))
        {
            return false;
        }

        for (var i = 0; i < a.Pieces.Length; i++)
        {
            if (!Equals(a.Pieces[i].Value, b.Pieces[i].Value) || !Equals(a.Pieces[i].Condition, b.Pieces[i].Condition))
            {
                return false;
            }
        }

        return a.Otherwise is null || Equals(a.Otherwise, b.Otherwise);
    }
}
