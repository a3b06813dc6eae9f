using Myokinetics.Analysis.Populations;
using Myokinetics.Core.Simulate;
using static Myokinetics.Analysis.Tests.Populations.Populations;

namespace Myokinetics.Analysis.Tests.Populations;

/// <summary>Population runs: the same numbers for any thread count and any split into shards, means
/// that agree with the analytic solution, failures counted.</summary>
public sealed class PopulationSimulationTests
{
    private const string DecayPopulation = """
        parameters:
          k: { distribution: lognormal, cv: 0.3 }
          A0: { distribution: normal, sd: 2, min: 1 }
        """;

    private static readonly SimulationSettings Settings = new(0, 4, 8, 1e-10, 1e-8);

    [Fact]
    public void One_And_Two_Threads_Give_Identical_Summaries()
    {
        var one = Run(1, 200, new PopulationRunOptions(1));
        var two = Run(1, 200, new PopulationRunOptions(2));

        Assert.Equal(Csv(one.Summary), Csv(two.Summary));
        Assert.Equal(200, two.Summary.Subjects);
    }

    [Fact]
    public void Three_Shards_Written_Read_And_Merged_Equal_One_Run_Bit_For_Bit()
    {
        var whole = Run(1, 200, new PopulationRunOptions(2));
        var states = new List<(PopulationState, string)>();
        foreach (var index in new[] { 3, 1, 2 })
        {
            var shard = new Shard(index, 3);
            var (first, count) = shard.Subjects(200);
            var part = Run(first, count, new PopulationRunOptions(2));
            var state = new PopulationState("key", 200, 3, [index], part.Failures.Length, part.Summary);
            using var stream = new MemoryStream();
            state.Write(stream);
            stream.Position = 0;
            states.Add((PopulationState.Read(stream, $"shard{index}"), $"shard{index}"));
        }

        var merged = PopulationState.Merge(states);

        Assert.True(merged.IsComplete);
        Assert.Equal(Csv(whole.Summary), Csv(merged.Summary));
    }

    [Fact]
    public void The_Mean_Time_Course_Matches_The_Mean_Of_The_Analytic_Solutions()
    {
        var sampler = PopulationSampler.Create(Parse(DecayPopulation), TestModels.Decay(), 1);
        var result = Run(1, 300, new PopulationRunOptions(2));
        var draws = Draw(sampler, 300);

        for (var row = 0; row < result.Summary.Times.Length; row++)
        {
            var t = result.Summary.Times[row];
            var exact = draws[1].Zip(draws[0], (a0, k) => a0 * Math.Exp(-k * t)).ToArray();
            var summary = result.Summary.Row(row, 0);
            Assert.Equal(300, summary.Count);
            Assert.Equal(exact.Average(), summary.Mean, 1e-6 * exact.Average());
            Assert.Equal(Percentile(exact, 0.95), summary.P95, QuantileSketch.RelativeAccuracy * 1.01 * Percentile(exact, 0.95));
        }
    }

    [Fact]
    public void Subjects_Whose_Integration_Fails_Are_Counted_And_Named_Not_Dropped()
    {
        // x(t) = x0 / (1 − x0·t) blows up before t = 2 for every x0 > 0.5.
        var model = TestModels.BlowUp();
        var sampler = PopulationSampler.Create(Parse("parameters:\n  x0: { distribution: uniform, min: 0.1, max: 0.9 }\n"), model, 4);
        var draws = Draw(sampler, 60)[0];

        var result = PopulationSimulation.Run(model, new SimulationSettings(0, 2, 4), [new OutputVariable("x")], sampler, 1, 60, new PopulationRunOptions(2));

        var expectedFailures = draws.Select((x0, i) => (x0, subject: i + 1L)).Where(d => d.x0 > 0.5).Select(d => d.subject).ToArray();
        Assert.NotEmpty(expectedFailures);
        Assert.Equal(expectedFailures, result.Failures.Select(f => f.Subject));
        Assert.Equal(60 - expectedFailures.Length, result.Summary.Subjects);
        Assert.All(result.Failures, f => Assert.InRange(f.Time, 1 / 0.9 * 0.9, 2));
    }

    [Fact]
    public void The_Observer_Sees_Every_Subject_In_Order_With_Its_Values()
    {
        var observer = new RecordingObserver();

        Run(5, 40, new PopulationRunOptions(2) { Observer = observer });

        Assert.Equal(Enumerable.Range(5, 40).Select(i => (long)i), observer.Subjects);
        Assert.All(observer.FirstValues, v => Assert.True(v > 0));
    }

    [Fact]
    public void A_Cancelled_Run_Stops_With_Operation_Canceled()
    {
        using var cancellation = new CancellationTokenSource();
        var options = new PopulationRunOptions(2) { Progress = done => { if (done >= 10) { cancellation.Cancel(); } } };

        Assert.ThrowsAny<OperationCanceledException>(() => Run(1, 5000, options, cancellation.Token));
    }

    private static PopulationRunResult Run(long first, int count, PopulationRunOptions options, CancellationToken token = default)
    {
        var model = TestModels.Decay();
        var sampler = PopulationSampler.Create(Parse(DecayPopulation), model, 1);
        return PopulationSimulation.Run(model, Settings, [new OutputVariable("A"), new OutputVariable("k")], sampler, first, count, options, token);
    }

    private static string Csv(PopulationSummary summary)
    {
        using var writer = new StringWriter();
        summary.WriteCsv(writer);
        return writer.ToString();
    }

    private sealed class RecordingObserver : ISubjectObserver
    {
        public List<long> Subjects { get; } = [];

        public List<double> FirstValues { get; } = [];

        public void Simulated(long subject, ReadOnlySpan<double> parameters, ReadOnlySpan<double> times, ReadOnlySpan<double> values)
        {
            Subjects.Add(subject);
            FirstValues.Add(values[0]);
        }

        public void Failed(SubjectFailure failure) => Subjects.Add(failure.Subject);
    }
}
