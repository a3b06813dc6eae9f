namespace Myokinetics.Core.Math.Symbolic;

/// <summary>Walks and rewrites expression trees.</summary>
public static class MathTraversal
{
    /// <summary>The direct children of a node, in order (for a piecewise: value, condition, ..., otherwise).</summary>
    public static IEnumerable<MathNode> Children(MathNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        switch (node)
        {
            case ApplyNode a:
                return a.Arguments;
            case CallNode c:
                return c.Arguments;
            case PiecewiseNode p:
                return PiecewiseChildren(p);
            default:
                return Array.Empty<MathNode>();
        }
    }

    /// <summary>Every node of the tree, parents before children.</summary>
    public static IEnumerable<MathNode> Descendants(MathNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var stack = new Stack<MathNode>();
        stack.Push(node);
        while (stack.Count > 0)
        {
            var current = stack.Pop();
            yield return current;
            foreach (var child in Children(current).Reverse())
            {
                stack.Push(child);
            }
        }
    }

    /// <summary>The names of all symbols the tree refers to (excluding function names).</summary>
    public static IEnumerable<string> Symbols(MathNode node) =>
        Descendants(node).OfType<SymbolNode>().Select(s => s.Name);

    /// <summary>
    /// Rebuilds the tree bottom-up: <paramref name="rewrite"/> sees each node after its children were
    /// rewritten and returns a replacement (or the node itself). Unchanged subtrees keep their identity.
    /// </summary>
    public static MathNode Rewrite(MathNode node, Func<MathNode, MathNode> rewrite)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(rewrite);
        MathNode rebuilt = node switch
        {
            ApplyNode a => RewriteArguments(a.Arguments, rewrite) is { } args ? a with { Arguments = args } : a,
            CallNode c => RewriteArguments(c.Arguments, rewrite) is { } args ? c with { Arguments = args } : c,
            PiecewiseNode p => RewritePiecewise(p, rewrite),
            _ => node,
        };
        return rewrite(rebuilt);
    }

    /// <summary>Replaces symbols by the trees <paramref name="substitution"/> gives (null keeps the symbol).</summary>
    public static MathNode Substitute(MathNode node, Func<string, MathNode?> substitution)
    {
        ArgumentNullException.ThrowIfNull(substitution);
        return Rewrite(node, n => n is SymbolNode s && substitution(s.Name) is { } replacement ? replacement : n);
    }

    /// <summary>Whether the tree contains a node satisfying <paramref name="predicate"/>.</summary>
    public static bool Any(MathNode node, Func<MathNode, bool> predicate) => Descendants(node).Any(predicate);

    /// <summary>The number of nodes in the tree.</summary>
    public static int Size(MathNode node) => Descendants(node).Count();

    private static IEnumerable<MathNode> PiecewiseChildren(PiecewiseNode p)
    {
        foreach (var piece in p.Pieces)
        {
            yield return piece.Value;
            yield return piece.Condition;
        }

        if (p.Otherwise is not null)
        {
            yield return p.Otherwise;
        }
    }

    private static ImmutableArray<MathNode>? RewriteArguments(ImmutableArray<MathNode> args, Func<MathNode, MathNode> rewrite)
    {
        ImmutableArray<MathNode>.Builder? builder = null;
        for (var i = 0; i < args.Length; i++)
        {
            var rewritten = Rewrite(args[i], rewrite);
            if (builder is null && !ReferenceEquals(rewritten, args[i]))
            {
                builder = ImmutableArray.CreateBuilder<MathNode>(args.Length);
                for (var j = 0; j < i; j++)
                {
                    builder.Add(args[j]);
                }
            }

            builder?.Add(rewritten);
        }

        return builder?.MoveToImmutable();
    }

    private static PiecewiseNode RewritePiecewise(PiecewiseNode p, Func<MathNode, MathNode> rewrite)
    {
        var changed = false;
        var pieces = ImmutableArray.CreateBuilder<Piece>(p.Pieces.Length);
        foreach (var piece in p.Pieces)
        {
            var value = Rewrite(piece.Value, rewrite);
            var condition = Rewrite(piece.Condition, rewrite);
            changed |= !ReferenceEquals(value, piece.Value) || !ReferenceEquals(condition, piece.Condition);
            pieces.Add(new Piece(value, condition));
        }

        var otherwise = p.Otherwise is null ? null : Rewrite(p.Otherwise, rewrite);
        changed |= !ReferenceEquals(otherwise, p.Otherwise);
        return changed ? new PiecewiseNode(pieces.MoveToImmutable(), otherwise) : p;
    }
}
