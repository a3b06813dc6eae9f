using System.Text;
using Myokinetics.Reporting.Assays;

namespace Myokinetics.Reporting.Charts;

/// <summary>The standards' recovery (back-calculated/expected, %) against concentration on a log axis:
/// every well as a dot, each level's mean as a bar, the accepted band (default 80–120 %) shaded and
/// 100 % as a line. Recoveries beyond the axis are drawn at its edge.</summary>
internal static class RecoveryChart
{
    public const int Height = 250;

    public static string Draw(AssayReportAnalyte analyte, string concentrationLabel, double minRecovery, double maxRecovery)
    {
        var percents = analyte.Standards.SelectMany(s => s.Replicates.Select(r => r.Recovery).Append(s.Recovery))
            .Where(double.IsFinite).Select(r => r * 100).ToList();
        var low = Math.Max(0, Math.Min(percents.DefaultIfEmpty(100).Min(), (minRecovery * 100) - 10));
        var high = Math.Min(300, Math.Max(percents.DefaultIfEmpty(100).Max(), (maxRecovery * 100) + 10));
        var frame = LogFrame.LogLinear(analyte.CurveConcentrations.Concat(analyte.Standards.Select(s => s.Expected)), NiceScale.For(low, high), Height);
        var wells = analyte.Standards.SelectMany(s => s.Replicates).ToList();
        var missing = wells.Count(r => !double.IsFinite(r.Recovery));
        var svg = new StringBuilder();
        frame.Open(
            svg,
            $"{analyte.Name}: standards' recovery",
            $"Back-calculated over expected concentration in percent for {wells.Count} standard wells at {analyte.Standards.Length} levels; "
                + $"accepted band {SvgNumber.Value(minRecovery * 100)}–{SvgNumber.Value(maxRecovery * 100)} %"
                + (missing > 0 ? $"; {missing} wells outside the curve are not drawn." : "."),
            concentrationLabel,
            "recovery (%)");
        var top = frame.Py(maxRecovery * 100);
        var bottom = frame.Py(minRecovery * 100);
        svg.Append($"<rect class=\"band\" x=\"{LogFrame.C(LogFrame.PlotLeft)}\" y=\"{LogFrame.C(top)}\" width=\"{LogFrame.C(LogFrame.PlotWidth)}\" height=\"{LogFrame.C(bottom - top)}\"/>\n");
        var hundred = LogFrame.C(frame.Py(100));
        svg.Append($"<line class=\"guide\" x1=\"{LogFrame.C(LogFrame.PlotLeft)}\" y1=\"{hundred}\" x2=\"{LogFrame.C(LogFrame.PlotRight)}\" y2=\"{hundred}\"/>\n");
        foreach (var level in analyte.Standards)
        {
            var x = frame.Px(level.Expected);
            if (double.IsFinite(level.Recovery))
            {
                var y = LogFrame.C(frame.Py(level.Recovery * 100));
                svg.Append($"<line class=\"{(level.Accepted ? "level" : "level-out")}\" x1=\"{LogFrame.C(x - 8)}\" y1=\"{y}\" x2=\"{LogFrame.C(x + 8)}\" y2=\"{y}\"><title>level {SvgNumber.Value(level.Expected)}: mean recovery {SvgNumber.Value(level.Recovery * 100)} %</title></line>\n");
            }

            foreach (var replicate in level.Replicates.Where(r => double.IsFinite(r.Recovery)))
            {
                Marker.Circle(svg, x, frame.Py(replicate.Recovery * 100), 3, level.Accepted ? "rec" : "rec-out", $"well {replicate.Well}: {SvgNumber.Value(replicate.Recovery * 100)} %");
            }
        }

        svg.Append("</svg>");
        return svg.ToString();
    }
}
