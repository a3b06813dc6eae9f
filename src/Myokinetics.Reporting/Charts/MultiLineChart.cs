using System.Text;

namespace Myokinetics.Reporting.Charts;

/// <summary>
/// Draws several series over one time axis as inline SVG (one colour per series, see <see cref="Palette"/>),
/// with round ticks, a zero line when the range crosses zero, and lines broken where a value is not
/// finite. The legend is left to the page. Output depends only on the input.
/// </summary>
internal static class MultiLineChart
{
    public const int Height = 250;

    public static string Draw(Sensitivity.LinePanel panel)
    {
        var times = panel.Times.Where(double.IsFinite).ToList();
        var axis = times.Count == 0 ? TimeAxis.For(0, 1) : TimeAxis.For(times.Min(), Math.Max(times.Max(), times.Min() + 1e-9));
        var finite = panel.Series.SelectMany(s => s.Values).Where(double.IsFinite).ToList();
        var scale = finite.Count == 0 ? NiceScale.For(0, 1) : NiceScale.For(Math.Min(0, finite.Min()), Math.Max(0, finite.Max()));
        var frame = new PlotFrame(axis.Scale, scale, height: Height, clampY: false);
        double X(double hours) => frame.Px(hours / axis.HoursPerUnit);
        string C(double v) => SvgNumber.Coordinate(v);

        var svg = new StringBuilder();
        frame.Begin(svg, $"{panel.ValueLabel} of {panel.Title} over time");
        frame.Axes(svg, axis.Label, panel.ValueLabel, zeroLine: true);
        for (var s = 0; s < panel.Series.Length; s++)
        {
            var series = panel.Series[s];
            var dash = Palette.Dash(s) is { } d ? $" stroke-dasharray=\"{d}\"" : string.Empty;
            var run = new List<string>();
            void Flush()
            {
                if (run.Count > 0)
                {
                    svg.Append($"<polyline class=\"series\" stroke=\"{Palette.Colour(s)}\"{dash} points=\"{string.Join(' ', run)}\"><title>{Html.Escape(series.Label)}</title></polyline>\n");
                    run.Clear();
                }
            }

            for (var i = 0; i < Math.Min(series.Values.Length, panel.Times.Length); i++)
            {
                var v = series.Values[i];
                if (double.IsFinite(v) && double.IsFinite(panel.Times[i]))
                {
                    run.Add($"{C(X(panel.Times[i]))},{C(frame.Py(v))}");
                }
                else
                {
                    Flush();
                }
            }

            Flush();
        }

        svg.Append("</svg>");
        return svg.ToString();
    }
}
