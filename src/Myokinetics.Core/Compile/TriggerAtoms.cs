using Myokinetics.Core.Math;
using Myokinetics.Core.Math.Symbolic;
using static Myokinetics.Core.Math.Symbolic.Build;

namespace Myokinetics.Core.Compile;

/// <summary>
/// The comparisons inside event triggers, compiled two ways: as root functions g = left − right
/// whose sign changes the simulator looks for on each step (so a trigger that is true only inside a
/// step is not missed), and, where one side is <c>time</c> and the other only changes at events, as
/// time thresholds at which the integrator stops exactly (doses happen at their exact times).
/// Roots <c>time − tₖ</c> and thresholds <c>tₖ</c> of numbers or stored values, the whole of a
/// dosing or training schedule, are computed from a table (<see cref="DirectValues"/>), not generated code.
/// </summary>
internal static class TriggerAtoms
{
    public static (ValuesFunction? Roots, int RootCount, ValuesFunction? Thresholds, int ThresholdCount) Compile(
        ModelAnalysis analysis, ModelEquations equations)
    {
        var roots = new List<MathNode>();
        var thresholds = new List<MathNode>();
        var seenRoots = new HashSet<MathNode>(MathNodeComparer.Instance);
        var seenThresholds = new HashSet<MathNode>(MathNodeComparer.Instance);
        for (var i = 0; i < analysis.Model.Events.Length; i++)
        {
            var e = analysis.Model.Events[i];
            var trigger = equations.Canonicalizer.Canonical(e.Trigger.Math, $"the trigger of event '{ModelCompiler.EventLabel(e, i)}'", e.Location);
            foreach (var (left, right) in Comparisons(trigger))
            {
                var other = left is CSymbolNode { Kind: CSymbolKind.Time } ? right
                    : right is CSymbolNode { Kind: CSymbolKind.Time } ? left
                    : null;
                if (other is not null && IsPiecewiseConstant(analysis, other))
                {
                    AddDistinct(thresholds, seenThresholds, other);
                }

                if (!IsPiecewiseConstant(analysis, left) || !IsPiecewiseConstant(analysis, right))
                {
                    AddDistinct(roots, seenRoots, Subtract(left, right));
                }
            }
        }

        var rootFunction = roots.Count == 0 ? null : ModelCompiler.CompileValues(analysis, equations, roots, "TriggerRoots");
        var thresholdFunction = thresholds.Count == 0 ? null : ModelCompiler.CompileValues(analysis, equations, thresholds, "TimeThresholds", tiered: true);
        return (rootFunction, roots.Count, thresholdFunction, thresholds.Count);
    }

    private static IEnumerable<(MathNode Left, MathNode Right)> Comparisons(MathNode trigger)
    {
        foreach (var node in MathTraversal.Descendants(trigger))
        {
            if (node is ApplyNode a && IsComparison(a.Operator))
            {
                for (var k = 0; k + 1 < a.Arguments.Length; k++)
                {
                    yield return (a.Arguments[k], a.Arguments[k + 1]);
                }
            }
        }
    }

    /// <summary>Appends <paramref name="node"/> unless an equal one is there (first occurrence order).</summary>
    private static void AddDistinct(List<MathNode> list, HashSet<MathNode> seen, MathNode node)
    {
        if (seen.Add(node))
        {
            list.Add(node);
        }
    }

    private static bool IsComparison(MathOperator op) =>
        op is MathOperator.Gt or MathOperator.Geq or MathOperator.Lt or MathOperator.Leq or MathOperator.Eq or MathOperator.Neq;

    private static bool IsPiecewiseConstant(ModelAnalysis analysis, MathNode node) =>
        !MathTraversal.Any(node, n => n switch
        {
            CSymbolNode { Kind: CSymbolKind.Time } => true,
            ApplyNode { Operator: MathOperator.Delay or MathOperator.RateOf } => true,
            SymbolNode s => !analysis.Symbols.TryGetValue(s.Name, out var symbol)
                || symbol.Determination is not (Determination.Constant or Determination.Discrete),
            _ => false,
        });
}
