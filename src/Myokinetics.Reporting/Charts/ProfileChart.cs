using System.Text;
using Myokinetics.Reporting.Fitting;

namespace Myokinetics.Reporting.Charts;

/// <summary>A profile likelihood: the rise of −2·log L against the parameter (log axis for log-scale
/// parameters), the threshold as a dashed line and the estimate as a marker.</summary>
internal static class ProfileChart
{
    public static string Draw(FitReportProfile profile)
    {
        var xs = profile.Values.Where(v => double.IsFinite(v) && (!profile.LogScale || v > 0)).Select(v => profile.LogScale ? Math.Log10(v) : v).DefaultIfEmpty(0).ToList();
        var frame = new PlotFrame(NiceScale.For(xs.Min(), xs.Max()), PlotFrame.ScaleOf(profile.Rises.Append(profile.Threshold * 1.2), includeZero: true), profile.LogScale);
        var svg = new StringBuilder();
        frame.Open(svg, $"profile likelihood of {profile.Id}", profile.LogScale ? $"{profile.Id} (log scale)" : profile.Id, "rise of −2 log L");
        frame.HorizontalLine(svg, profile.Threshold, "threshold");
        frame.Line(svg, profile.Values, profile.Rises, "line");
        for (var i = 0; i < profile.Values.Length; i++)
        {
            if (double.IsFinite(profile.Rises[i]) && (!profile.LogScale || profile.Values[i] > 0))
            {
                svg.Append($"<circle class=\"datum\" cx=\"{PlotFrame.C(frame.Px(profile.Values[i]))}\" cy=\"{PlotFrame.C(frame.Py(profile.Rises[i]))}\" r=\"2.5\"/>");
            }
        }

        var estimate = PlotFrame.C(frame.Px(profile.Estimate));
        svg.Append($"\n<line class=\"estimate\" x1=\"{estimate}\" y1=\"{PlotFrame.C(frame.Py(frame.Y.Max))}\" x2=\"{estimate}\" y2=\"{PlotFrame.C(frame.Py(frame.Y.Min))}\"/>\n");
        svg.Append("</svg>");
        return svg.ToString();
    }
}
