using Myokinetics.Core.Math;

namespace Myokinetics.Sbml.Tests;

internal static class MathAssert
{
    /// <summary>Asserts structural equality (<see cref="MathNodeComparer"/>), printing both trees on failure.</summary>
    public static void Equal(MathNode expected, MathNode? actual)
    {
        Assert.NotNull(actual);
        Assert.True(MathNodeComparer.Instance.Equals(expected, actual), $"expected {Describe(expected)}{Environment.NewLine}found    {Describe(actual)}");
    }

    public static string Describe(MathNode node) => node switch
    {
        NumberNode n => n.Units is null ? $"{n.Value:R}" : $"{n.Value:R}[{n.Units}]",
        BooleanNode b => b.Value ? "true" : "false",
        SymbolNode s => s.Name,
        CSymbolNode c => c.Kind.ToString().ToLowerInvariant(),
        ApplyNode a => $"{a.Operator}({string.Join(", ", a.Arguments.Select(Describe))})",
        CallNode c => $"{c.Function}!({string.Join(", ", c.Arguments.Select(Describe))})",
        PiecewiseNode p => $"piecewise({string.Join(", ", p.Pieces.Select(x => $"{Describe(x.Value)} if {Describe(x.Condition)}"))}; otherwise {(p.Otherwise is null ? "-" : Describe(p.Otherwise))})",
        _ => node.ToString()!,
    };
}
