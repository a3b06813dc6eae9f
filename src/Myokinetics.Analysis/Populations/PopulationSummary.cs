using System.Globalization;
using Myokinetics.Core.Diagnostics;

namespace Myokinetics.Analysis.Populations;

/// <summary>
/// Summary time courses of a population, accumulated subject by subject without keeping the
/// trajectories: for every output time and variable, the count, the exact sum (for the mean) and a
/// <see cref="QuantileSketch"/> (for the 5th, 25th, 50th, 75th and 95th percentiles, each within
/// 0.2 % of the exact percentile).
/// </summary>
/// <remarks>
/// Every part adds exactly (integers and an exact sum), so summaries of any split of the subjects,
/// merged in any order, equal the summary of all subjects at once, bit for bit. Memory grows with
/// times × variables × binades spanned, not with the number of subjects.
/// </remarks>
public sealed class PopulationSummary
{
    /// <summary>The percentiles written, as probabilities.</summary>
    public static readonly ImmutableArray<double> Percentiles = [0.05, 0.25, 0.5, 0.75, 0.95];

    private readonly long[] counts;
    private readonly ExactSum?[] sums;
    private readonly QuantileSketch?[] sketches;

    /// <summary>An empty summary.</summary>
    /// <param name="times">The output times, the same for every subject.</param>
    /// <param name="variables">The output columns.</param>
    public PopulationSummary(IReadOnlyList<double> times, IReadOnlyList<string> variables)
    {
        ArgumentNullException.ThrowIfNull(times);
        ArgumentNullException.ThrowIfNull(variables);
        Times = [.. times];
        Variables = [.. variables];
        var cells = Times.Length * Variables.Length;
        counts = new long[cells];
        sums = new ExactSum?[cells];
        sketches = new QuantileSketch?[cells];
    }

    /// <summary>The output times.</summary>
    public ImmutableArray<double> Times { get; }

    /// <summary>The variables.</summary>
    public ImmutableArray<string> Variables { get; }

    /// <summary>How many subjects were added.</summary>
    public long Subjects { get; private set; }

    /// <summary>Adds one subject's time course: <see cref="Times"/>.Length rows of
    /// <see cref="Variables"/>.Length values, row after row. Non-finite values are not counted.</summary>
    public void Add(ReadOnlySpan<double> values)
    {
        if (values.Length != counts.Length)
        {
            throw new ArgumentException($"expected {Times.Length} rows of {Variables.Length} values", nameof(values));
        }

        for (var cell = 0; cell < values.Length; cell++)
        {
            var value = values[cell];
            if (!double.IsFinite(value))
            {
                continue;
            }

            counts[cell]++;
            (sums[cell] ??= new ExactSum()).Add(value);
            (sketches[cell] ??= new QuantileSketch()).Add(value);
        }

        Subjects++;
    }

    /// <summary>Adds the subjects of <paramref name="other"/>, which must have the same times and variables.</summary>
    public void Add(PopulationSummary other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (!other.Times.SequenceEqual(Times) || !other.Variables.SequenceEqual(Variables, StringComparer.Ordinal))
        {
            throw new ArgumentException("the summaries have different times or variables", nameof(other));
        }

        for (var cell = 0; cell < counts.Length; cell++)
        {
            counts[cell] += other.counts[cell];
            if (other.sums[cell] is { } sum)
            {
                (sums[cell] ??= new ExactSum()).Add(sum);
            }

            if (other.sketches[cell] is { } sketch)
            {
                (sketches[cell] ??= new QuantileSketch()).Add(sketch);
            }
        }

        Subjects += other.Subjects;
    }

    /// <summary>The summary lines, time by time, and within a time in variable order.</summary>
    public IEnumerable<SummaryRow> Rows()
    {
        for (var row = 0; row < Times.Length; row++)
        {
            for (var column = 0; column < Variables.Length; column++)
            {
                yield return Row(row, column);
            }
        }
    }

    /// <summary>The summary of variable <paramref name="column"/> at time index <paramref name="row"/>.</summary>
    public SummaryRow Row(int row, int column)
    {
        var cell = (row * Variables.Length) + column;
        var n = counts[cell];
        var mean = n == 0 ? double.NaN : sums[cell]!.ToDouble() / n;
        var sketch = sketches[cell];
        double Q(double p) => sketch is null ? double.NaN : sketch.Quantile(p);
        return new SummaryRow(Times[row], Variables[column], n, mean, Q(0.05), Q(0.25), Q(0.5), Q(0.75), Q(0.95));
    }

    /// <summary>Writes the tidy CSV: <c>time,variable,n,mean,p5,p25,median,p75,p95</c>, numbers in the
    /// shortest form that reads back to the same double, NaN for a cell without values.</summary>
    public void WriteCsv(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write("time,variable,n,mean,p5,p25,median,p75,p95\n");
        foreach (var r in Rows())
        {
            writer.Write(string.Create(
                CultureInfo.InvariantCulture,
                $"{Number(r.Time)},{r.Variable},{r.Count},{Number(r.Mean)},{Number(r.P5)},{Number(r.P25)},{Number(r.Median)},{Number(r.P75)},{Number(r.P95)}\n"));
        }
    }

    /// <summary>Writes the summary's exact state (for merging), see <see cref="Read"/>.</summary>
    public void Write(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(Times.Length);
        foreach (var t in Times)
        {
            writer.Write(t);
        }

        writer.Write(Variables.Length);
        foreach (var v in Variables)
        {
            writer.Write(v);
        }

        writer.Write(Subjects);
        for (var cell = 0; cell < counts.Length; cell++)
        {
            writer.Write(counts[cell]);
            if (counts[cell] == 0)
            {
                continue;
            }

            var sum = sums[cell]!;
            sum.Normalize();
            writer.Write(sum.Offset);
            writer.Write7BitEncodedInt(sum.Digits.Length);
            foreach (var d in sum.Digits)
            {
                writer.Write(d);
            }

            var sketch = sketches[cell]!;
            writer.Write(sketch.Min);
            writer.Write(sketch.Max);
            writer.Write(sketch.Zeros);
            WriteStore(writer, sketch.Positive);
            WriteStore(writer, sketch.Negative);
        }
    }

    /// <summary>Reads a summary written by <see cref="Write"/>; <paramref name="name"/> names the source in messages.</summary>
    /// <exception cref="ModelFormatException">The data is truncated or not a summary.</exception>
    public static PopulationSummary Read(BinaryReader reader, string name)
    {
        ArgumentNullException.ThrowIfNull(reader);
        try
        {
            var times = new double[Bounded(reader.ReadInt32(), 100_000_000, name)];
            for (var i = 0; i < times.Length; i++)
            {
                times[i] = reader.ReadDouble();
            }

            var variables = new string[Bounded(reader.ReadInt32(), 1_000_000, name)];
            for (var i = 0; i < variables.Length; i++)
            {
                variables[i] = reader.ReadString();
            }

            var summary = new PopulationSummary(times, variables) { Subjects = reader.ReadInt64() };
            for (var cell = 0; cell < summary.counts.Length; cell++)
            {
                var n = reader.ReadInt64();
                summary.counts[cell] = n;
                if (n == 0)
                {
                    continue;
                }

                var offset = reader.ReadInt32();
                var digits = new long[Bounded(reader.Read7BitEncodedInt(), 100, name)];
                for (var i = 0; i < digits.Length; i++)
                {
                    digits[i] = reader.ReadInt64();
                }

                summary.sums[cell] = ExactSum.FromDigits(offset, digits);
                var sketch = new QuantileSketch { Min = reader.ReadDouble(), Max = reader.ReadDouble(), Zeros = reader.ReadInt64() };
                ReadStore(reader, sketch.Positive, name);
                ReadStore(reader, sketch.Negative, name);
                if (sketch.Count != n)
                {
                    throw new ModelFormatException(new SourceLocation(name, 0), "the population state is inconsistent (counts do not add up); the file is damaged");
                }

                summary.sketches[cell] = sketch;
            }

            return summary;
        }
        catch (EndOfStreamException ex)
        {
            throw new ModelFormatException(new SourceLocation(name, 0), "the population state ends early; the file is incomplete or damaged", ex);
        }
    }

    private static void WriteStore(BinaryWriter writer, BucketStore store)
    {
        var buckets = store.Buckets().ToList();
        writer.Write7BitEncodedInt(buckets.Count);
        var previous = 0;
        foreach (var (key, count) in buckets)
        {
            writer.Write7BitEncodedInt(key - previous);
            writer.Write7BitEncodedInt(count);
            previous = key;
        }
    }

    private static void ReadStore(BinaryReader reader, BucketStore store, string name)
    {
        var count = Bounded(reader.Read7BitEncodedInt(), 1 << 22, name);
        var key = 0;
        for (var i = 0; i < count; i++)
        {
            key += reader.Read7BitEncodedInt();
            store.Increment(key, Bounded(reader.Read7BitEncodedInt(), int.MaxValue, name));
        }
    }

    private static int Bounded(int value, int max, string name) =>
        value >= 0 && value <= max ? value : throw new ModelFormatException(new SourceLocation(name, 0), "the population state holds an impossible size; the file is damaged");

    private static string Number(double value) =>
        double.IsNaN(value) ? "NaN" : double.IsPositiveInfinity(value) ? "INF" : double.IsNegativeInfinity(value) ? "-INF" : value.ToString("R", CultureInfo.InvariantCulture);
}
