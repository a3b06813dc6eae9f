using Myokinetics.Analysis.Populations;
using static Myokinetics.Analysis.Tests.Populations.Populations;

namespace Myokinetics.Analysis.Tests.Populations;

/// <summary>The exact sum and the quantile sketch against exact answers, and their merging.</summary>
public sealed class SummaryTests
{
    [Fact]
    public void The_Exact_Sum_Does_Not_Lose_What_Floating_Point_Addition_Loses()
    {
        var sum = new ExactSum();
        foreach (var v in new[] { 1e100, 1.0, -1e100, 1e-300, 3.5, -0.5 })
        {
            sum.Add(v);
        }

        // Plain addition gives 3 (the 1 and the 1e-300 vanish next to 1e100); the exact sum is 4 + 1e-300, which rounds to 4.
        Assert.Equal(4.0, sum.ToDouble());
        var negative = new ExactSum();
        negative.Add(-2.5);
        negative.Add(0.25);
        Assert.Equal(-2.25, negative.ToDouble());
    }

    [Fact]
    public void The_Exact_Sum_Is_The_Same_For_Any_Order_And_Any_Split()
    {
        var random = new Random(5);
        var values = Enumerable.Range(0, 5000).Select(_ => (random.NextDouble() - 0.3) * Math.Pow(10, random.Next(-20, 20))).ToArray();
        var whole = new ExactSum();
        foreach (var v in values)
        {
            whole.Add(v);
        }

        var parts = new[] { new ExactSum(), new ExactSum(), new ExactSum() };
        foreach (var (v, i) in values.Reverse().Select((v, i) => (v, i)))
        {
            parts[i % 3].Add(v);
        }

        parts[2].Add(parts[0]);
        parts[2].Add(parts[1]);

        Assert.Equal(whole.ToDouble(), parts[2].ToDouble());
        Assert.Equal(whole.Offset, parts[2].Offset);
        Assert.Equal(whole.Digits.ToArray(), parts[2].Digits.ToArray());
    }

    [Fact]
    public void Sketch_Percentiles_Are_Within_Their_Stated_Accuracy_Of_The_Exact_Percentiles()
    {
        var random = new Random(11);
        var lognormal = Enumerable.Range(0, 20_000).Select(_ => Math.Exp(2 + (1.5 * StandardNormal.Quantile(random.NextDouble())))).ToArray();
        var mixed = Enumerable.Range(0, 5_001).Select(_ => random.Next(10) == 0 ? 0 : (random.NextDouble() - 0.5) * 1e-6).ToArray();

        foreach (var values in new[] { lognormal, mixed })
        {
            var sketch = new QuantileSketch();
            foreach (var v in values)
            {
                sketch.Add(v);
            }

            foreach (var p in new[] { 0.0, 0.05, 0.25, 0.5, 0.75, 0.95, 1.0 })
            {
                var exact = Percentile(values, p);
                var approximate = sketch.Quantile(p);
                var bound = QuantileSketch.RelativeAccuracy * Math.Max(Math.Abs(exact), Neighbour(values, p));
                Assert.True(Math.Abs(approximate - exact) <= bound, $"p = {p}: sketch {approximate:R}, exact {exact:R}");
            }
        }
    }

    [Fact]
    public void The_Minimum_And_Maximum_And_A_Constant_Are_Exact()
    {
        var sketch = new QuantileSketch();
        for (var i = 0; i < 10; i++)
        {
            sketch.Add(1.2345);
        }

        Assert.Equal(1.2345, sketch.Quantile(0.5));
        sketch.Add(7);
        Assert.Equal(7, sketch.Quantile(1));
        Assert.Equal(1.2345, sketch.Quantile(0));
    }

    [Fact]
    public void Summaries_Of_Any_Split_Merged_In_Any_Order_Write_The_Same_Csv()
    {
        var random = new Random(3);
        var subjects = Enumerable.Range(0, 300).Select(_ => Enumerable.Range(0, 6).Select(_ => random.NextDouble() * 100 - 10).ToArray()).ToArray();
        var whole = Summary();
        foreach (var s in subjects)
        {
            whole.Add(s);
        }

        var parts = new[] { Summary(), Summary(), Summary() };
        for (var i = 0; i < subjects.Length; i++)
        {
            parts[i * 3 / subjects.Length].Add(subjects[i]);
        }

        var merged = Summary();
        merged.Add(parts[2]);
        merged.Add(parts[0]);
        merged.Add(parts[1]);

        Assert.Equal(Csv(whole), Csv(merged));
        Assert.Equal(300, merged.Subjects);
    }

    [Fact]
    public void A_Summary_Survives_Writing_And_Reading_Bit_For_Bit()
    {
        var summary = Summary();
        summary.Add([1, -2, 0, double.NaN, 5e-300, 1e300]);
        summary.Add([3, -4, 0, 1, 6e-300, -1e300]);
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            summary.Write(writer);
        }

        stream.Position = 0;
        using var reader = new BinaryReader(stream);
        var read = PopulationSummary.Read(reader, "memory");

        Assert.Equal(Csv(summary), Csv(read));
        Assert.Contains("0,a,2,2,1.1,1.5,2,2.5,2.9\n", Csv(read), StringComparison.Ordinal);
    }

    [Fact]
    public void A_Summary_Row_Counts_Only_Finite_Values()
    {
        var summary = Summary();
        summary.Add([1, 2, 3, double.NaN, double.PositiveInfinity, 0]);
        summary.Add([3, 2, 3, 4, 1, 0]);

        var row = summary.Row(1, 0);

        Assert.Equal(1, row.Count);
        Assert.Equal(4, row.Mean);
        Assert.Equal(2, summary.Row(0, 0).Mean);
        Assert.Equal(2, summary.Row(0, 0).Median);
    }

    private static PopulationSummary Summary() => new([0, 1], ["a", "b", "c"]);

    private static string Csv(PopulationSummary summary)
    {
        using var writer = new StringWriter();
        summary.WriteCsv(writer);
        return writer.ToString();
    }

    /// <summary>The larger magnitude of the two order statistics a type-7 percentile interpolates between.</summary>
    private static double Neighbour(double[] values, double p)
    {
        var sorted = values.Order().ToArray();
        var h = (sorted.Length - 1) * p;
        var low = (int)Math.Floor(h);
        return Math.Max(Math.Abs(sorted[low]), Math.Abs(sorted[Math.Min(low + 1, sorted.Length - 1)]));
    }
}
