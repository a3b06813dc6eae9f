using Myokinetics.Analysis.Sensitivity;
using Myokinetics.Core.Simulate;

namespace Myokinetics.Analysis.Tests.Sensitivity;

public sealed class SobolAnalysisTests
{
    private readonly Xunit.Abstractions.ITestOutputHelper output;

    public SobolAnalysisTests(Xunit.Abstractions.ITestOutputHelper output)
    {
        this.output = output;
    }

    [Fact]
    public void The_Ishigami_Indices_Match_Their_Known_Values_Within_The_Bootstrap_Intervals()
    {
        var result = SobolAnalysis.Run(TestFunctions.Ishigami, TestFunctions.IshigamiRanges, new SobolOptions(Samples: 8192));

        Assert.Equal(SobolSampling.Sobol, result.Sampling);
        for (var i = 0; i < 3; i++)
        {
            var index = result.Indices[i];
            output.WriteLine($"{index.Parameter}: S1 {index.First:F4} [{index.FirstLow:F4}, {index.FirstHigh:F4}] (known {TestFunctions.IshigamiFirst[i]}), ST {index.Total:F4} [{index.TotalLow:F4}, {index.TotalHigh:F4}] (known {TestFunctions.IshigamiTotal[i]})");
            Assert.Equal(TestFunctions.IshigamiFirst[i], index.First, 0.01);
            Assert.Equal(TestFunctions.IshigamiTotal[i], index.Total, 0.01);
            Assert.InRange(TestFunctions.IshigamiFirst[i], index.FirstLow, index.FirstHigh);
            Assert.InRange(TestFunctions.IshigamiTotal[i], index.TotalLow, index.TotalHigh);
        }

        // Var f = a²/8 + b π⁴/5 + b² π⁸/18 + 1/2 = 13.8446 for a = 7, b = 0.1.
        Assert.Equal(13.8446, result.Variances[0], 0.15);
        Assert.Equal(8192 * 5, result.Samples.Count);
    }

    [Fact]
    public void The_G_Function_Indices_Match_Their_Analytic_Values()
    {
        double[] a = [0, 1, 4.5, 9, 99, 99, 99, 99];
        var (first, total) = TestFunctions.GIndices(a);

        var result = SobolAnalysis.Run(TestFunctions.G(a), TestFunctions.UnitRanges(8), new SobolOptions(Samples: 4096, Bootstrap: 200));

        for (var i = 0; i < a.Length; i++)
        {
            output.WriteLine($"x{i + 1}: S1 {result.Indices[i].First:F4} (analytic {first[i]:F4}), ST {result.Indices[i].Total:F4} (analytic {total[i]:F4})");
            Assert.Equal(first[i], result.Indices[i].First, 0.02);
            Assert.Equal(total[i], result.Indices[i].Total, 0.02);
        }
    }

    [Fact]
    public void Pseudo_Random_Sampling_Converges_To_The_Same_Ishigami_Indices()
    {
        var result = SobolAnalysis.Run(TestFunctions.Ishigami, TestFunctions.IshigamiRanges, new SobolOptions(Samples: 16384, Bootstrap: 100, Sampling: SobolSampling.PseudoRandom));

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(TestFunctions.IshigamiFirst[i], result.Indices[i].First, 0.04);
            Assert.Equal(TestFunctions.IshigamiTotal[i], result.Indices[i].Total, 0.04);
        }
    }

    [Fact]
    public void The_Indices_Do_Not_Depend_On_The_Thread_Count()
    {
        SobolResult Run(int threads) => SobolAnalysis.Run(TestFunctions.Ishigami, TestFunctions.IshigamiRanges, new SobolOptions(Samples: 512, Bootstrap: 100, Threads: threads));

        var one = Run(1);
        var two = Run(2);
        var three = Run(3);

        Assert.Equal<SobolIndex>(one.Indices, two.Indices);
        Assert.Equal<SobolIndex>(one.Indices, three.Indices);
        Assert.Equal<double>(one.Samples.Results, three.Samples.Results);
    }

    [Fact]
    public void Simulations_Give_The_Same_Indices_On_One_Or_Three_Threads()
    {
        var features = OutputFeatureParser.ParseList("A@2, auc(A)");
        var model = new SimulationModel(TestModels.CompiledDecay, new SimulationSettings(0, 4, 40), ["k", "A0"], features);
        ParameterRange[] ranges = [new("k", 0.5, 0.25, 1, ParameterScale.Log), new("A0", 2, 1, 3)];
        SobolResult Run(int threads) => SobolAnalysis.Run(model, ranges, new SobolOptions(Samples: 64, Bootstrap: 50, Threads: threads));

        var one = Run(1);
        var three = Run(3);

        Assert.Equal<SobolIndex>(one.Indices, three.Indices);
        Assert.Equal<double>(one.Samples.Results, three.Samples.Results);
        // A(2) = A₀ e^(−2k): both matter, and k (over a factor 4) more than A₀ (over ±50 %).
        Assert.True(one.Indices[0].Total > one.Indices[1].Total);
    }

    [Fact]
    public void A_Log_Range_Maps_The_Unit_Interval_Geometrically()
    {
        var range = new ParameterRange("k", 1, 0.1, 10, ParameterScale.Log);

        Assert.Equal(1, range.FromUnit(0.5), 14);
        Assert.Equal(0.1, range.FromUnit(0), 14);
        Assert.Equal(10, range.FromUnit(1), 12);
    }

    [Theory]
    [InlineData(-1.0, 1.0, ParameterScale.Log, "a log-scale range needs positive bounds")]
    [InlineData(2.0, 1.0, ParameterScale.Linear, "the upper bound must be greater than the lower")]
    public void A_Bad_Range_Is_One_Message_Naming_The_Parameter(double lower, double upper, ParameterScale scale, string message)
    {
        var error = Assert.Throws<SensitivityInputException>(() =>
            SobolAnalysis.Run(TestFunctions.Ishigami, [new ParameterRange("x1", 1, lower, upper, scale)]));

        Assert.StartsWith("parameter 'x1': ", error.Message, StringComparison.Ordinal);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }
}
