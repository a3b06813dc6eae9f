using Myokinetics.Analysis.Populations;
using static Myokinetics.Analysis.Tests.Populations.Populations;

namespace Myokinetics.Analysis.Tests.Populations;

/// <summary>Drawn populations against the distributions' analytic moments and quantiles. With
/// n = 40,000 draws the standard error of a mean is SD/200, so the tolerances below (≥ 4 standard
/// errors) fail for a wrong formula but not by chance.</summary>
public sealed class DistributionTests
{
    private const int N = 40_000;

    [Fact]
    public void A_Log_Normal_Given_Mean_And_Cv_Has_That_Mean_Cv_And_Quantiles()
    {
        var sampler = Sampler("""
            parameters:
              k: { distribution: lognormal, mean: 2, cv: 0.3 }
            """);

        var k = Draw(sampler, N)[0];

        Assert.InRange(Mean(k), 2 - (4 * 0.6 / 200), 2 + (4 * 0.6 / 200));
        Assert.InRange(Sd(k) / Mean(k), 0.3 * 0.97, 0.3 * 1.03);

        // Analytic quantiles: exp(μ + σ·Φ⁻¹(p)) with σ² = ln(1 + CV²), μ = ln(mean) − σ²/2.
        var sigma = Math.Sqrt(Math.Log(1 + 0.09));
        var mu = Math.Log(2) - (0.5 * sigma * sigma);
        foreach (var p in new[] { 0.05, 0.5, 0.95 })
        {
            var expected = Math.Exp(mu + (sigma * StandardNormal.Quantile(p)));
            Assert.InRange(Percentile(k, p), expected * 0.98, expected * 1.02);
        }
    }

    [Fact]
    public void A_Normal_Given_Sd_Has_That_Mean_And_Sd()
    {
        var sampler = Sampler("""
            parameters:
              w: { distribution: normal, mean: -1, sd: 2 }
            """);

        var w = Draw(sampler, N)[0];

        Assert.InRange(Mean(w), -1 - 0.04, -1 + 0.04);
        Assert.InRange(Sd(w), 2 * 0.97, 2 * 1.03);
        Assert.InRange(Percentile(w, 0.95), -1 + (2 * 1.6449) - 0.06, -1 + (2 * 1.6449) + 0.06);
    }

    [Fact]
    public void A_Uniform_Has_Mean_At_The_Middle_And_Variance_Width_Squared_Over_12()
    {
        var sampler = Sampler("""
            parameters:
              w: { distribution: uniform, min: 2, max: 5 }
            """);

        var w = Draw(sampler, N)[0];

        Assert.All(w, v => Assert.InRange(v, 2, 5));
        Assert.InRange(Mean(w), 3.5 - 0.02, 3.5 + 0.02);
        Assert.InRange(Sd(w), Math.Sqrt(9 / 12.0) * 0.98, Math.Sqrt(9 / 12.0) * 1.02);
    }

    [Fact]
    public void A_Truncated_Normal_Stays_In_Its_Bounds_With_The_Analytic_Mean()
    {
        // Normal(0, 1) truncated to [0.5, 3]: mean (φ(0.5) − φ(3)) / (Φ(3) − Φ(0.5)).
        var sampler = Sampler("""
            parameters:
              w: { distribution: normal, mean: 0, sd: 1, min: 0.5, max: 3 }
            """);

        var w = Draw(sampler, N)[0];
        var expected = (StandardNormal.Density(0.5) - StandardNormal.Density(3)) / (StandardNormal.Cdf(3) - StandardNormal.Cdf(0.5));

        Assert.All(w, v => Assert.InRange(v, 0.5, 3));
        Assert.InRange(Mean(w), expected - 0.01, expected + 0.01);
    }

    [Fact]
    public void A_Correlation_Is_The_Correlation_Of_The_Underlying_Normals()
    {
        var sampler = Sampler("""
            parameters:
              k: { distribution: lognormal, cv: 0.4 }
              w: { distribution: normal, sd: 1 }
            correlations:
              - between: [k, w]
                r: -0.6
            """);

        var draws = Draw(sampler, N);
        var logK = draws[0].Select(v => Math.Log(v)).ToArray();
        var w = draws[1];
        var (mk, mw) = (Mean(logK), Mean(w));
        var r = logK.Zip(w, (a, b) => (a - mk) * (b - mw)).Sum() / ((N - 1) * Sd(logK) * Sd(w));

        // The standard error of r is about (1 − r²)/√n = 0.0032.
        Assert.InRange(r, -0.6 - 0.015, -0.6 + 0.015);
    }

    [Fact]
    public void A_Missing_Mean_Is_The_Model_Value_And_Relative_To_Multiplies_By_The_Other_Parameter()
    {
        // A0 = 10 and k = 0.5 in the model: A0 relative to k has the default ratio 20.
        var sampler = Sampler("""
            parameters:
              k: { distribution: lognormal, cv: 0.2 }
              A0: { distribution: lognormal, cv: 0.05, relative_to: k }
            """);

        var draws = Draw(sampler, N);

        Assert.InRange(Mean(draws[0]), 0.5 * 0.99, 0.5 * 1.01);
        var ratios = draws[1].Zip(draws[0], (a, k) => a / k).ToArray();
        Assert.InRange(Mean(ratios), 20 * 0.995, 20 * 1.005);
        Assert.InRange(Sd(ratios) / Mean(ratios), 0.05 * 0.97, 0.05 * 1.03);
    }

    [Fact]
    public void A_Subject_Gets_The_Same_Values_Whatever_Else_Was_Drawn_Before_And_Other_Values_Under_Another_Seed()
    {
        const string Yaml = """
            parameters:
              k: { distribution: lognormal, cv: 0.2 }
              w: { distribution: uniform, min: 0, max: 1 }
            """;
        var sampler = Sampler(Yaml);
        var first = new double[2];
        var again = new double[2];
        var otherSeed = new double[2];

        sampler.Draw(7777, first);
        Draw(sampler, 100);
        sampler.Draw(7777, again);
        PopulationSampler.Create(Parse(Yaml), TestModels.Decay(), 2).Draw(7777, otherSeed);

        Assert.Equal(first, again);
        Assert.NotEqual(first, otherSeed);
    }

    private static PopulationSampler Sampler(string yaml) => PopulationSampler.Create(Parse(yaml), TestModels.Decay(), 1);
}
