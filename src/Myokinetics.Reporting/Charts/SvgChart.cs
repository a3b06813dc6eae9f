using System.Text;

namespace Myokinetics.Reporting.Charts;

/// <summary>
/// Draws one series as an inline SVG line chart: axes with round ticks, the sessions as shaded bands
/// and the doses as dashed markers behind the line. Output depends only on the inputs.
/// </summary>
internal static class SvgChart
{
    public const int Width = 560;
    public const int Height = 230;
    private const double Left = 62;
    private const double Right = 14;
    private const double Top = 12;
    private const double Bottom = 40;

    public static string Draw(ReportSeries series, TimeAxis axis, IReadOnlyList<TimeBand> bands, IReadOnlyList<TimeMarker> markers)
    {
        var finite = series.Values.Where(double.IsFinite).ToList();
        var scale = finite.Count == 0 ? NiceScale.For(0, 1) : NiceScale.For(finite.Min(), finite.Max());
        var plotWidth = Width - Left - Right;
        var plotHeight = Height - Top - Bottom;
        double X(double hours) => Left + (((hours / axis.HoursPerUnit) - axis.Scale.Min) / (axis.Scale.Max - axis.Scale.Min) * plotWidth);
        double Y(double value) => Top + plotHeight - ((value - scale.Min) / (scale.Max - scale.Min) * plotHeight);
        string C(double v) => SvgNumber.Coordinate(v);

        var svg = new StringBuilder();
        svg.Append($"<svg viewBox=\"0 0 {Width} {Height}\" width=\"{Width}\" height=\"{Height}\" role=\"img\" aria-label=\"{Html.Escape(series.Name)} ({Html.Escape(series.UnitLabel)}) over time\">\n");
        svg.Append($"<rect class=\"plot\" x=\"{C(Left)}\" y=\"{C(Top)}\" width=\"{C(plotWidth)}\" height=\"{C(plotHeight)}\"/>\n");

        var axisStart = axis.Scale.Min * axis.HoursPerUnit;
        var axisEnd = axis.Scale.Max * axis.HoursPerUnit;
        foreach (var band in bands)
        {
            var start = Math.Max(band.Start, axisStart);
            var end = Math.Min(band.End, axisEnd);
            if (end > start)
            {
                svg.Append($"<rect class=\"band\" x=\"{C(X(start))}\" y=\"{C(Top)}\" width=\"{C(Math.Max(X(end) - X(start), 0.6))}\" height=\"{C(plotHeight)}\"><title>{Html.Escape(band.Label)}</title></rect>\n");
            }
        }

        foreach (var marker in markers.Where(m => m.Time >= axisStart && m.Time <= axisEnd))
        {
            var x = C(X(marker.Time));
            svg.Append($"<g class=\"dose\"><title>{Html.Escape(marker.Label)}</title><line x1=\"{x}\" y1=\"{C(Top)}\" x2=\"{x}\" y2=\"{C(Top + plotHeight)}\"/><path d=\"M{x} {C(Top)} l-4 -0 l4 7 l4 -7 z\"/></g>\n");
        }

        foreach (var tick in scale.Ticks())
        {
            var y = C(Y(tick));
            svg.Append($"<line class=\"grid\" x1=\"{C(Left)}\" y1=\"{y}\" x2=\"{C(Left + plotWidth)}\" y2=\"{y}\"/>");
            svg.Append($"<text class=\"tick\" x=\"{C(Left - 6)}\" y=\"{y}\" text-anchor=\"end\" dominant-baseline=\"middle\">{SvgNumber.Tick(tick, scale.Step)}</text>\n");
        }

        foreach (var tick in axis.Scale.Ticks())
        {
            var x = C(X(tick * axis.HoursPerUnit));
            svg.Append($"<line class=\"tickmark\" x1=\"{x}\" y1=\"{C(Top + plotHeight)}\" x2=\"{x}\" y2=\"{C(Top + plotHeight + 4)}\"/>");
            svg.Append($"<text class=\"tick\" x=\"{x}\" y=\"{C(Top + plotHeight + 16)}\" text-anchor=\"middle\">{SvgNumber.Tick(tick, axis.Scale.Step)}</text>\n");
        }

        svg.Append($"<text class=\"axis\" x=\"{C(Left + (plotWidth / 2))}\" y=\"{C(Height - 4)}\" text-anchor=\"middle\">{Html.Escape(axis.Label)}</text>\n");
        svg.Append($"<text class=\"axis\" transform=\"translate(14 {C(Top + (plotHeight / 2))}) rotate(-90)\" text-anchor=\"middle\">{Html.Escape(series.UnitLabel)}</text>\n");
        svg.Append(Line(series, X, Y));
        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>The series as polylines, broken where a value is not finite. A series with more points
    /// than two per pixel keeps, in each pixel column, its first, lowest, highest and last point, so
    /// that peaks survive and the file stays small.</summary>
    private static string Line(ReportSeries series, Func<double, double> x, Func<double, double> y)
    {
        var result = new StringBuilder();
        var run = new List<(double X, double Y)>();
        var thin = series.Times.Length > 2 * (Width - Left - Right);
        void Flush()
        {
            if (run.Count > 0)
            {
                var points = thin ? Thin(run) : run;
                result.Append($"<polyline class=\"line\" points=\"{string.Join(' ', points.Select(p => $"{SvgNumber.Coordinate(p.X)},{SvgNumber.Coordinate(p.Y)}"))}\"/>\n");
                run.Clear();
            }
        }

        for (var i = 0; i < series.Times.Length; i++)
        {
            var v = series.Values[i];
            if (double.IsFinite(v))
            {
                run.Add((x(series.Times[i]), y(v)));
            }
            else
            {
                Flush();
            }
        }

        Flush();
        return result.ToString();
    }

    private static List<(double X, double Y)> Thin(List<(double X, double Y)> points)
    {
        var kept = new List<(double X, double Y)>();
        var start = 0;
        while (start < points.Count)
        {
            var column = Math.Floor(points[start].X);
            var end = start;
            while (end + 1 < points.Count && Math.Floor(points[end + 1].X) == column)
            {
                end++;
            }

            var low = start;
            var high = start;
            for (var i = start; i <= end; i++)
            {
                // SVG's y grows downwards: the highest value has the smallest y.
                low = points[i].Y > points[low].Y ? i : low;
                high = points[i].Y < points[high].Y ? i : high;
            }

            foreach (var i in new[] { start, Math.Min(low, high), Math.Max(low, high), end }.Distinct())
            {
                kept.Add(points[i]);
            }

            start = end + 1;
        }

        return kept;
    }
}
