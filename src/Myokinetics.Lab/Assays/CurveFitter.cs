using Myokinetics.Analysis.Estimation;

namespace Myokinetics.Lab.Assays;

/// <summary>
/// Fits 4PL and 5PL standard curves by weighted least squares with Analysis' Levenberg–Marquardt,
/// from a few deterministic starts (the best kept), and chooses between them by AIC.
/// </summary>
/// <remarks>
/// Starts: a from the mean MFI of the lowest standard, d from that of the highest, c where the
/// standards' means cross halfway between them (log-linear interpolation), b ∈ {0.5, 1, 2}; the
/// 5PL starts from the best 4PL with g ∈ {0.5, 1, 2}. Bounds: 0.01 ≤ b ≤ 50, 0.01 ≤ g ≤ 100, c within
/// e^±10 of the standards' range; a and d free. A 4PL needs at least 5 standard wells at 4 or more
/// concentrations, a 5PL 6 wells at 5 or more.
/// </remarks>
public static class CurveFitter
{
    private const int MaxIterations = 500;
    private static readonly double[] SlopeStarts = [0.5, 1, 2];
    private static readonly double[] AsymmetryStarts = [0.5, 1, 2];

    /// <summary>Fits the curve asked for; with <see cref="CurveModel.Auto"/> both (when the standards
    /// allow a 5PL) and keeps the lower AIC, the 4PL on a tie.</summary>
    /// <param name="concentrations">The standards' expected concentrations (positive).</param>
    /// <param name="mfi">Their MFI (positive under <see cref="CurveWeighting.InverseSquareResponse"/>).</param>
    /// <param name="model">Which curve.</param>
    /// <param name="weighting">The weights (1/y² by default in <see cref="AssayOptions"/>).</param>
    /// <param name="analyte">Names the analyte in messages.</param>
    /// <param name="cancellationToken">Checked once per Levenberg–Marquardt iteration.</param>
    /// <exception cref="AssayInputException">Too few standards, or an MFI that cannot be weighted.</exception>
    public static CurveFit Fit(IReadOnlyList<double> concentrations, IReadOnlyList<double> mfi, CurveModel model, CurveWeighting weighting, string analyte, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(concentrations);
        ArgumentNullException.ThrowIfNull(mfi);
        var x = concentrations.ToArray();
        var y = mfi.ToArray();
        if (weighting == CurveWeighting.InverseSquareResponse && y.Any(v => v <= 0))
        {
            throw new AssayInputException($"analyte '{analyte}': a standard has MFI ≤ 0, which weights 1/MFI² cannot use");
        }

        var levels = x.Distinct().Count();
        var fiveAllowed = x.Length >= 6 && levels >= 5;
        if (x.Length < 5 || levels < 4)
        {
            throw new AssayInputException($"analyte '{analyte}': {x.Length} standard wells at {levels} concentrations; a standard curve needs at least 5 wells at 4 or more concentrations");
        }

        if (model == CurveModel.FiveParameter && !fiveAllowed)
        {
            throw new AssayInputException($"analyte '{analyte}': {x.Length} standard wells at {levels} concentrations; a 5PL needs at least 6 wells at 5 or more concentrations");
        }

        var four = FitFour(x, y, weighting, cancellationToken);
        if (model == CurveModel.FourParameter || (model == CurveModel.Auto && !fiveAllowed))
        {
            return four;
        }

        var five = FitFive(x, y, weighting, four.Curve, cancellationToken);
        return model == CurveModel.FiveParameter || five.Aic < four.Aic ? five : four;
    }

    private static CurveFit FitFour(double[] x, double[] y, CurveWeighting weighting, CancellationToken cancellationToken)
    {
        var problem = new LogisticProblem(x, y, weighting, fivePl: false);
        var (a, d, logC) = Starts(x, y);
        var lower = new[] { double.NegativeInfinity, 0.01, Math.Log(x.Min()) - 10, double.NegativeInfinity };
        var upper = new[] { double.PositiveInfinity, 50, Math.Log(x.Max()) + 10, double.PositiveInfinity };
        return Best(problem, SlopeStarts.Select(b => new[] { a, b, logC, d }), lower, upper, CurveModel.FourParameter, cancellationToken);
    }

    private static CurveFit FitFive(double[] x, double[] y, CurveWeighting weighting, LogisticCurve four, CancellationToken cancellationToken)
    {
        var problem = new LogisticProblem(x, y, weighting, fivePl: true);
        var lower = new[] { double.NegativeInfinity, 0.01, Math.Log(x.Min()) - 10, double.NegativeInfinity, Math.Log(0.01) };
        var upper = new[] { double.PositiveInfinity, 50, Math.Log(x.Max()) + 10, double.PositiveInfinity, Math.Log(100) };
        var starts = AsymmetryStarts.Select(g => new[]
        {
            four.A, Math.Clamp(four.B, 0.01, 50), Math.Clamp(Math.Log(four.C), lower[2], upper[2]), four.D, Math.Log(g),
        });
        return Best(problem, starts, lower, upper, CurveModel.FiveParameter, cancellationToken);
    }

    private static CurveFit Best(LogisticProblem problem, IEnumerable<double[]> starts, double[] lower, double[] upper, CurveModel model, CancellationToken cancellationToken)
    {
        LeastSquaresOutcome? best = null;
        foreach (var start in starts)
        {
            var outcome = LevenbergMarquardt.Minimize(problem, start, lower, upper, MaxIterations, cancellationToken);
            if (double.IsFinite(outcome.SumOfSquares) && (best is null || outcome.SumOfSquares < best.SumOfSquares))
            {
                best = outcome;
            }
        }

        if (best is null)
        {
            throw new AssayInputException("the standard curve cannot be evaluated at any start; check the standards' MFI and concentrations");
        }

        var n = problem.ResidualCount;
        var k = problem.ParameterCount + 1;
        var aic = (n * Math.Log(Math.Max(best.SumOfSquares, double.Epsilon) / n)) + (2 * k);
        return new CurveFit(problem.Curve(best.X), model, best.SumOfSquares, aic, n, best.Converged);
    }

    /// <summary>Start values a, d and ln c from the means of the lowest and highest standards and the
    /// halfway crossing.</summary>
    private static (double A, double D, double LogC) Starts(double[] x, double[] y)
    {
        var means = x.Zip(y)
            .GroupBy(p => p.First)
            .OrderBy(g => g.Key)
            .Select(g => (LogX: Math.Log(g.Key), Y: g.Average(p => p.Second)))
            .ToArray();
        var a = means[0].Y;
        var d = means[^1].Y;
        var half = (a + d) / 2;
        for (var i = 1; i < means.Length; i++)
        {
            var (x0, y0) = means[i - 1];
            var (x1, y1) = means[i];
            if ((y0 - half) * (y1 - half) <= 0 && y1 != y0)
            {
                return (a, d, x0 + ((half - y0) / (y1 - y0) * (x1 - x0)));
            }
        }

        return (a, d, means.Average(m => m.LogX));
    }
}
