using System.Text;
using Myokinetics.Reporting.Fitting;

namespace Myokinetics.Reporting.Charts;

/// <summary>Data (dots with ±1 sd error bars) and the fitted model curve of one observable of one experiment.</summary>
internal static class FitChart
{
    public static string Draw(FitReportPanel panel, string timeLabel)
    {
        var times = panel.CurveTimes.Concat(panel.Points.Select(p => p.Time)).ToList();
        var values = panel.CurveValues
            .Concat(panel.Points.Select(p => p.Value - (p.StandardDeviation ?? 0)))
            .Concat(panel.Points.Select(p => p.Value + (p.StandardDeviation ?? 0)));
        var frame = new PlotFrame(NiceScale.For(times.Where(double.IsFinite).DefaultIfEmpty(0).Min(), times.Where(double.IsFinite).DefaultIfEmpty(1).Max()), PlotFrame.ScaleOf(values, includeZero: false));
        var svg = new StringBuilder();
        frame.Open(svg, $"{panel.Title}: data and fitted model", timeLabel, panel.UnitLabel);
        frame.Line(svg, panel.CurveTimes, panel.CurveValues, "line");
        foreach (var p in panel.Points)
        {
            var x = PlotFrame.C(frame.Px(p.Time));
            if (p.StandardDeviation is { } sd)
            {
                svg.Append($"<line class=\"errorbar\" x1=\"{x}\" y1=\"{PlotFrame.C(frame.Py(p.Value - sd))}\" x2=\"{x}\" y2=\"{PlotFrame.C(frame.Py(p.Value + sd))}\"/>");
            }

            svg.Append($"<circle class=\"datum\" cx=\"{x}\" cy=\"{PlotFrame.C(frame.Py(p.Value))}\" r=\"3.2\"><title>{SvgNumber.Value(p.Time)}: {SvgNumber.Value(p.Value)}</title></circle>\n");
        }

        svg.Append("</svg>");
        return svg.ToString();
    }
}
