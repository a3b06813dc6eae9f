using Myokinetics.Core.Math;

namespace Myokinetics.Core.Compile;

/// <summary>
/// Event triggers that are one comparison of two operands (<see cref="DirectOperand"/>: a number,
/// the time or a stored value), such as the <c>time ≥ tₖ</c> of every session and dose of a
/// schedule, evaluated from a table instead of generated code. The comparisons are the IEEE ones
/// the generated code makes (false for NaN except ≠). Immutable and thread-safe.
/// </summary>
internal sealed class DirectTriggers
{
    private readonly Entry[] entries;

    private DirectTriggers(Entry[] entries)
    {
        this.entries = entries;
    }

    /// <summary>How many triggers the table evaluates.</summary>
    public int Count => entries.Length;

    /// <summary>Takes the triggers of <paramref name="triggers"/> the table can evaluate; adds the
    /// positions of the others, in order, to <paramref name="rest"/> (for generated code).</summary>
    public static DirectTriggers Split(IReadOnlyList<MathNode> triggers, ModelAnalysis analysis, List<int> rest)
    {
        ArgumentNullException.ThrowIfNull(triggers);
        ArgumentNullException.ThrowIfNull(rest);
        var entries = new List<Entry>();
        for (var i = 0; i < triggers.Count; i++)
        {
            if (triggers[i] is ApplyNode { Arguments: [var a, var b] } apply
                && IsComparison(apply.Operator)
                && DirectOperand.TryCreate(a, analysis, out var left)
                && DirectOperand.TryCreate(b, analysis, out var right))
            {
                entries.Add(new Entry(i, apply.Operator, left, right));
            }
            else
            {
                rest.Add(i);
            }
        }

        return new DirectTriggers([.. entries]);
    }

    /// <summary>Writes the table's trigger values at <paramref name="time"/> into their positions of <paramref name="output"/>.</summary>
    public void Evaluate(double time, ModelState model, bool[] output)
    {
        var values = model.Values;
        foreach (ref readonly var e in entries.AsSpan())
        {
            var left = e.Left.Read(time, values);
            var right = e.Right.Read(time, values);
            output[e.Output] = e.Operator switch
            {
                MathOperator.Geq => left >= right,
                MathOperator.Gt => left > right,
                MathOperator.Leq => left <= right,
                MathOperator.Lt => left < right,
                MathOperator.Eq => left == right,
                _ => left != right,
            };
        }
    }

    private static bool IsComparison(MathOperator op) =>
        op is MathOperator.Gt or MathOperator.Geq or MathOperator.Lt or MathOperator.Leq or MathOperator.Eq or MathOperator.Neq;

    private readonly record struct Entry(int Output, MathOperator Operator, DirectOperand Left, DirectOperand Right);
}
