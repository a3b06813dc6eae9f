using System.Runtime.CompilerServices;
using Myokinetics.Core.Math;

namespace Myokinetics.Core.Compile;

/// <summary>
/// The simplest event-time values — a number, the time, a stored value, or the difference of two
/// of these — computed from a table instead of generated code. They are what long dosing and
/// training schedules are made of: assignments of constants, time thresholds, and root functions
/// <c>time − tₖ</c> of triggers <c>time ≥ tₖ</c>. A schedule with hundreds of events would
/// otherwise build (and interpret or JIT-compile) hundreds of expression trees, most of the
/// compile time it adds. The values are bit for bit those of the generated code: the same reads
/// and at most one IEEE subtraction. Numbers and <c>time − number</c> (every root of a schedule,
/// evaluated after each integrator step) have loops of their own, and the evaluation is compiled
/// fully optimised at once, as generated code is (dynamic methods are not tiered), so the table is
/// as fast as the code it replaces. Immutable and thread-safe.
/// </summary>
internal sealed class DirectValues
{
    private readonly int[] numberOutputs;
    private readonly double[] numbers;
    private readonly int[] sinceOutputs;
    private readonly double[] sinceNumbers;
    private readonly int sinceStart;
    private readonly Entry[] others;

    private DirectValues(List<(int Output, double Number)> numbers, List<(int Output, double Number)> since, List<Entry> others)
    {
        numberOutputs = [.. numbers.Select(n => n.Output)];
        this.numbers = [.. numbers.Select(n => n.Number)];
        sinceOutputs = [.. since.Select(n => n.Output)];
        sinceNumbers = [.. since.Select(n => n.Number)];
        sinceStart = ContiguousStart(sinceOutputs);
        this.others = [.. others];
    }

    /// <summary>How many of the values the table computes.</summary>
    public int Count => numbers.Length + sinceNumbers.Length + others.Length;

    /// <summary>Takes the values of <paramref name="nodes"/> the table can compute; adds the
    /// positions of the others, in order, to <paramref name="rest"/> (for generated code).</summary>
    public static DirectValues Split(IReadOnlyList<MathNode> nodes, ModelAnalysis analysis, List<int> rest)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        ArgumentNullException.ThrowIfNull(rest);
        var numbers = new List<(int, double)>();
        var since = new List<(int, double)>();
        var others = new List<Entry>();
        for (var k = 0; k < nodes.Count; k++)
        {
            if (DirectOperand.TryCreate(nodes[k], analysis, out var single))
            {
                if (single.IsNumber)
                {
                    numbers.Add((k, single.Number));
                }
                else
                {
                    others.Add(new Entry(k, single, default, false));
                }
            }
            else if (nodes[k] is ApplyNode { Operator: MathOperator.Minus, Arguments: [var a, var b] }
                && DirectOperand.TryCreate(a, analysis, out var left)
                && DirectOperand.TryCreate(b, analysis, out var right))
            {
                if (left.IsTime && right.IsNumber)
                {
                    since.Add((k, right.Number));
                }
                else
                {
                    others.Add(new Entry(k, left, right, true));
                }
            }
            else
            {
                rest.Add(k);
            }
        }

        return new DirectValues(numbers, since, others);
    }

    /// <summary>Writes the table's values at <paramref name="time"/> into their positions of <paramref name="output"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Evaluate(double time, ModelState model, double[] output)
    {
        for (var i = 0; i < numbers.Length; i++)
        {
            output[numberOutputs[i]] = numbers[i];
        }

        if (sinceStart >= 0)
        {
            // All of a schedule's roots, one after another: a loop without indirection.
            ReadOnlySpan<double> since = sinceNumbers;
            var target = output.AsSpan(sinceStart, since.Length);
            for (var i = 0; i < target.Length; i++)
            {
                target[i] = time - since[i];
            }
        }
        else
        {
            for (var i = 0; i < sinceNumbers.Length; i++)
            {
                output[sinceOutputs[i]] = time - sinceNumbers[i];
            }
        }

        if (others.Length == 0)
        {
            return;
        }

        var values = model.Values;
        foreach (ref readonly var e in others.AsSpan())
        {
            var value = e.Left.Read(time, values);
            output[e.Output] = e.Difference ? value - e.Right.Read(time, values) : value;
        }
    }

    /// <summary>The first of <paramref name="outputs"/> when they are consecutive positions, otherwise -1.</summary>
    internal static int ContiguousStart(int[] outputs)
    {
        for (var i = 1; i < outputs.Length; i++)
        {
            if (outputs[i] != outputs[0] + i)
            {
                return -1;
            }
        }

        return outputs.Length == 0 ? 0 : outputs[0];
    }

    private readonly record struct Entry(int Output, DirectOperand Left, DirectOperand Right, bool Difference);
}
