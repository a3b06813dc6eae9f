using System.Text;

namespace Myokinetics.Reporting.Charts;

/// <summary>The frame of an x–y chart: plot area, round ticks on both axes, grid lines and axis labels
/// (shared by the time-course, sensitivity-over-time, fit, residual and profile charts). Coordinates map
/// data to SVG pixels.</summary>
internal sealed class PlotFrame
{
    public const int Width = 560;
    public const int DefaultHeight = 230;
    public const double Left = 62;
    public const double Top = 12;
    private const double Right = 14;
    private const double Bottom = 40;

    /// <summary>A frame for the scales <paramref name="x"/> and <paramref name="y"/>.</summary>
    /// <param name="x">The x axis (log10 of the values when <paramref name="logX"/>).</param>
    /// <param name="y">The y axis.</param>
    /// <param name="logX">Whether the x scale holds log10 of the values.</param>
    /// <param name="height">The chart's height in pixels (axes and labels included).</param>
    /// <param name="clampY">Draw values outside the y scale at its edge (otherwise where they fall, for
    /// scales that cover every value already).</param>
    public PlotFrame(NiceScale x, NiceScale y, bool logX = false, int height = DefaultHeight, bool clampY = true)
    {
        X = x;
        Y = y;
        LogX = logX;
        Height = height;
        ClampY = clampY;
    }

    public NiceScale X { get; }

    public NiceScale Y { get; }

    /// <summary>Whether the x scale holds log10 of the values.</summary>
    public bool LogX { get; }

    public int Height { get; }

    /// <summary>Whether values outside the y scale are drawn at its edge.</summary>
    public bool ClampY { get; }

    public static double PlotWidth => Width - Left - Right;

    public double PlotHeight => Height - Top - Bottom;

    /// <summary>The y of the plot area's lower edge (the x axis).</summary>
    public double PlotBottom => Top + PlotHeight;

    public double Px(double x)
    {
        var v = LogX ? Math.Log10(x) : x;
        return Left + ((v - X.Min) / (X.Max - X.Min) * PlotWidth);
    }

    public double Py(double y) => Top + PlotHeight - (((ClampY ? Math.Clamp(y, Y.Min, Y.Max) : y) - Y.Min) / (Y.Max - Y.Min) * PlotHeight);

    public static string C(double v) => SvgNumber.Coordinate(v);

    /// <summary>Opens the SVG element and draws the frame, ticks and labels.</summary>
    public void Open(StringBuilder svg, string ariaLabel, string xLabel, string yLabel)
    {
        Begin(svg, ariaLabel);
        Axes(svg, xLabel, yLabel);
    }

    /// <summary>Opens the SVG element and draws the empty plot area (for charts that draw behind the grid).</summary>
    public void Begin(StringBuilder svg, string ariaLabel)
    {
        svg.Append($"<svg viewBox=\"0 0 {Width} {Height}\" width=\"{Width}\" height=\"{Height}\" role=\"img\" aria-label=\"{Html.Escape(ariaLabel)}\">\n");
        svg.Append($"<rect class=\"plot\" x=\"{C(Left)}\" y=\"{C(Top)}\" width=\"{C(PlotWidth)}\" height=\"{C(PlotHeight)}\"/>\n");
    }

    /// <summary>Draws the grid lines with the y ticks, the x ticks and the axis labels.</summary>
    /// <param name="svg">The chart.</param>
    /// <param name="xLabel">Under the x axis.</param>
    /// <param name="yLabel">Along the y axis.</param>
    /// <param name="zeroLine">Draw the grid line at y = 0 as the zero line (class <c>zero</c>).</param>
    public void Axes(StringBuilder svg, string xLabel, string yLabel, bool zeroLine = false)
    {
        foreach (var tick in Y.Ticks())
        {
            var y = C(Py(tick));
            svg.Append($"<line class=\"{(zeroLine && tick == 0 ? "zero" : "grid")}\" x1=\"{C(Left)}\" y1=\"{y}\" x2=\"{C(Left + PlotWidth)}\" y2=\"{y}\"/>");
            svg.Append($"<text class=\"tick\" x=\"{C(Left - 6)}\" y=\"{y}\" text-anchor=\"end\" dominant-baseline=\"middle\">{SvgNumber.Tick(tick, Y.Step)}</text>\n");
        }

        foreach (var tick in X.Ticks())
        {
            var x = C(Left + ((tick - X.Min) / (X.Max - X.Min) * PlotWidth));
            var label = LogX ? SvgNumber.Value(Math.Pow(10, tick)) : SvgNumber.Tick(tick, X.Step);
            svg.Append($"<line class=\"tickmark\" x1=\"{x}\" y1=\"{C(PlotBottom)}\" x2=\"{x}\" y2=\"{C(PlotBottom + 4)}\"/>");
            svg.Append($"<text class=\"tick\" x=\"{x}\" y=\"{C(PlotBottom + 16)}\" text-anchor=\"middle\">{label}</text>\n");
        }

        svg.Append($"<text class=\"axis\" x=\"{C(Left + (PlotWidth / 2))}\" y=\"{C(Height - 4)}\" text-anchor=\"middle\">{Html.Escape(xLabel)}</text>\n");
        svg.Append($"<text class=\"axis\" transform=\"translate(14 {C(Top + (PlotHeight / 2))}) rotate(-90)\" text-anchor=\"middle\">{Html.Escape(yLabel)}</text>\n");
    }

    /// <summary>A horizontal line across the plot at <paramref name="y"/>.</summary>
    public void HorizontalLine(StringBuilder svg, double y, string cssClass) =>
        svg.Append($"<line class=\"{cssClass}\" x1=\"{C(Left)}\" y1=\"{C(Py(y))}\" x2=\"{C(Left + PlotWidth)}\" y2=\"{C(Py(y))}\"/>\n");

    /// <summary>A polyline through the finite points.</summary>
    public void Line(StringBuilder svg, IReadOnlyList<double> xs, IReadOnlyList<double> ys, string cssClass)
    {
        var points = new List<string>();
        for (var i = 0; i < xs.Count; i++)
        {
            if (double.IsFinite(xs[i]) && double.IsFinite(ys[i]) && (!LogX || xs[i] > 0))
            {
                points.Add($"{C(Px(xs[i]))},{C(Py(ys[i]))}");
            }
        }

        if (points.Count > 0)
        {
            svg.Append($"<polyline class=\"{cssClass}\" points=\"{string.Join(' ', points)}\"/>\n");
        }
    }

    /// <summary>The y range of the given values, with 5 % headroom, on a round scale.</summary>
    public static NiceScale ScaleOf(IEnumerable<double> values, bool includeZero)
    {
        var finite = values.Where(double.IsFinite).ToList();
        if (finite.Count == 0)
        {
            return NiceScale.For(0, 1);
        }

        var low = includeZero ? Math.Min(0, finite.Min()) : finite.Min();
        var high = includeZero ? Math.Max(0, finite.Max()) : finite.Max();
        var pad = 0.05 * (high - low);
        return NiceScale.For(low - (includeZero && low == 0 ? 0 : pad), high + pad);
    }
}
