using Myokinetics.Core.Math;

namespace Myokinetics.Core.Units;

/// <summary>Replaces symbols in an expression tree: used to inline a user function's body with the
/// arguments of one call. Function bodies refer only to their own parameters, so simultaneous
/// replacement cannot capture anything.</summary>
internal static class MathSubstitution
{
    public static MathNode Substitute(MathNode node, IReadOnlyDictionary<string, MathNode> replacements) => node switch
    {
        SymbolNode s when replacements.TryGetValue(s.Name, out var replacement) => replacement,
        ApplyNode a => a with { Arguments = SubstituteAll(a.Arguments, replacements) },
        CallNode c => c with { Arguments = SubstituteAll(c.Arguments, replacements) },
        PiecewiseNode p => new PiecewiseNode(
            [.. p.Pieces.Select(piece => new Piece(Substitute(piece.Value, replacements), Substitute(piece.Condition, replacements)))],
            p.Otherwise is null ? null : Substitute(p.Otherwise, replacements)),
        _ => node,
    };

    private static ImmutableArray<MathNode> SubstituteAll(ImmutableArray<MathNode> nodes, IReadOnlyDictionary<string, MathNode> replacements) =>
        [.. nodes.Select(n => Substitute(n, replacements))];
}
