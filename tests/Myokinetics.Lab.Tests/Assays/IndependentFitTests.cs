using System.Globalization;
using Myokinetics.Lab.Assays;

namespace Myokinetics.Lab.Tests.Assays;

/// <summary>
/// CurveFitter against two independent implementations fitting the same weighted 4PL and 5PL to the
/// same standards: R's nls (package stats, algorithm "port" with bounds and a symbolic gradient) and
/// SciPy's curve_fit (MINPACK Levenberg–Marquardt). The standards, both scripts (with the exact
/// command, versions and date) and their printed output are in Data/independent; the numbers below
/// are pasted from nls-output.txt and curve_fit-output.txt. R's drc package was not available (not on
/// Debian, no CRAN access), so these two stand in for it.
/// </summary>
/// <remarks>
/// Tolerance: all three are converged optima of one objective, Σ((yᵢ − f(xᵢ))/yᵢ)², so they differ
/// only by where each stopping rule halts on a flat valley. R and SciPy agree with each other to
/// 6·10⁻⁷ relative on every parameter (the worst is the 5PL's c, which trades off against g); we
/// ask 1·10⁻⁵ relative of parameters and back-calculated concentrations, and 1·10⁻⁸ relative of
/// the weighted sum of squares, which is flat at the optimum.
/// </remarks>
public sealed class IndependentFitTests
{
    private const double Relative = 1e-5;
    private static readonly double[] Probes = [100, 500, 2000, 8000, 15000];

    /// <summary>file, model, a, b, c, d, g, weighted SS, back-calculated at <see cref="Probes"/>.</summary>
    public static TheoryData<string, bool, string, double[], double, double[]> Expected { get; } = new()
    {
        // R nls, nls-output.txt
        { "standards-4pl.csv", false, "R nls", [51.3834932, 1.297480508, 311.5329435, 20147.63173, 1], 0.06249894321, [3.004997816, 16.92037018, 55.79558372, 224.665544, 708.5074658] },
        { "standards-4pl.csv", true, "R nls", [52.79496978, 1.339122117, 207.2527311, 21471.79418, 0.6153963773], 0.05450935288, [3.096672169, 16.91102701, 54.58298725, 226.2097762, 789.1726928] },
        { "standards-5pl.csv", false, "R nls", [31.59928637, 1.113918782, 1224.475584, 19737.67361, 1], 0.01989369947, [7.608510768, 43.59421887, 170.141872, 864.8522829, 3439.267931] },
        { "standards-5pl.csv", true, "R nls", [31.94648677, 1.126161563, 923.8862611, 21220.61189, 0.7103134484], 0.01884453415, [7.6750535, 43.41043003, 168.4572278, 876.6905732, 3592.36366] },

        // SciPy curve_fit, curve_fit-output.txt
        { "standards-4pl.csv", false, "SciPy curve_fit", [51.38348951, 1.297480421, 311.5330173, 20147.63326, 1], 0.06249894321, [3.004997585, 16.92036995, 55.79558689, 224.6655705, 708.5075099] },
        { "standards-4pl.csv", true, "SciPy curve_fit", [52.79496833, 1.339122058, 207.2528491, 21471.79186, 0.6153968059], 0.05450935288, [3.096672067, 16.91102727, 54.58298951, 226.2097716, 789.1725367] },
        { "standards-5pl.csv", false, "SciPy curve_fit", [31.5992864, 1.113918783, 1224.475584, 19737.67361, 1], 0.01989369947, [7.608510775, 43.5942189, 170.141872, 864.8522824, 3439.267925] },
        { "standards-5pl.csv", true, "SciPy curve_fit", [31.94648626, 1.126161539, 923.8867756, 21220.60847, 0.7103139396], 0.01884453415, [7.675053424, 43.41043074, 168.457232, 876.6905435, 3592.363255] },
    };

    [Theory]
    [MemberData(nameof(Expected))]
    public void The_Fitted_Curve_And_Back_Calculated_Concentrations_Agree_With_An_Independent_Fit(string file, bool fivePl, string source, double[] parameters, double weightedSumOfSquares, double[] backCalculated)
    {
        var (x, y) = Read(file);

        var fit = CurveFitter.Fit(x, y, fivePl ? CurveModel.FiveParameter : CurveModel.FourParameter, CurveWeighting.InverseSquareResponse, "IL-6");

        Assert.True(fit.Converged, $"{file}: Levenberg–Marquardt did not converge");
        var c = fit.Curve;
        double[] ours = [c.A, c.B, c.C, c.D, c.G];
        string[] names = ["a", "b", "c", "d", "g"];
        for (var k = 0; k < ours.Length; k++)
        {
            AssertClose(parameters[k], ours[k], Relative, $"{file} {(fivePl ? "5PL" : "4PL")} {names[k]} vs {source}");
        }

        AssertClose(weightedSumOfSquares, fit.WeightedSumOfSquares, 1e-8, $"{file} weighted SS vs {source}");
        for (var i = 0; i < Probes.Length; i++)
        {
            AssertClose(backCalculated[i], c.Inverse(Probes[i]), Relative, $"{file} concentration at MFI {Probes[i]} vs {source}");
        }
    }

    private static void AssertClose(double expected, double actual, double relative, string what) =>
        Assert.True(Math.Abs(actual - expected) <= relative * Math.Abs(expected), $"{what}: expected {expected:R}, got {actual:R} (relative difference {Math.Abs(actual - expected) / Math.Abs(expected):E2})");

    private static (double[] X, double[] Y) Read(string file)
    {
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Data", "independent", file)).Skip(1).Where(l => l.Length > 0).ToArray();
        var x = lines.Select(l => double.Parse(l.Split(',')[0], CultureInfo.InvariantCulture)).ToArray();
        var y = lines.Select(l => double.Parse(l.Split(',')[1], CultureInfo.InvariantCulture)).ToArray();
        return (x, y);
    }
}
