using Myokinetics.Core.Math;

namespace Myokinetics.Antimony.Semantics;

/// <summary>Renames the symbols of expression trees and lists the symbols they use.</summary>
internal static class MathRenamer
{
    /// <summary>A copy of <paramref name="node"/> with every <see cref="SymbolNode"/> renamed
    /// (function names, csymbols and units are left alone).</summary>
    public static MathNode Rename(MathNode node, Func<string, string> rename) => Rename(node, rename, null, null);

    /// <summary>A copy of <paramref name="node"/> with symbols, user-function names and the units of
    /// numbers renamed (a null function leaves those names alone).</summary>
    public static MathNode Rename(MathNode node, Func<string, string> symbols, Func<string, string>? functions, Func<string, string>? units) => node switch
    {
        SymbolNode s => RenameSymbol(s, symbols),
        NumberNode { Units: not null } n when units is not null => n with { Units = units(n.Units) },
        ApplyNode a => a with { Arguments = a.Arguments.Select(x => Rename(x, symbols, functions, units)).ToImmutableArray() },
        CallNode c => new CallNode(functions is null ? c.Function : functions(c.Function), c.Arguments.Select(x => Rename(x, symbols, functions, units)).ToImmutableArray()),
        PiecewiseNode p => new PiecewiseNode(
            p.Pieces.Select(x => new Piece(Rename(x.Value, symbols, functions, units), Rename(x.Condition, symbols, functions, units))).ToImmutableArray(),
            p.Otherwise is null ? null : Rename(p.Otherwise, symbols, functions, units)),
        _ => node,
    };

    /// <summary>The symbols <paramref name="node"/> uses, in order of first appearance.</summary>
    public static IEnumerable<string> Symbols(MathNode node)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var list = new List<string>();
        Collect(node, seen, list);
        return list;
    }

    private static SymbolNode RenameSymbol(SymbolNode s, Func<string, string> rename)
    {
        var name = rename(s.Name);
        return string.Equals(name, s.Name, StringComparison.Ordinal) ? s : new SymbolNode(name);
    }

    private static void Collect(MathNode node, HashSet<string> seen, List<string> list)
    {
        switch (node)
        {
            case SymbolNode s:
                if (seen.Add(s.Name))
                {
                    list.Add(s.Name);
                }

                break;
            case ApplyNode a:
                foreach (var x in a.Arguments)
                {
                    Collect(x, seen, list);
                }

                break;
            case CallNode c:
                foreach (var x in c.Arguments)
                {
                    Collect(x, seen, list);
                }

                break;
            case PiecewiseNode p:
                foreach (var piece in p.Pieces)
                {
                    Collect(piece.Value, seen, list);
                    Collect(piece.Condition, seen, list);
                }

                if (p.Otherwise is not null)
                {
                    Collect(p.Otherwise, seen, list);
                }

                break;
        }
    }
}
