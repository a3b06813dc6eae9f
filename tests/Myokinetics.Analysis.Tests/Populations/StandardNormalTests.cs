using Myokinetics.Analysis.Populations;

namespace Myokinetics.Analysis.Tests.Populations;

/// <summary>Φ and Φ⁻¹ against tabulated values (Abramowitz &amp; Stegun table 26.1 and its standard
/// extensions to the far tail, e.g. Φ(−6) = 9.8659e-10).</summary>
public sealed class StandardNormalTests
{
    [Theory]
    [InlineData(0.0, 0.5)]
    [InlineData(1.0, 0.841344746068542948585)]
    [InlineData(-1.0, 0.158655253931457051415)]
    [InlineData(1.96, 0.975002104851779596)]
    [InlineData(-3.0, 0.00134989803163009452)]
    [InlineData(-6.0, 9.86587645037698140e-10)]
    [InlineData(-10.0, 7.61985302416052606e-24)]
    public void The_Cdf_Matches_Tabulated_Values_To_Relative_1e_13(double x, double expected)
    {
        var actual = StandardNormal.Cdf(x);

        Assert.True(Math.Abs(actual - expected) <= 1e-13 * expected, $"Φ({x}) = {actual:R}, expected {expected:R}");
    }

    [Theory]
    [InlineData(0.975, 1.95996398454005423552)]
    [InlineData(0.05, -1.64485362695147271486)]
    [InlineData(0.5, 0.0)]
    [InlineData(1e-10, -6.36134090240406079)]
    [InlineData(0.999, 3.09023230616781785)]
    public void The_Quantile_Matches_Tabulated_Values(double p, double expected)
    {
        var actual = StandardNormal.Quantile(p);

        Assert.True(Math.Abs(actual - expected) <= 1e-12 * Math.Max(1, Math.Abs(expected)), $"Φ⁻¹({p}) = {actual:R}, expected {expected:R}");
    }

    [Fact]
    public void The_Quantile_Inverts_The_Cdf_Across_The_Range()
    {
        for (var p = 1e-15; p < 1; p = p < 0.01 ? p * 3 : p + 0.0137)
        {
            var z = StandardNormal.Quantile(p);
            var back = StandardNormal.Cdf(z);
            Assert.True(Math.Abs(back - p) <= (1e-13 * Math.Min(p, 1 - p)) + 5e-16, $"p = {p:R}: Φ(Φ⁻¹(p)) = {back:R}");
        }
    }
}
