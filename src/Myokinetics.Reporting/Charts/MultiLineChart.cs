using System.Text;

namespace Myokinetics.Reporting.Charts;

/// <summary>
/// Draws several series over one time axis as inline SVG (one colour per series, see <see cref="Palette"/>),
/// with round ticks, a zero line when the range crosses zero, and lines broken where a value is not
/// finite. The legend is left to the page. Output depends only on the input.
/// </summary>
internal static class MultiLineChart
{
    public const int Width = 560;
    public const int Height = 250;
    private const double Left = 62;
    private const double Right = 14;
    private const double Top = 12;
    private const double Bottom = 40;

    public static string Draw(Sensitivity.LinePanel panel)
    {
        var times = panel.Times.Where(double.IsFinite).ToList();
        var axis = times.Count == 0 ? TimeAxis.For(0, 1) : TimeAxis.For(times.Min(), Math.Max(times.Max(), times.Min() + 1e-9));
        var finite = panel.Series.SelectMany(s => s.Values).Where(double.IsFinite).ToList();
        var scale = finite.Count == 0 ? NiceScale.For(0, 1) : NiceScale.For(Math.Min(0, finite.Min()), Math.Max(0, finite.Max()));
        var plotWidth = Width - Left - Right;
        var plotHeight = Height - Top - Bottom;
        double X(double hours) => Left + (((hours / axis.HoursPerUnit) - axis.Scale.Min) / (axis.Scale.Max - axis.Scale.Min) * plotWidth);
        double Y(double value) => Top + plotHeight - ((value - scale.Min) / (scale.Max - scale.Min) * plotHeight);
        string C(double v) => SvgNumber.Coordinate(v);

        var svg = new StringBuilder();
        svg.Append($"<svg viewBox=\"0 0 {Width} {Height}\" width=\"{Width}\" height=\"{Height}\" role=\"img\" aria-label=\"{Html.Escape(panel.ValueLabel)} of {Html.Escape(panel.Title)} over time\">\n");
        svg.Append($"<rect class=\"plot\" x=\"{C(Left)}\" y=\"{C(Top)}\" width=\"{C(plotWidth)}\" height=\"{C(plotHeight)}\"/>\n");
        foreach (var tick in scale.Ticks())
        {
            var y = C(Y(tick));
            svg.Append($"<line class=\"{(tick == 0 ? "zero" : "grid")}\" x1=\"{C(Left)}\" y1=\"{y}\" x2=\"{C(Left + plotWidth)}\" y2=\"{y}\"/>");
            svg.Append($"<text class=\"tick\" x=\"{C(Left - 6)}\" y=\"{y}\" text-anchor=\"end\" dominant-baseline=\"middle\">{SvgNumber.Tick(tick, scale.Step)}</text>\n");
        }

        foreach (var tick in axis.Scale.Ticks())
        {
            var x = C(X(tick * axis.HoursPerUnit));
            svg.Append($"<line class=\"tickmark\" x1=\"{x}\" y1=\"{C(Top + plotHeight)}\" x2=\"{x}\" y2=\"{C(Top + plotHeight + 4)}\"/>");
            svg.Append($"<text class=\"tick\" x=\"{x}\" y=\"{C(Top + plotHeight + 16)}\" text-anchor=\"middle\">{SvgNumber.Tick(tick, axis.Scale.Step)}</text>\n");
        }

        svg.Append($"<text class=\"axis\" x=\"{C(Left + (plotWidth / 2))}\" y=\"{C(Height - 4)}\" text-anchor=\"middle\">{Html.Escape(axis.Label)}</text>\n");
        svg.Append($"<text class=\"axis\" transform=\"translate(14 {C(Top + (plotHeight / 2))}) rotate(-90)\" text-anchor=\"middle\">{Html.Escape(panel.ValueLabel)}</text>\n");
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
                    run.Add($"{C(X(panel.Times[i]))},{C(Y(v))}");
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
