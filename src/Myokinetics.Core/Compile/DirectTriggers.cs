using System.Runtime.CompilerServices;
using Myokinetics.Core.Math;

namespace Myokinetics.Core.Compile;

/// <summary>
/// Event triggers that are one comparison of two operands (<see cref="DirectOperand"/>: a number,
/// the time or a stored value), such as the <c>time ≥ tₖ</c> of every session and dose of a
/// schedule, evaluated from a table instead of generated code. The comparisons are the IEEE ones
/// the generated code makes (false for NaN except ≠). Comparisons of the time with a number,
/// evaluated after every integrator step, are grouped by operator into loops as fast as generated
/// code. Immutable and thread-safe.
/// </summary>
internal sealed class DirectTriggers
{
    private readonly TimeComparisons[] timeComparisons;
    private readonly Entry[] others;

    private DirectTriggers(TimeComparisons[] timeComparisons, Entry[] others)
    {
        this.timeComparisons = timeComparisons;
        this.others = others;
    }

    /// <summary>How many triggers the table evaluates.</summary>
    public int Count => timeComparisons.Sum(g => g.Outputs.Length) + others.Length;

    /// <summary>Takes the triggers of <paramref name="triggers"/> the table can evaluate; adds the
    /// positions of the others, in order, to <paramref name="rest"/> (for generated code).</summary>
    public static DirectTriggers Split(IReadOnlyList<MathNode> triggers, ModelAnalysis analysis, List<int> rest)
    {
        ArgumentNullException.ThrowIfNull(triggers);
        ArgumentNullException.ThrowIfNull(rest);
        var byOperator = new SortedDictionary<MathOperator, List<(int Output, double Number)>>();
        var others = new List<Entry>();
        for (var i = 0; i < triggers.Count; i++)
        {
            if (triggers[i] is not ApplyNode { Arguments: [var a, var b] } apply
                || !IsComparison(apply.Operator)
                || !DirectOperand.TryCreate(a, analysis, out var left)
                || !DirectOperand.TryCreate(b, analysis, out var right))
            {
                rest.Add(i);
                continue;
            }

            // number < time is time > number (IEEE comparisons mirror exactly, NaN included).
            var (op, number) = left.IsTime && right.IsNumber ? (apply.Operator, right.Number)
                : left.IsNumber && right.IsTime ? (Mirror(apply.Operator), left.Number)
                : ((MathOperator?)null, 0.0);
            if (op is not { } timeOperator)
            {
                others.Add(new Entry(i, apply.Operator, left, right));
                continue;
            }

            if (!byOperator.TryGetValue(timeOperator, out var group))
            {
                byOperator[timeOperator] = group = [];
            }

            group.Add((i, number));
        }

        var timeComparisons = byOperator
            .Select(g => new TimeComparisons(g.Key, [.. g.Value.Select(e => e.Output)], [.. g.Value.Select(e => e.Number)]))
            .ToArray();
        return new DirectTriggers(timeComparisons, [.. others]);
    }

    /// <summary>Writes the table's trigger values at <paramref name="time"/> into their positions of <paramref name="output"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Evaluate(double time, ModelState model, bool[] output)
    {
        foreach (var group in timeComparisons)
        {
            group.Evaluate(time, output);
        }

        if (others.Length == 0)
        {
            return;
        }

        var values = model.Values;
        foreach (ref readonly var e in others.AsSpan())
        {
            output[e.Output] = Compare(e.Operator, e.Left.Read(time, values), e.Right.Read(time, values));
        }
    }

    private static bool Compare(MathOperator op, double left, double right) => op switch
    {
        MathOperator.Geq => left >= right,
        MathOperator.Gt => left > right,
        MathOperator.Leq => left <= right,
        MathOperator.Lt => left < right,
        MathOperator.Eq => left == right,
        _ => left != right,
    };

    private static MathOperator Mirror(MathOperator op) => op switch
    {
        MathOperator.Gt => MathOperator.Lt,
        MathOperator.Lt => MathOperator.Gt,
        MathOperator.Geq => MathOperator.Leq,
        MathOperator.Leq => MathOperator.Geq,
        _ => op,
    };

    private static bool IsComparison(MathOperator op) =>
        op is MathOperator.Gt or MathOperator.Geq or MathOperator.Lt or MathOperator.Leq or MathOperator.Eq or MathOperator.Neq;

    private readonly record struct Entry(int Output, MathOperator Operator, DirectOperand Left, DirectOperand Right);

    /// <summary>Triggers <c>time op number</c> with one operator.</summary>
    private sealed record TimeComparisons(MathOperator Operator, int[] Outputs, double[] Numbers)
    {
        private readonly int start = DirectValues.ContiguousStart(Outputs);

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void Evaluate(double time, bool[] output)
        {
            if (start < 0)
            {
                for (var i = 0; i < Numbers.Length; i++)
                {
                    output[Outputs[i]] = Compare(Operator, time, Numbers[i]);
                }

                return;
            }

            // A schedule's triggers, one after another: a loop without indirection.
            ReadOnlySpan<double> numbers = Numbers;
            var target = output.AsSpan(start, numbers.Length);
            switch (Operator)
            {
                case MathOperator.Geq:
                    for (var i = 0; i < target.Length; i++)
                    {
                        target[i] = time >= numbers[i];
                    }

                    break;
                case MathOperator.Gt:
                    for (var i = 0; i < target.Length; i++)
                    {
                        target[i] = time > numbers[i];
                    }

                    break;
                default:
                    for (var i = 0; i < target.Length; i++)
                    {
                        target[i] = Compare(Operator, time, numbers[i]);
                    }

                    break;
            }
        }
    }
}
