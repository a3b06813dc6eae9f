using System.Text;
using Myokinetics.Reporting.Fitting;

namespace Myokinetics.Reporting.Charts;

/// <summary>Standardised residuals (data − model)/σ against time, with the zero line and ±2 guides.</summary>
internal static class ResidualChart
{
    public static string Draw(FitReportPanel panel, string timeLabel)
    {
        var times = panel.Residuals.Select(r => r.Time).Concat(panel.CurveTimes).Where(double.IsFinite).DefaultIfEmpty(0).ToList();
        var values = panel.Residuals.Select(r => r.Residual).Append(2.5).Append(-2.5);
        var frame = new PlotFrame(NiceScale.For(times.Min(), times.Max()), PlotFrame.ScaleOf(values, includeZero: true));
        var svg = new StringBuilder();
        frame.Open(svg, $"{panel.Title}: standardised residuals", timeLabel, "(data − model)/σ");
        frame.HorizontalLine(svg, 0, "zero");
        frame.HorizontalLine(svg, 2, "guide");
        frame.HorizontalLine(svg, -2, "guide");
        foreach (var (time, residual) in panel.Residuals)
        {
            var x = PlotFrame.C(frame.Px(time));
            svg.Append($"<line class=\"stem\" x1=\"{x}\" y1=\"{PlotFrame.C(frame.Py(0))}\" x2=\"{x}\" y2=\"{PlotFrame.C(frame.Py(residual))}\"/>");
            svg.Append($"<circle class=\"datum\" cx=\"{x}\" cy=\"{PlotFrame.C(frame.Py(residual))}\" r=\"3\"><title>{SvgNumber.Value(time)}: {SvgNumber.Value(residual)}</title></circle>\n");
        }

        svg.Append("</svg>");
        return svg.ToString();
    }
}
