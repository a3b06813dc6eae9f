using Myokinetics.Core.Math;

namespace Myokinetics.Core.Tests.Math.Infix;

/// <summary>Short builders for expected trees in the infix tests.</summary>
internal static class M
{
    public static SymbolNode S(string name) => new(name);

    public static NumberNode N(double value, string? units = null) => new(value, units);

    public static ApplyNode A(MathOperator op, params MathNode[] args) => new(op, args);

    public static CallNode Call(string name, params MathNode[] args) => new(name, args);

    public static void Equal(MathNode expected, MathNode actual)
    {
        if (!MathNodeComparer.Instance.Equals(expected, actual))
        {
            Assert.Fail($"Trees differ.\nExpected: {expected.Describe()}\nActual:   {actual.Describe()}");
        }
    }

    /// <summary>A prefix rendering that shows the tree's shape (unlike record ToString, which hides arrays).</summary>
    public static string Describe(this MathNode node) => node switch
    {
        NumberNode n => n.Units is null ? n.Value.ToString("R", System.Globalization.CultureInfo.InvariantCulture)
            : $"{n.Value.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}[{n.Units}]",
        BooleanNode b => b.Value ? "true" : "false",
        SymbolNode s => s.Name,
        CSymbolNode c => "#" + c.Kind,
        ApplyNode a => $"({a.Operator} {string.Join(" ", a.Arguments.Select(Describe))})",
        CallNode c => $"(call {c.Function} {string.Join(" ", c.Arguments.Select(Describe))})",
        PiecewiseNode p => $"(piecewise {string.Join(" ", p.Pieces.Select(x => $"[{x.Value.Describe()} if {x.Condition.Describe()}]"))}"
            + (p.Otherwise is null ? ")" : $" else {p.Otherwise.Describe()})"),
        _ => node.GetType().Name,
    };
}
