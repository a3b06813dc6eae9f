using Myokinetics.Core.Math;

namespace Myokinetics.Core.Compile;

/// <summary>
/// The simplest event-time values — a number, the time, a stored value, or the difference of two
/// of these — computed from a table instead of generated code. They are what long dosing and
/// training schedules are made of: assignments of constants, time thresholds, and root functions
/// <c>time − tₖ</c> of triggers <c>time ≥ tₖ</c>. A schedule with hundreds of events would
/// otherwise build (and interpret or JIT-compile) hundreds of expression trees, most of the
/// compile time it adds. The values are bit for bit those of the generated code: the same reads
/// and at most one IEEE subtraction. Immutable and thread-safe.
/// </summary>
internal sealed class DirectValues
{
    private readonly Entry[] entries;

    private DirectValues(Entry[] entries)
    {
        this.entries = entries;
    }

    /// <summary>How many of the values the table computes.</summary>
    public int Count => entries.Length;

    /// <summary>Takes the values of <paramref name="nodes"/> the table can compute; adds the
    /// positions of the others, in order, to <paramref name="rest"/> (for generated code).</summary>
    public static DirectValues Split(IReadOnlyList<MathNode> nodes, ModelAnalysis analysis, List<int> rest)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        ArgumentNullException.ThrowIfNull(rest);
        var entries = new List<Entry>();
        for (var k = 0; k < nodes.Count; k++)
        {
            if (DirectOperand.TryCreate(nodes[k], analysis, out var single))
            {
                entries.Add(new Entry(k, single, default, false));
            }
            else if (nodes[k] is ApplyNode { Operator: MathOperator.Minus, Arguments: [var a, var b] }
                && DirectOperand.TryCreate(a, analysis, out var left)
                && DirectOperand.TryCreate(b, analysis, out var right))
            {
                entries.Add(new Entry(k, left, right, true));
            }
            else
            {
                rest.Add(k);
            }
        }

        return new DirectValues([.. entries]);
    }

    /// <summary>Writes the table's values at <paramref name="time"/> into their positions of <paramref name="output"/>.</summary>
    public void Evaluate(double time, ModelState model, double[] output)
    {
        var values = model.Values;
        foreach (ref readonly var e in entries.AsSpan())
        {
            var value = e.Left.Read(time, values);
            output[e.Output] = e.Difference ? value - e.Right.Read(time, values) : value;
        }
    }

    private readonly record struct Entry(int Output, DirectOperand Left, DirectOperand Right, bool Difference);
}
