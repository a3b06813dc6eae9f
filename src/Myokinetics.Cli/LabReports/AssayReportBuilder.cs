using System.Globalization;
using Myokinetics.Lab.Assays;
using Myokinetics.Reporting;
using Myokinetics.Reporting.Assays;

namespace Myokinetics.Cli.LabReports;

/// <summary>Builds the HTML report of an assay plate from the plate's rows and their analysis: the
/// standards' wells and expected concentrations come from the rows (the analysis keeps their order),
/// the curve is drawn at 200 log-spaced concentrations, and the model not chosen is fitted once more
/// to the same standards for the AIC comparison.</summary>
internal static class AssayReportBuilder
{
    private const int CurveIntervals = 200;

    /// <summary>How far (in decades) beyond the standards a back-calculated well may stretch the axis.</summary>
    private const double AxisReach = 2;

    public static AssayReportDocument Build(string platePath, IReadOnlyList<PlateWell> wells, AssayResult result, AssayOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(wells);
        ArgumentNullException.ThrowIfNull(result);
        if (wells.Count != result.Wells.Length)
        {
            throw new InvalidOperationException($"the analysis has {result.Wells.Length} rows for {wells.Count} plate rows");
        }

        var subtract = options.Background == BackgroundHandling.Subtract;
        var analytes = result.Analytes
            .Select(a => Analyte(a, wells, result, options, subtract ? "net MFI" : "MFI", cancellationToken))
            .ToImmutableArray();
        var distinctWells = wells.Select(w => w.Well).Distinct(StringComparer.Ordinal).Count();
        ImmutableArray<ReportFact> facts =
        [
            new("Plate", platePath),
            new("Contents", $"{distinctWells} wells, {analytes.Length} analyte{(analytes.Length == 1 ? string.Empty : "s")} ({string.Join(", ", analytes.Select(a => a.Name))}), {wells.Count} readings"),
            new("Standard curve", options.Model switch
            {
                CurveModel.FourParameter => "4PL (asked for)",
                CurveModel.FiveParameter => "5PL (asked for)",
                _ => "4PL or 5PL, whichever has the lower AIC",
            }),
            new("Weights", options.Weighting == CurveWeighting.InverseSquareResponse ? "1/MFI² (constant CV)" : "none (ordinary least squares)"),
            new("Background", subtract ? "each analyte's blank mean MFI subtracted from every well (net MFI)" : "none: MFI as measured, the lower asymptote absorbs the background"),
            new("Acceptance", $"standards and controls recover {P(options.MinRecovery)}–{P(options.MaxRecovery)} %, replicate CV ≤ {P(options.MaxCv)} %"
                + (options.MinBeads > 0 ? $", at least {options.MinBeads} beads per well and analyte (when counted)" : string.Empty)),
        ];
        return new AssayReportDocument(
            $"Assay plate {Path.GetFileName(platePath)}",
            facts,
            analytes,
            "concentration (standards' unit)",
            options.MinRecovery,
            options.MaxRecovery,
            options.MaxCv);
    }

    private static AssayReportAnalyte Analyte(AnalyteResult analyte, IReadOnlyList<PlateWell> wells, AssayResult result, AssayOptions options, string mfiLabel, CancellationToken cancellationToken)
    {
        var name = analyte.Analyte;
        var rows = Enumerable.Range(0, wells.Count).Where(i => wells[i].Analyte == name).ToList();
        var standardRows = rows.Where(i => wells[i].Type == WellType.Standard).ToList();
        var curve = analyte.Fit.Curve;
        var standards = analyte.Standards.Select(level => new AssayReportStandard(
            level.Expected,
            level.MeanMfi,
            level.Cv,
            level.BackCalculated,
            level.Recovery,
            level.Accepted,
            [.. standardRows.Where(i => wells[i].Expected == level.Expected).Select(i => new AssayReportReplicate(
                wells[i].Well,
                result.Wells[i].Mfi,
                curve.Inverse(result.Wells[i].Mfi) / level.Expected,
                result.Wells[i].Flags))])).ToImmutableArray();
        var others = rows.Where(i => wells[i].Type != WellType.Standard).Select(i => new AssayReportWell(
            wells[i].Well,
            wells[i].Sample,
            wells[i].Type switch
            {
                WellType.Control => AssayReportWellKind.Control,
                WellType.Blank => AssayReportWellKind.Blank,
                _ => AssayReportWellKind.Unknown,
            },
            result.Wells[i].Mfi,
            result.Wells[i].Concentration,
            result.Wells[i].Dilution,
            result.Wells[i].Flags)).ToImmutableArray();
        var controls = result.Controls.Where(c => c.Analyte == name)
            .Select(c => new AssayReportControl(c.Sample, c.Expected, c.Concentration, c.Recovery, c.Accepted))
            .ToImmutableArray();
        var (xs, ys) = Curve(curve, analyte, others);
        var five = analyte.Fit.Model == CurveModel.FiveParameter;
        ImmutableArray<AssayReportParameter> parameters =
        [
            new("a", curve.A, "response at zero concentration"),
            new("b", curve.B, "slope factor"),
            new("c", curve.C, five ? "scale concentration (the inflection when g = 1)" : "inflection concentration"),
            new("d", curve.D, "response at infinite concentration"),
            .. five ? [new AssayReportParameter("g", curve.G, "asymmetry")] : Array.Empty<AssayReportParameter>(),
        ];
        var x = standardRows.Select(i => wells[i].Expected!.Value).ToList();
        var y = standardRows.Select(i => result.Wells[i].Mfi).ToList();
        return new AssayReportAnalyte(
            name,
            five ? "5PL" : "4PL",
            parameters,
            Fits(analyte.Fit, x, y, options, name, cancellationToken),
            xs,
            ys,
            standards,
            others,
            controls,
            analyte.Lod,
            analyte.Lloq,
            analyte.Uloq,
            mfiLabel);
    }

    /// <summary>The chosen fit and the other model fitted to the same standards (the 5PL is not fitted
    /// when the standards are too few for it).</summary>
    private static ImmutableArray<AssayReportModelFit> Fits(CurveFit chosen, List<double> x, List<double> y, AssayOptions options, string analyte, CancellationToken cancellationToken)
    {
        var other = chosen.Model == CurveModel.FiveParameter ? CurveModel.FourParameter : CurveModel.FiveParameter;
        AssayReportModelFit otherRow;
        try
        {
            var fit = CurveFitter.Fit(x, y, other, options.Weighting, analyte, cancellationToken);
            var note = options.Model == CurveModel.Auto ? "higher AIC" : "not asked for";
            otherRow = new AssayReportModelFit(Name(other), fit.Aic, fit.WeightedSumOfSquares, fit.Points, fit.Converged, Chosen: false, note);
        }
        catch (AssayInputException)
        {
            otherRow = new AssayReportModelFit(Name(other), double.NaN, double.NaN, x.Count, Converged: false, Chosen: false, "not fitted: a 5PL needs at least 6 standard wells at 5 or more concentrations");
        }

        var chosenNote = options.Model == CurveModel.Auto ? (double.IsFinite(otherRow.Aic) ? "used (lower AIC)" : "used") : "used (asked for)";
        var chosenRow = new AssayReportModelFit(Name(chosen.Model), chosen.Aic, chosen.WeightedSumOfSquares, chosen.Points, chosen.Converged, Chosen: true, chosenNote);
        return chosen.Model == CurveModel.FourParameter ? [chosenRow, otherRow] : [otherRow, chosenRow];
    }

    /// <summary>The curve at log-spaced concentrations over the whole decades holding the standards, the
    /// limits and the wells placed on the curve (those at most <see cref="AxisReach"/> decades beyond the standards).</summary>
    private static (ImmutableArray<double> X, ImmutableArray<double> Y) Curve(LogisticCurve curve, AnalyteResult analyte, ImmutableArray<AssayReportWell> others)
    {
        var expected = analyte.Standards.Select(s => s.Expected).ToList();
        var low = expected.Min() / Math.Pow(10, AxisReach);
        var high = expected.Max() * Math.Pow(10, AxisReach);
        var content = others.Where(w => w.Kind != AssayReportWellKind.Blank).Select(w => w.Concentration / w.Dilution)
            .Where(v => double.IsFinite(v) && v >= low && v <= high)
            .Concat(expected)
            .Concat(new[] { analyte.Lod, analyte.Lloq, analyte.Uloq }.Where(v => v is > 0).Select(v => v!.Value))
            .ToList();
        var first = Math.Floor(Math.Log10(content.Min()) + 1e-9);
        var last = Math.Max(Math.Ceiling(Math.Log10(content.Max()) - 1e-9), first + 1);
        var xs = ImmutableArray.CreateBuilder<double>(CurveIntervals + 1);
        var ys = ImmutableArray.CreateBuilder<double>(CurveIntervals + 1);
        for (var i = 0; i <= CurveIntervals; i++)
        {
            var x = Math.Pow(10, first + ((last - first) * i / CurveIntervals));
            xs.Add(x);
            ys.Add(curve.Evaluate(x));
        }

        return (xs.MoveToImmutable(), ys.MoveToImmutable());
    }

    private static string Name(CurveModel model) => model == CurveModel.FiveParameter ? "5PL" : "4PL";

    private static string P(double fraction) => (fraction * 100).ToString("0.#", CultureInfo.InvariantCulture);
}
