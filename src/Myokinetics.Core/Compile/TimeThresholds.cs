using Myokinetics.Core.Math;
using Myokinetics.Core.Math.Symbolic;

namespace Myokinetics.Core.Compile;

/// <summary>
/// Finds the times at which triggers compare <c>time</c> with a quantity that only events can
/// change (<c>time ≥ t_dose</c>, <c>t_end &lt; time</c>, …), so the simulator can stop exactly there
/// instead of searching for the switch: doses and protocol changes happen at their exact times.
/// </summary>
internal static class TimeThresholds
{
    public static (ValuesFunction? Function, int Count) Compile(ModelAnalysis analysis, ModelEquations equations)
    {
        var thresholds = new List<MathNode>();
        for (var i = 0; i < analysis.Model.Events.Length; i++)
        {
            var e = analysis.Model.Events[i];
            var trigger = equations.Canonicalizer.Canonical(e.Trigger.Math, $"the trigger of event '{ModelCompiler.EventLabel(e, i)}'", e.Location);
            foreach (var node in MathTraversal.Descendants(trigger))
            {
                if (node is ApplyNode { Arguments.Length: 2 } a && IsComparison(a.Operator))
                {
                    var other = a.Arguments[0] is CSymbolNode { Kind: CSymbolKind.Time } ? a.Arguments[1]
                        : a.Arguments[1] is CSymbolNode { Kind: CSymbolKind.Time } ? a.Arguments[0]
                        : null;
                    if (other is not null && IsPiecewiseConstant(analysis, other)
                        && !thresholds.Contains(other, MathNodeComparer.Instance))
                    {
                        thresholds.Add(other);
                    }
                }
            }
        }

        return thresholds.Count == 0
            ? (null, 0)
            : (ModelCompiler.CompileValues(analysis, equations, thresholds, "TimeThresholds"), thresholds.Count);
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
