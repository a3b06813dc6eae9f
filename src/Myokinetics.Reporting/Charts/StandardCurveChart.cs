using System.Globalization;
using System.Text;
using Myokinetics.Reporting.Assays;

namespace Myokinetics.Reporting.Charts;

/// <summary>A standard curve on log–log axes: the fitted curve, every standard well (levels outside the
/// acceptance hollow), the quantifiable range LLOQ–ULOQ shaded with its limits and the LOD as labelled
/// lines, and the unknowns (diamonds) and controls (squares) placed on the curve at their back-calculated
/// concentration before dilution; flagged wells hollow and red; wells outside the curve at the edge.</summary>
internal static class StandardCurveChart
{
    public const int Height = 330;

    public static string Draw(AssayReportAnalyte analyte, string concentrationLabel)
    {
        var placed = analyte.Wells.Where(w => w.Kind != AssayReportWellKind.Blank).ToList();
        var xs = analyte.CurveConcentrations.Concat(analyte.Standards.Select(s => s.Expected));
        // The y axis follows the measured responses; the curve may extend it by at most a factor 3 either
        // way (a fitted lower asymptote near or below zero would otherwise stretch it over many decades).
        var measured = analyte.Standards.SelectMany(s => s.Replicates).Select(r => r.Mfi).Concat(placed.Select(w => w.Mfi)).Where(v => double.IsFinite(v) && v > 0).ToList();
        var ys = measured.Count == 0
            ? analyte.CurveMfi.AsEnumerable()
            : measured.Concat(analyte.CurveMfi.Where(v => v >= measured.Min() / 3 && v <= measured.Max() * 3));
        var frame = LogFrame.LogLog(xs, ys, Height);
        var svg = new StringBuilder();
        var wells = analyte.Standards.Sum(s => s.Replicates.Length);
        frame.Open(
            svg,
            $"{analyte.Name}: standard curve ({analyte.Model})",
            $"{analyte.MfiLabel} against concentration on log scales: {wells} standard wells at {analyte.Standards.Length} levels, the fitted {analyte.Model}, "
                + $"{placed.Count} unknown and control wells placed on the curve, {placed.Count(w => !w.Flags.IsEmpty)} of them flagged; "
                + $"LOD {Limit(analyte.Lod)}, LLOQ {Limit(analyte.Lloq)}, ULOQ {Limit(analyte.Uloq)}.",
            concentrationLabel,
            analyte.MfiLabel);
        if (analyte.Lloq is { } lloq && analyte.Uloq is { } uloq)
        {
            var x1 = frame.Px(lloq);
            var x2 = frame.Px(uloq);
            svg.Append($"<rect class=\"band\" x=\"{LogFrame.C(x1)}\" y=\"{LogFrame.C(LogFrame.PlotTop)}\" width=\"{LogFrame.C(Math.Max(x2 - x1, 1))}\" height=\"{LogFrame.C(frame.PlotHeight)}\"><title>quantifiable range LLOQ–ULOQ</title></rect>\n");
        }

        LimitLine(svg, frame, analyte.Lod, "LOD", "lod", 0);
        LimitLine(svg, frame, analyte.Lloq, "LLOQ", "limit", 1);
        LimitLine(svg, frame, analyte.Uloq, "ULOQ", "limit", 0);
        frame.Line(svg, analyte.CurveConcentrations, analyte.CurveMfi, "curve");
        foreach (var level in analyte.Standards)
        {
            foreach (var replicate in level.Replicates)
            {
                var title = $"standard {SvgNumber.Value(level.Expected)}, well {replicate.Well}: {analyte.MfiLabel} {SvgNumber.Value(replicate.Mfi)}";
                Marker.Circle(svg, frame.Px(level.Expected), frame.Py(replicate.Mfi), 3.4, level.Accepted ? "std" : "std-out", title);
            }
        }

        foreach (var well in placed)
        {
            var atCurve = well.Concentration / well.Dilution;
            double x;
            if (double.IsFinite(atCurve) && atCurve > 0)
            {
                x = frame.Px(atCurve);
            }
            else
            {
                // Outside the curve's asymptotes: at the edge on the side of the asymptote it passes.
                var low = Math.Abs(well.Mfi - analyte.CurveMfi.FirstOrDefault()) <= Math.Abs(well.Mfi - analyte.CurveMfi.LastOrDefault());
                x = low ? LogFrame.PlotLeft : LogFrame.PlotRight;
            }

            var cssClass = (well.Kind == AssayReportWellKind.Control ? "ctl" : "unk") + (well.Flags.IsEmpty ? string.Empty : " flagged");
            var title = $"{well.Kind.ToString().ToLowerInvariant()} {Name(well)}: {analyte.MfiLabel} {SvgNumber.Value(well.Mfi)}, concentration {SvgNumber.Value(well.Concentration)}"
                + (well.Dilution != 1 ? $" (dilution {SvgNumber.Value(well.Dilution)})" : string.Empty)
                + (well.Flags.IsEmpty ? string.Empty : $"; {string.Join(", ", well.Flags)}");
            if (well.Kind == AssayReportWellKind.Control)
            {
                Marker.Square(svg, x, frame.Py(well.Mfi), 3.6, cssClass, title);
            }
            else
            {
                Marker.Diamond(svg, x, frame.Py(well.Mfi), 4.6, cssClass, title);
            }
        }

        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>The well and, when it has one, its sample name.</summary>
    public static string Name(AssayReportWell well) => well.Sample.Length == 0 || well.Sample == well.Well ? well.Well : $"{well.Well} ({well.Sample})";

    private static string Limit(double? value) => value is { } v ? SvgNumber.Value(v) : "none";

    private static void LimitLine(StringBuilder svg, LogFrame frame, double? value, string label, string cssClass, int row)
    {
        if (value is not { } v || !frame.InsideX(v))
        {
            return;
        }

        var x = frame.Px(v);
        svg.Append($"<line class=\"{cssClass}\" x1=\"{LogFrame.C(x)}\" y1=\"{LogFrame.C(LogFrame.PlotTop)}\" x2=\"{LogFrame.C(x)}\" y2=\"{LogFrame.C(frame.PlotBottom)}\"/>");
        var right = x > LogFrame.PlotRight - 60;
        var textX = right ? x - 3 : x + 3;
        var textY = LogFrame.PlotTop + 11 + (12 * row);
        svg.Append(CultureInfo.InvariantCulture, $"<text class=\"limit-label\" x=\"{LogFrame.C(textX)}\" y=\"{LogFrame.C(textY)}\" text-anchor=\"{(right ? "end" : "start")}\">{label} {SvgNumber.Value(v)}</text>\n");
    }
}
