using Myokinetics.Lab.Assays;

namespace Myokinetics.Lab.Tests.Assays;

public sealed class CurveFitterTests
{
    private static readonly LogisticCurve FourPl = new(A: 50, B: 1.3, C: 300, D: 20000, G: 1);
    private static readonly LogisticCurve FivePl = new(A: 30, B: 1.1, C: 800, D: 25000, G: 0.5);

    [Fact]
    public void Noise_Free_4pl_Standards_Give_Back_The_Curve_They_Came_From()
    {
        var x = SyntheticPlate.StandardLevels.Concat(SyntheticPlate.StandardLevels).ToList();
        var y = x.Select(FourPl.Evaluate).ToList();

        var fit = CurveFitter.Fit(x, y, CurveModel.FourParameter, CurveWeighting.InverseSquareResponse, "IL-6");

        Assert.Equal(CurveModel.FourParameter, fit.Model);
        Assert.True(fit.Converged);
        Assert.Equal(FourPl.A, fit.Curve.A, 1e-6 * FourPl.A);
        Assert.Equal(FourPl.B, fit.Curve.B, 1e-7);
        Assert.Equal(FourPl.C, fit.Curve.C, 1e-6 * FourPl.C);
        Assert.Equal(FourPl.D, fit.Curve.D, 1e-6 * FourPl.D);
        Assert.Equal(1.0, fit.Curve.G);
        Assert.True(fit.WeightedSumOfSquares < 1e-18, $"WSS {fit.WeightedSumOfSquares}");
    }

    [Fact]
    public void Noise_Free_5pl_Standards_Give_Back_Their_Curve_And_Auto_Chooses_The_5pl()
    {
        var x = SyntheticPlate.StandardLevels.Concat(SyntheticPlate.StandardLevels).ToList();
        var y = x.Select(FivePl.Evaluate).ToList();

        var fit = CurveFitter.Fit(x, y, CurveModel.Auto, CurveWeighting.InverseSquareResponse, "IL-6");

        Assert.Equal(CurveModel.FiveParameter, fit.Model);
        Assert.Equal(FivePl.A, fit.Curve.A, 1e-4 * FivePl.A);
        Assert.Equal(FivePl.B, fit.Curve.B, 1e-4);
        Assert.Equal(FivePl.C, fit.Curve.C, 1e-4 * FivePl.C);
        Assert.Equal(FivePl.D, fit.Curve.D, 1e-4 * FivePl.D);
        Assert.Equal(FivePl.G, fit.Curve.G, 1e-4);
    }

    [Fact]
    public void Auto_Keeps_The_4pl_When_The_Standards_Are_Symmetric()
    {
        var x = SyntheticPlate.StandardLevels.Concat(SyntheticPlate.StandardLevels).ToList();
        var y = x.Select((v, i) => FourPl.Evaluate(v) * (1 + (0.01 * (i % 2 == 0 ? 1 : -1)))).ToList();

        var fit = CurveFitter.Fit(x, y, CurveModel.Auto, CurveWeighting.InverseSquareResponse, "IL-6");

        Assert.Equal(CurveModel.FourParameter, fit.Model);
    }

    [Fact]
    public void Unweighted_Least_Squares_Also_Recovers_A_Noise_Free_4pl()
    {
        var x = SyntheticPlate.StandardLevels.ToList();
        var y = x.Select(FourPl.Evaluate).ToList();

        var fit = CurveFitter.Fit(x, y, CurveModel.FourParameter, CurveWeighting.None, "IL-6");

        Assert.Equal(FourPl.C, fit.Curve.C, 1e-5 * FourPl.C);
        Assert.Equal(FourPl.B, fit.Curve.B, 1e-6);
    }

    [Fact]
    public void Too_Few_Standard_Levels_Are_Named_With_The_Analyte()
    {
        double[] x = [1, 10, 100, 1, 10, 100];
        var y = x.Select(FourPl.Evaluate).ToList();

        var ex = Assert.Throws<AssayInputException>(() => CurveFitter.Fit(x, y, CurveModel.Auto, CurveWeighting.InverseSquareResponse, "IL-15"));

        Assert.Contains("analyte 'IL-15'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("at least 5 wells at 4 or more concentrations", ex.Message, StringComparison.Ordinal);
        Assert.Equal(1, ex.ExitCode);
    }

    [Fact]
    public void A_5pl_Asked_For_With_Four_Levels_Is_Refused()
    {
        double[] x = [1, 10, 100, 1000, 1, 10, 100, 1000];
        var y = x.Select(FourPl.Evaluate).ToList();

        var ex = Assert.Throws<AssayInputException>(() => CurveFitter.Fit(x, y, CurveModel.FiveParameter, CurveWeighting.InverseSquareResponse, "IL-6"));

        Assert.Contains("a 5PL needs at least 6 wells at 5 or more concentrations", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.01)]
    [InlineData(1)]
    [InlineData(800)]
    [InlineData(1e5)]
    public void The_Inverse_Curve_Gives_Back_The_Concentration(double x)
    {
        Assert.Equal(x, FivePl.Inverse(FivePl.Evaluate(x)), 1e-9 * x);
    }

    [Fact]
    public void Responses_Outside_The_Asymptotes_Have_No_Concentration()
    {
        Assert.True(double.IsNaN(FivePl.Inverse(FivePl.D * 1.01)));
        Assert.True(double.IsNaN(FivePl.Inverse(FivePl.A * 0.99)));
        Assert.True(double.IsNaN(FivePl.Inverse(FivePl.D)));
    }
}
