using System.Text;

namespace Myokinetics.Reporting.Charts;

/// <summary>
/// Draws a tornado chart as inline SVG: one horizontal bar per parameter from zero, sorted by magnitude
/// (largest on top), positive bars blue and negative orange, interval whiskers and an inner bar for a
/// second measure when given, the value written at the end of each bar. Output depends only on the input.
/// </summary>
internal static class TornadoChart
{
    public const int Width = 560;
    private const double Left = 150;
    private const double Right = 60;
    private const double Top = 10;
    private const double Bottom = 40;
    private const double Row = 24;

    public static string Draw(Sensitivity.TornadoPanel panel)
    {
        var bars = Sorted(panel.Bars);
        var extremes = bars.SelectMany(b => new[] { b.Value, b.Low ?? 0, b.High ?? 0, b.Secondary ?? 0 }).Where(double.IsFinite).Append(0).ToList();
        var scale = NiceScale.For(extremes.Min(), extremes.Max());
        var plotWidth = Width - Left - Right;
        var plotHeight = Math.Max(1, bars.Count) * Row;
        var height = Top + plotHeight + Bottom;
        double X(double value) => Left + ((value - scale.Min) / (scale.Max - scale.Min) * plotWidth);
        string C(double v) => SvgNumber.Coordinate(v);

        var svg = new StringBuilder();
        svg.Append($"<svg viewBox=\"0 0 {Width} {C(height)}\" width=\"{Width}\" height=\"{C(height)}\" role=\"img\" aria-label=\"{Html.Escape(panel.ValueLabel)} of {Html.Escape(panel.Title)} by parameter\">\n");
        svg.Append($"<rect class=\"plot\" x=\"{C(Left)}\" y=\"{C(Top)}\" width=\"{C(plotWidth)}\" height=\"{C(plotHeight)}\"/>\n");
        foreach (var tick in scale.Ticks())
        {
            var x = C(X(tick));
            svg.Append($"<line class=\"grid\" x1=\"{x}\" y1=\"{C(Top)}\" x2=\"{x}\" y2=\"{C(Top + plotHeight)}\"/>");
            svg.Append($"<text class=\"tick\" x=\"{x}\" y=\"{C(Top + plotHeight + 16)}\" text-anchor=\"middle\">{SvgNumber.Tick(tick, scale.Step)}</text>\n");
        }

        var zero = X(0);
        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            var y = Top + (i * Row);
            var middle = y + (Row / 2);
            svg.Append($"<text class=\"tick\" x=\"{C(Left - 6)}\" y=\"{C(middle)}\" text-anchor=\"end\" dominant-baseline=\"middle\">{Html.Escape(bar.Label)}</text>");
            if (!double.IsFinite(bar.Value))
            {
                svg.Append($"<text class=\"tick\" x=\"{C(zero + 4)}\" y=\"{C(middle)}\" dominant-baseline=\"middle\">undefined</text>\n");
                continue;
            }

            var end = X(bar.Value);
            var (from, to) = (Math.Min(zero, end), Math.Max(zero, end));
            var kind = bar.Value >= 0 ? "positive" : "negative";
            svg.Append($"<rect class=\"bar {kind}\" x=\"{C(from)}\" y=\"{C(y + 4)}\" width=\"{C(Math.Max(to - from, 0.5))}\" height=\"{C(Row - 8)}\"><title>{Html.Escape(bar.Label)}: {SvgNumber.Value(bar.Value)}</title></rect>");
            if (bar.Secondary is { } secondary && double.IsFinite(secondary))
            {
                var inner = X(secondary);
                svg.Append($"<rect class=\"inner\" x=\"{C(Math.Min(zero, inner))}\" y=\"{C(y + 9)}\" width=\"{C(Math.Max(Math.Abs(inner - zero), 0.5))}\" height=\"{C(Row - 18)}\"><title>{Html.Escape(bar.Label)}: {SvgNumber.Value(secondary)}</title></rect>");
            }

            if (bar.Low is { } low && bar.High is { } high && double.IsFinite(low) && double.IsFinite(high))
            {
                var (l, h) = (C(X(low)), C(X(high)));
                svg.Append($"<path class=\"whisker\" d=\"M{l} {C(middle)}H{h}M{l} {C(middle - 4)}V{C(middle + 4)}M{h} {C(middle - 4)}V{C(middle + 4)}\"/>");
            }

            var labelAt = Math.Max(to, bar.High is { } top && double.IsFinite(top) ? X(top) : to) + 4;
            svg.Append($"<text class=\"tick\" x=\"{C(labelAt)}\" y=\"{C(middle)}\" dominant-baseline=\"middle\">{SvgNumber.Value(bar.Value)}</text>\n");
        }

        svg.Append($"<line class=\"zero\" x1=\"{C(zero)}\" y1=\"{C(Top)}\" x2=\"{C(zero)}\" y2=\"{C(Top + plotHeight)}\"/>\n");
        svg.Append($"<text class=\"axis\" x=\"{C(Left + (plotWidth / 2))}\" y=\"{C(height - 4)}\" text-anchor=\"middle\">{Html.Escape(panel.ValueLabel)}</text>\n");
        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>The bars by decreasing |value|, undefined values last, ties in the given order.</summary>
    public static List<Sensitivity.TornadoBar> Sorted(IEnumerable<Sensitivity.TornadoBar> bars) =>
        [.. bars.Select((bar, index) => (bar, index))
            .OrderBy(b => double.IsFinite(b.bar.Value) ? 0 : 1)
            .ThenByDescending(b => double.IsFinite(b.bar.Value) ? Math.Abs(b.bar.Value) : 0)
            .ThenBy(b => b.index)
            .Select(b => b.bar)];
}
