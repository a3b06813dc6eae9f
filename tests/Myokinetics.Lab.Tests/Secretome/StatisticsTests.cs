using Myokinetics.Lab.Secretome;

namespace Myokinetics.Lab.Tests.Secretome;

public sealed class StatisticsTests
{
    [Theory]
    [InlineData(0.5)]
    [InlineData(1.0)]
    [InlineData(10.0)]
    public void Log_Gamma_Matches_Known_Values(double x)
    {
        // Γ(0.5) = √π, Γ(1) = 1, Γ(10) = 9! = 362880.
        var expected = x switch { 0.5 => Math.Log(Math.Sqrt(Math.PI)), 1.0 => 0, _ => Math.Log(362880) };
        Assert.Equal(expected, SpecialFunctions.LogGamma(x), 1e-13);
    }

    [Theory]
    [InlineData(0.3, 1, 1)]
    [InlineData(0.3, 2.5, 1)]
    [InlineData(0.5, 3.7, 3.7)]
    [InlineData(0.9, 0.5, 0.5)]
    public void The_Regularised_Incomplete_Beta_Matches_Closed_Forms(double x, double a, double b)
    {
        // I_x(a, 1) = x^a; I_½(a, a) = ½ by symmetry; I_x(½, ½) = (2/π) asin √x.
        var expected = (a, b) switch
        {
            (0.5, 0.5) => 2 / Math.PI * Math.Asin(Math.Sqrt(x)),
            (_, 1) => Math.Pow(x, a),
            _ => 0.5,
        };
        Assert.Equal(expected, SpecialFunctions.RegularizedBeta(x, a, b), 1e-13);
    }

    [Theory]
    [InlineData(-3.0)]
    [InlineData(0.4)]
    [InlineData(12.0)]
    public void The_T_Cdf_Matches_The_Closed_Forms_For_One_And_Two_Degrees_Of_Freedom(double t)
    {
        // ν = 1 is the Cauchy distribution: ½ + atan(t)/π; ν = 2: ½ + t / (2√(2 + t²)).
        Assert.Equal(0.5 + (Math.Atan(t) / Math.PI), StudentT.Cdf(t, 1), 1e-13);
        Assert.Equal(0.5 + (t / (2 * Math.Sqrt(2 + (t * t)))), StudentT.Cdf(t, 2), 1e-13);
    }

    [Theory]
    // NIST/SEMATECH e-Handbook of Statistical Methods, section 1.3.6.7.2 "Critical values of the
    // Student's t distribution" (three decimals): upper-tail probability 0.025 at ν = 10 → 2.228,
    // 0.005 at ν = 30 → 2.750, 0.05 at ν = 5 → 2.015, 0.001 at ν = 100 → 3.174.
    [InlineData(2.228, 10, 0.975)]
    [InlineData(2.750, 30, 0.995)]
    [InlineData(2.015, 5, 0.95)]
    [InlineData(3.174, 100, 0.999)]
    public void The_T_Cdf_Reproduces_Published_Critical_Values(double t, double df, double probability)
    {
        // The table rounds t to 0.001; the density there is below 0.4, so the probability agrees to 2e-4.
        Assert.Equal(probability, StudentT.Cdf(t, df), 2e-4);
        Assert.Equal(2 * (1 - probability), StudentT.TwoSidedP(t, df), 4e-4);
    }

    [Fact]
    public void The_T_Cdf_Approaches_The_Normal_For_Many_Degrees_Of_Freedom()
    {
        // Φ(1.959963985) = 0.975; at ν = 10⁴ the t quantile exceeds the normal one by about
        // (z³ + z)/(4ν) ≈ 2.4e-4, i.e. 1.4e-5 in probability.
        Assert.Equal(0.975, StudentT.Cdf(1.959963985, 1e4), 3e-5);
        Assert.True(StudentT.Cdf(1.959963985, 1e4) < 0.975);
    }

    [Fact]
    public void Welch_Gives_The_Hand_Computed_Result_With_Two_Degrees_Of_Freedom()
    {
        // {0, 2} and {3, 5}: means 1 and 4, both variances 2, so SE² = 2/2 + 2/2 = 2, t = 3/√2 and
        // ν = 2² / (1²/1 + 1²/1) = 2; the two-sided p for ν = 2 is 1 − t/√(2 + t²) = 1 − 3/√13.
        var result = WelchTest.Test([0, 2], [3, 5])!.Value;

        Assert.Equal(3 / Math.Sqrt(2), result.T, 1e-14);
        Assert.Equal(2, result.DegreesOfFreedom, 1e-14);
        Assert.Equal(1 - (3 / Math.Sqrt(13)), result.P, 1e-13);
    }

    [Fact]
    public void Welch_Gives_The_Hand_Computed_Result_With_One_Degree_Of_Freedom_And_Is_Antisymmetric()
    {
        // {1, 1} has no variance, {2, 4} has variance 2: SE² = 0 + 2/2 = 1, t = 2, ν = 1² / (1²/1) = 1,
        // and the Cauchy two-sided p is 1 − (2/π) atan 2.
        var result = WelchTest.Test([1, 1], [2, 4])!.Value;
        var swapped = WelchTest.Test([2, 4], [1, 1])!.Value;

        Assert.Equal(2, result.T, 1e-14);
        Assert.Equal(1, result.DegreesOfFreedom, 1e-14);
        Assert.Equal(1 - (2 / Math.PI * Math.Atan(2)), result.P, 1e-13);
        Assert.Equal(-result.T, swapped.T, 1e-14);
        Assert.Equal(result.P, swapped.P, 1e-15);
    }

    [Fact]
    public void Welch_Has_No_Result_For_A_Single_Value_Or_No_Variance()
    {
        Assert.Null(WelchTest.Test([1], [2, 3]));
        Assert.Null(WelchTest.Test([1, 1], [2, 2]));
    }

    [Fact]
    public void Benjamini_Hochberg_Matches_A_Hand_Computed_Example()
    {
        // m = 6. Sorted: 0.001 (k=1) → 0.006; 0.02 (2) → 0.06; 0.021 (3) → 0.042; 0.04 (4) → 0.06;
        // 0.3 (5) → 0.36; 0.9 (6) → 0.9. Step-up minima from the top: 0.9, 0.36, 0.06, 0.042, 0.042, 0.006.
        double[] p = [0.3, 0.02, 0.9, 0.001, 0.04, 0.021];

        var q = BenjaminiHochberg.Adjust(p);

        double[] expected = [0.36, 0.042, 0.9, 0.006, 0.06, 0.042];
        for (var i = 0; i < p.Length; i++)
        {
            Assert.Equal(expected[i], q[i], 1e-15);
        }
    }

    [Fact]
    public void Benjamini_Hochberg_Caps_At_One_And_Refuses_A_Non_Probability()
    {
        Assert.Equal([1.0, 1.0], BenjaminiHochberg.Adjust([1.0, 0.8]));
        Assert.Throws<ArgumentOutOfRangeException>(() => BenjaminiHochberg.Adjust([0.5, double.NaN]));
    }
}
