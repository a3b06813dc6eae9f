using System.Text;

namespace Myokinetics.Reporting.Charts;

/// <summary>
/// Draws one series as an inline SVG line chart: axes with round ticks, the sessions as shaded bands
/// and the doses as dashed markers behind the line. Output depends only on the inputs.
/// </summary>
internal static class SvgChart
{
    public static string Draw(ReportSeries series, TimeAxis axis, IReadOnlyList<TimeBand> bands, IReadOnlyList<TimeMarker> markers)
    {
        var finite = series.Values.Where(double.IsFinite).ToList();
        var frame = new PlotFrame(axis.Scale, finite.Count == 0 ? NiceScale.For(0, 1) : NiceScale.For(finite.Min(), finite.Max()), clampY: false);
        double X(double hours) => frame.Px(hours / axis.HoursPerUnit);
        string C(double v) => SvgNumber.Coordinate(v);

        var svg = new StringBuilder();
        frame.Begin(svg, $"{series.Name} ({series.UnitLabel}) over time");
        var axisStart = axis.Scale.Min * axis.HoursPerUnit;
        var axisEnd = axis.Scale.Max * axis.HoursPerUnit;
        foreach (var band in bands)
        {
            var start = Math.Max(band.Start, axisStart);
            var end = Math.Min(band.End, axisEnd);
            if (end > start)
            {
                svg.Append($"<rect class=\"band\" x=\"{C(X(start))}\" y=\"{C(PlotFrame.Top)}\" width=\"{C(Math.Max(X(end) - X(start), 0.6))}\" height=\"{C(frame.PlotHeight)}\"><title>{Html.Escape(band.Label)}</title></rect>\n");
            }
        }

        foreach (var marker in markers.Where(m => m.Time >= axisStart && m.Time <= axisEnd))
        {
            var x = C(X(marker.Time));
            svg.Append($"<g class=\"dose\"><title>{Html.Escape(marker.Label)}</title><line x1=\"{x}\" y1=\"{C(PlotFrame.Top)}\" x2=\"{x}\" y2=\"{C(frame.PlotBottom)}\"/><path d=\"M{x} {C(PlotFrame.Top)} l-4 -0 l4 7 l4 -7 z\"/></g>\n");
        }

        frame.Axes(svg, axis.Label, series.UnitLabel);
        svg.Append(Line(series, X, frame.Py));
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
        var thin = series.Times.Length > 2 * PlotFrame.PlotWidth;
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
