using System.Globalization;
using Myokinetics.Lab.Secretome;

namespace Myokinetics.Lab.Tests.Secretome;

public sealed class ModeratedStatisticsTests
{
    private const double EulerGamma = 0.57721566490153286;

    private static readonly SampleSheet Sheet = SampleSheet.Parse(SyntheticProteinGroups.SampleSheet, "samples.csv");

    [Theory]
    // Closed forms: ψ(1) = −γ, ψ(½) = −γ − 2 ln 2, ψ(10) = H₉ − γ; R 4.2.2 digamma() for 0.1 and 37.5.
    [InlineData(1.0, -EulerGamma)]
    [InlineData(0.5, -EulerGamma - 1.3862943611198906)]
    [InlineData(10.0, 2.8289682539682540 - EulerGamma)]
    [InlineData(0.1, -10.42375494041107586)]
    [InlineData(37.5, 3.61094834459633862)]
    public void Digamma_Matches_Closed_Forms_And_Rs_Values(double x, double expected)
    {
        Assert.Equal(expected, SpecialFunctions.Digamma(x), 1e-13 * Math.Max(1, Math.Abs(expected)));
    }

    [Theory]
    // Closed forms: ψ′(1) = π²/6, ψ′(½) = π²/2, ψ′(3) = π²/6 − 1 − ¼; R 4.2.2 trigamma() for 0.1 and 37.5.
    [InlineData(1.0, Math.PI * Math.PI / 6)]
    [InlineData(0.5, Math.PI * Math.PI / 2)]
    [InlineData(3.0, (Math.PI * Math.PI / 6) - 1.25)]
    [InlineData(0.1, 101.433299150792748833)]
    [InlineData(37.5, 0.027025382266785015)]
    public void Trigamma_Matches_Closed_Forms_And_Rs_Values(double x, double expected)
    {
        Assert.Equal(expected, SpecialFunctions.Trigamma(x), 1e-13 * Math.Max(1, expected));
    }

    [Theory]
    [InlineData(1e-3)]
    [InlineData(0.37)]
    [InlineData(2.5)]
    [InlineData(1e4)]
    public void Trigamma_Inverse_Gives_Back_The_Argument(double y)
    {
        Assert.Equal(y, SpecialFunctions.TrigammaInverse(SpecialFunctions.Trigamma(y)), 1e-12 * y);
    }

    [Fact]
    public void With_No_Prior_Weight_The_Moderated_T_Is_The_Pooled_Two_Sample_T()
    {
        // Means 2 and 16/3, variances 1 and 7/3, pooled 5/3 on 4 df: t = (10/3)/√(5/3 · 2/3) = √10.
        // R 4.2.2: t.test(c(4,5,7), c(1,2,3), var.equal = TRUE) gives t = 3.1622776601683791, p = 0.034109423167409635.
        var result = ModeratedTTest.Test([1, 2, 3], [4, 5, 7], new ModeratedPrior(0, 123), double.PositiveInfinity);

        Assert.NotNull(result);
        Assert.Equal(Math.Sqrt(10), result.Value.T, 1e-14);
        Assert.Equal(4, result.Value.DegreesOfFreedom);
        Assert.Equal(0.034109423167409635, result.Value.P, 1e-13);
    }

    [Fact]
    public void A_Prior_Shrinks_The_Variance_Towards_S0_And_Adds_Its_Degrees_Of_Freedom()
    {
        // s² = 5/3 on d = 4; d₀ = 6, s₀² = 0.5: s̃² = (3 + 20/3)/10 = 29/30, ν = 10.
        var result = ModeratedTTest.Test([1, 2, 3], [4, 5, 7], new ModeratedPrior(6, 0.5), double.PositiveInfinity)!.Value;

        Assert.Equal(10.0 / 3 / Math.Sqrt(29.0 / 30 * 2 / 3), result.T, 1e-13);
        Assert.Equal(10, result.DegreesOfFreedom);
        Assert.Equal(StudentT.TwoSidedP(result.T, 10), result.P);

        // d₀ = ∞: the variance is s₀² and ν the cap.
        var infinite = ModeratedTTest.Test([1, 2, 3], [4, 5, 7], new ModeratedPrior(double.PositiveInfinity, 0.5), 400)!.Value;
        Assert.Equal(10.0 / 3 / Math.Sqrt(0.5 * 2 / 3), infinite.T, 1e-13);
        Assert.Equal(400, infinite.DegreesOfFreedom);
    }

    [Fact]
    public void Variances_No_More_Spread_Than_Sampling_Give_An_Infinite_Prior_Weight()
    {
        // Equal variances: the observed spread of ln s² is 0, below its sampling variance ψ′(d/2), so
        // d₀ = ∞ and s₀² = exp(mean of ln s² − ψ(d/2) + ln(d/2)).
        double[] variances = [0.2, 0.2, 0.2, 0.2];
        double[] df = [4, 4, 4, 4];

        var prior = EmpiricalBayes.FitPrior(variances, df);

        Assert.True(double.IsPositiveInfinity(prior.DegreesOfFreedom));
        Assert.Equal(0.2 * 2 * Math.Exp(-SpecialFunctions.Digamma(2)), prior.Variance, 1e-14);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Variances_Drawn_From_A_Scaled_Inverse_Chi_Square_Give_Back_Its_D0_And_S0(int seed)
    {
        // 4000 proteins, 3 + 3 samples (d = 4), σ² = d₀ s₀²/χ²(d₀) with d₀ = 6, s₀² = 0.05, then
        // normal data. Over 300 replicate data sets of this size (SciPy, the same estimator) the
        // estimates scatter with SD 0.36 for d₀ and 0.0011 for s₀²; the bounds are 3 SD.
        const double D0 = 6;
        const double S0 = 0.05;
        var random = new Random(seed);
        double Normal() => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
        var variances = new double[4000];
        var df = new double[4000];
        for (var g = 0; g < variances.Length; g++)
        {
            var chi = 0.0;
            for (var k = 0; k < D0; k++)
            {
                var z = Normal();
                chi += z * z;
            }

            var sigma = Math.Sqrt(D0 * S0 / chi);
            var a = new double[3];
            var b = new double[3];
            for (var j = 0; j < 3; j++)
            {
                a[j] = 20 + (sigma * Normal());
                b[j] = 20 + (sigma * Normal());
            }

            (variances[g], var d) = ModeratedTTest.Residual(a, b)!.Value;
            df[g] = d;
        }

        var prior = EmpiricalBayes.FitPrior(variances, df);

        Assert.InRange(prior.DegreesOfFreedom, D0 - (3 * 0.36), D0 + (3 * 0.36));
        Assert.InRange(prior.Variance, S0 - (3 * 0.0011), S0 + (3 * 0.0011));
    }

    [Fact]
    public void The_Prior_And_Every_Moderated_T_Agree_With_Limma()
    {
        // Data/independent/limma-input.csv through limma 3.54.1's lmFit + eBayes (limma_ebayes.R; its
        // printed output is limma-output.txt): 300 proteins, 3 + 3 samples, 60 with one value missing.
        // Both compute the same closed-form moments, so they agree to rounding: 1e-9 relative.
        const double LimmaDfPrior = 6.04632579855;
        const double LimmaS2Prior = 0.0418504042484;
        var folder = Path.Combine(AppContext.BaseDirectory, "Data", "independent");
        var rows = File.ReadAllLines(Path.Combine(folder, "limma-input.csv")).Skip(1)
            .Select(l => l.Split(',')[1..].Select(c => c == "NA" ? double.NaN : double.Parse(c, CultureInfo.InvariantCulture)).ToArray())
            .ToArray();
        var groups = rows.Select(r => (r[..3].Where(double.IsFinite).ToArray(), r[3..].Where(double.IsFinite).ToArray())).ToArray();
        var residuals = groups.Select(g => ModeratedTTest.Residual(g.Item1, g.Item2)!.Value).ToArray();

        var prior = EmpiricalBayes.FitPrior([.. residuals.Select(r => r.Variance)], [.. residuals.Select(r => (double)r.DegreesOfFreedom)]);

        Assert.Equal(LimmaDfPrior, prior.DegreesOfFreedom, 1e-9 * LimmaDfPrior);
        Assert.Equal(LimmaS2Prior, prior.Variance, 1e-9 * LimmaS2Prior);
        var limma = File.ReadAllLines(Path.Combine(folder, "limma-output.txt")).SkipWhile(l => !l.StartsWith("protein,", StringComparison.Ordinal)).Skip(1)
            .Select(l => l.Split(',')[1..].Select(c => double.Parse(c, CultureInfo.InvariantCulture)).ToArray())
            .ToArray();
        Assert.Equal(300, limma.Length);
        var pooledDf = residuals.Sum(r => r.DegreesOfFreedom);
        for (var i = 0; i < limma.Length; i++)
        {
            var ours = ModeratedTTest.Test(groups[i].Item1, groups[i].Item2, prior, pooledDf)!.Value;
            Assert.Equal(limma[i][1], ours.T, 1e-9 * Math.Max(1, Math.Abs(limma[i][1])));
            Assert.Equal(limma[i][2], ours.DegreesOfFreedom, 1e-9 * limma[i][2]);
            Assert.Equal(limma[i][3], ours.P, 1e-8 * limma[i][3]);
        }
    }

    [Theory]
    [InlineData(1, true, "Potential contaminant")]
    [InlineData(2, true, "Contaminant")]
    [InlineData(3, false, "Potential contaminant")]
    [InlineData(4, false, "Contaminant")]
    public void The_Moderated_Test_Also_Finds_Exactly_The_Planted_Proteins_At_Five_Percent_Fdr(int seed, bool lfq, string contaminant)
    {
        var table = ProteinGroupsReader.Parse(SyntheticProteinGroups.Build(seed, lfq, contaminant), "proteinGroups.txt");

        var result = SecretomeAnalysis.Analyze(table, Sheet, new SecretomeOptions(Test: SecretomeTest.Moderated));

        Assert.Equal(SecretomeTest.Moderated, result.Test);
        var found = result.Proteins.Where(p => p.Significant).Select(p => p.ProteinIds.Split(';')[0]).ToArray();
        Assert.Equal(SyntheticProteinGroups.Changed, found);
        Assert.Equal(8 + 100, result.Tested);

        // Every protein has noise SD 0.25, so the variances are no more spread than sampling: the prior
        // should carry much weight and sit near 0.25² = 0.0625.
        var prior = result.Prior!.Value;
        Assert.True(prior.DegreesOfFreedom > 20, $"d0 = {prior.DegreesOfFreedom}");
        Assert.InRange(prior.Variance, 0.05, 0.08);
    }

    [Fact]
    public void Unchanged_Proteins_Have_Uniform_Moderated_P_Values()
    {
        // As for Welch: binomial(2000, 0.05) below 0.05, mean 100, SD 9.7, ±3 SD.
        var table = ProteinGroupsReader.Parse(SyntheticProteinGroups.Build(11, unchanged: 2000), "proteinGroups.txt");

        var result = SecretomeAnalysis.Analyze(table, Sheet, new SecretomeOptions(Test: SecretomeTest.Moderated));

        var nulls = result.Proteins.Where(p => p.GeneNames.StartsWith("UNC", StringComparison.Ordinal) && p.Welch is not null).ToArray();
        Assert.Equal(2000, nulls.Length);
        Assert.InRange(nulls.Count(p => p.Welch!.Value.P < 0.05), 70, 130);
        Assert.InRange(nulls.Count(p => p.Welch!.Value.P < 0.5), 900, 1100);
    }

    [Fact]
    public void Welch_Stays_The_Default_And_Reports_No_Prior()
    {
        var table = ProteinGroupsReader.Parse(SyntheticProteinGroups.Build(1), "proteinGroups.txt");

        var result = SecretomeAnalysis.Analyze(table, Sheet, new SecretomeOptions());

        Assert.Equal(SecretomeTest.Welch, result.Test);
        Assert.Null(result.Prior);
    }

    [Fact]
    public void A_Prior_Needs_At_Least_Two_Proteins()
    {
        var error = Assert.Throws<ArgumentException>(() => EmpiricalBayes.FitPrior([0.1], [4]));

        Assert.Contains("at least two proteins", error.Message, StringComparison.Ordinal);
    }
}
