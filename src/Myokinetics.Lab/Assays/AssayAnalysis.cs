namespace Myokinetics.Lab.Assays;

/// <summary>
/// Analyses a plate: per analyte a standard curve (<see cref="CurveFitter"/>), the standards'
/// recovery, LOD, LLOQ and ULOQ, then every row back-calculated (times its dilution) and flagged.
/// </summary>
/// <remarks>
/// Replicates are the wells of one analyte with the same type and sample name (the <c>sample</c>
/// column), standards with the same expected concentration; without a sample name a control or
/// unknown well stands alone. LLOQ and ULOQ are the lowest and highest standard levels whose mean
/// MFI back-calculates to 80–120 % of the expected concentration with an MFI CV of at most 20 %
/// (defaults of <see cref="AssayOptions"/>). Analytes are independent and analysed in plate order.
/// </remarks>
public static class AssayAnalysis
{
    /// <summary>Analyses <paramref name="wells"/> (as read by <see cref="PlateCsv"/>).</summary>
    /// <param name="wells">The plate's rows.</param>
    /// <param name="options">The curve, weights and limits.</param>
    /// <param name="cancellationToken">Checked during the curve fits.</param>
    /// <exception cref="AssayInputException">An analyte without enough standards for its curve.</exception>
    public static AssayResult Analyze(IReadOnlyList<PlateWell> wells, AssayOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(wells);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Background == BackgroundHandling.Subtract)
        {
            wells = SubtractBackground(wells);
        }

        var analytes = ImmutableArray.CreateBuilder<AnalyteResult>();
        var byAnalyte = new Dictionary<string, AnalyteResult>(StringComparer.Ordinal);
        foreach (var name in wells.Select(w => w.Analyte).Distinct(StringComparer.Ordinal))
        {
            var result = AnalyzeAnalyte(name, wells.Where(w => w.Analyte == name).ToList(), options, cancellationToken);
            analytes.Add(result);
            byAnalyte[name] = result;
        }

        var cv = ReplicateCvs(wells);
        var results = ImmutableArray.CreateBuilder<WellResult>(wells.Count);
        foreach (var well in wells)
        {
            var analyte = byAnalyte[well.Analyte];
            var curve = analyte.Fit.Curve;
            var raw = curve.Inverse(well.Mfi);
            var flags = ImmutableArray.CreateBuilder<string>();
            if (!curve.InRange(well.Mfi))
            {
                flags.Add("out-of-range");
            }
            else if (analyte.Lloq is { } lloq && raw < lloq)
            {
                flags.Add("<LLOQ");
            }
            else if (analyte.Uloq is { } uloq && raw > uloq)
            {
                flags.Add(">ULOQ");
            }

            if (well.Type != WellType.Blank && cv.TryGetValue(Key(well), out var groupCv) && groupCv > options.MaxCv)
            {
                flags.Add("high-CV");
            }

            if (well.Beads is { } beads && beads < options.MinBeads)
            {
                flags.Add("low-beads");
            }

            if (well.Type == WellType.Control && well.Expected is { } nominal && !Accepted(raw * well.Dilution / nominal, options))
            {
                flags.Add("control-recovery");
            }

            results.Add(new WellResult(well.Well, well.Analyte, well.Type, well.Mfi, raw * well.Dilution, well.Dilution, flags.ToImmutable()));
        }

        var wellResults = results.MoveToImmutable();
        return new AssayResult(analytes.ToImmutable(), wellResults, Controls(wells, wellResults, options));
    }

    private static bool Accepted(double recovery, AssayOptions options) =>
        recovery >= options.MinRecovery && recovery <= options.MaxRecovery;

    /// <summary>Controls with a nominal concentration, grouped by analyte and sample name (a control
    /// without a sample name stands alone under its well's name); analytes in plate order.</summary>
    private static ImmutableArray<ControlRecovery> Controls(IReadOnlyList<PlateWell> wells, ImmutableArray<WellResult> results, AssayOptions options)
    {
        var analyteOrder = wells.Select(w => w.Analyte).Distinct(StringComparer.Ordinal).ToList();
        return wells.Select((w, i) => (Well: w, Result: results[i]))
            .Where(p => p.Well.Type == WellType.Control && p.Well.Expected is not null)
            .GroupBy(p => (p.Well.Analyte, Sample: p.Well.Sample.Length > 0 ? p.Well.Sample : p.Well.Well))
            .OrderBy(g => analyteOrder.IndexOf(g.Key.Analyte))
            .Select(g =>
            {
                var expected = g.First().Well.Expected!.Value;
                var concentration = g.Average(p => p.Result.Concentration);
                var recovery = concentration / expected;
                return new ControlRecovery(g.Key.Analyte, g.Key.Sample, expected, concentration, recovery, Accepted(recovery, options));
            })
            .ToImmutableArray();
    }

    /// <summary>Every well's MFI minus its analyte's blank mean.</summary>
    private static List<PlateWell> SubtractBackground(IReadOnlyList<PlateWell> wells)
    {
        var means = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var group in wells.Where(w => w.Type == WellType.Blank).GroupBy(w => w.Analyte, StringComparer.Ordinal))
        {
            means[group.Key] = group.Average(w => w.Mfi);
        }

        foreach (var analyte in wells.Select(w => w.Analyte).Distinct(StringComparer.Ordinal))
        {
            if (!means.ContainsKey(analyte))
            {
                throw new AssayInputException($"analyte '{analyte}': background subtraction needs at least one blank well");
            }
        }

        return wells.Select(w => w with { Mfi = w.Mfi - means[w.Analyte] }).ToList();
    }

    private static AnalyteResult AnalyzeAnalyte(string name, List<PlateWell> wells, AssayOptions options, CancellationToken cancellationToken)
    {
        var standards = wells.Where(w => w.Type == WellType.Standard).ToList();
        var fit = CurveFitter.Fit(standards.Select(w => w.Expected!.Value).ToList(), standards.Select(w => w.Mfi).ToList(), options.Model, options.Weighting, name, cancellationToken);
        var curve = fit.Curve;
        var levels = standards
            .GroupBy(w => w.Expected!.Value)
            .OrderBy(g => g.Key)
            .Select(g =>
            {
                var mfi = g.Select(w => w.Mfi).ToList();
                var mean = mfi.Average();
                var cv = Cv(mfi);
                var back = curve.Inverse(mean);
                var recovery = back / g.Key;
                var accepted = recovery >= options.MinRecovery && recovery <= options.MaxRecovery && !(cv > options.MaxCv);
                return new StandardRecovery(g.Key, mean, cv, back, recovery, accepted);
            })
            .ToImmutableArray();
        var accepted = levels.Where(l => l.Accepted).Select(l => l.Expected).ToList();
        double? lloq = accepted.Count > 0 ? accepted.Min() : null;
        double? uloq = accepted.Count > 0 ? accepted.Max() : null;
        return new AnalyteResult(name, fit, levels, Lod(wells, curve), lloq, uloq);
    }

    private static double? Lod(List<PlateWell> wells, LogisticCurve curve)
    {
        var blanks = wells.Where(w => w.Type == WellType.Blank).Select(w => w.Mfi).ToList();
        if (blanks.Count < 2)
        {
            return null;
        }

        var mean = blanks.Average();
        var sd = Math.Sqrt(blanks.Sum(v => (v - mean) * (v - mean)) / (blanks.Count - 1));
        var threshold = curve.D >= curve.A ? mean + (3 * sd) : mean - (3 * sd);
        var lod = curve.Inverse(threshold);
        return double.IsNaN(lod) ? null : lod;
    }

    private static Dictionary<(string Analyte, WellType Type, string Group), double> ReplicateCvs(IReadOnlyList<PlateWell> wells) =>
        wells.GroupBy(Key)
            .Where(g => g.Key.Group.Length > 0 && g.Count() > 1)
            .ToDictionary(g => g.Key, g => Cv(g.Select(w => w.Mfi).ToList()));

    private static (string Analyte, WellType Type, string Group) Key(PlateWell well) =>
        (well.Analyte, well.Type, well.Type == WellType.Standard
            ? well.Expected!.Value.ToString("R", System.Globalization.CultureInfo.InvariantCulture)
            : well.Sample);

    /// <summary>Sample SD/mean; NaN for fewer than two values.</summary>
    private static double Cv(List<double> values)
    {
        if (values.Count < 2)
        {
            return double.NaN;
        }

        var mean = values.Average();
        var sd = Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Count - 1));
        return sd / Math.Abs(mean);
    }
}
