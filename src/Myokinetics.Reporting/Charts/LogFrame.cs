using System.Globalization;
using System.Text;

namespace Myokinetics.Reporting.Charts;

/// <summary>The frame of a chart with a log10 x axis and a log10 or linear y axis: decade ticks labelled
/// with plain numbers (1, 10, 100 …; 1e5 beyond), light minor grid lines at 2…9 × 10ᵏ, the plot area,
/// a title and description for assistive technology. Coordinates map data to SVG pixels; values
/// outside the axes are drawn at the edge.</summary>
internal sealed class LogFrame
{
    public const int Width = PlotFrame.Width;
    private const double Left = PlotFrame.Left;
    private const double Top = PlotFrame.Top;
    private const double Right = 24;
    private const double Bottom = 40;

    private LogFrame(int xLow, int xHigh, NiceScale y, bool logY, int height)
    {
        XLow = xLow;
        XHigh = xHigh;
        Y = y;
        LogY = logY;
        Height = height;
    }

    /// <summary>The lowest decade of the x axis (10^XLow).</summary>
    public int XLow { get; }

    /// <summary>The highest decade of the x axis.</summary>
    public int XHigh { get; }

    /// <summary>The y axis: decades (step 1) when <see cref="LogY"/>, values otherwise.</summary>
    public NiceScale Y { get; }

    public bool LogY { get; }

    public int Height { get; }

    public static double PlotWidth => Width - Left - Right;

    public double PlotHeight => Height - Top - Bottom;

    public double PlotBottom => Top + PlotHeight;

    public static double PlotLeft => Left;

    public static double PlotRight => Left + PlotWidth;

    public static double PlotTop => Top;

    /// <summary>Both axes logarithmic, over the decades that hold the positive values given.</summary>
    public static LogFrame LogLog(IEnumerable<double> xs, IEnumerable<double> ys, int height)
    {
        var (xLow, xHigh) = Decades(xs);
        var (yLow, yHigh) = Decades(ys);
        return new LogFrame(xLow, xHigh, new NiceScale(yLow, yHigh, 1), logY: true, height);
    }

    /// <summary>A logarithmic x axis over the decades holding <paramref name="xs"/> and a linear y axis.</summary>
    public static LogFrame LogLinear(IEnumerable<double> xs, NiceScale y, int height)
    {
        var (xLow, xHigh) = Decades(xs);
        return new LogFrame(xLow, xHigh, y, logY: false, height);
    }

    /// <summary>The whole decades around the positive finite values (0 to 1 when there are none; at least one decade).</summary>
    public static (int Low, int High) Decades(IEnumerable<double> values)
    {
        var positive = values.Where(v => double.IsFinite(v) && v > 0).ToList();
        if (positive.Count == 0)
        {
            return (0, 1);
        }

        var low = (int)Math.Floor(Math.Log10(positive.Min()) + 1e-9);
        var high = (int)Math.Ceiling(Math.Log10(positive.Max()) - 1e-9);
        return (low, Math.Max(high, low + 1));
    }

    /// <summary>The pixel x of a positive value, at the edge when outside the axis.</summary>
    public double Px(double x) => Left + ((Math.Clamp(Math.Log10(x), XLow, XHigh) - XLow) / (XHigh - XLow) * PlotWidth);

    /// <summary>The pixel y of a value (positive on a log axis), at the edge when outside the axis.</summary>
    public double Py(double y)
    {
        var v = LogY ? (y > 0 ? Math.Log10(y) : Y.Min) : y;
        return Top + PlotHeight - ((Math.Clamp(v, Y.Min, Y.Max) - Y.Min) / (Y.Max - Y.Min) * PlotHeight);
    }

    /// <summary>Whether <paramref name="x"/> lies on the x axis (not clamped to an edge).</summary>
    public bool InsideX(double x) => x > 0 && Math.Log10(x) >= XLow - 1e-9 && Math.Log10(x) <= XHigh + 1e-9;

    /// <summary>Whether <paramref name="y"/> lies on the y axis (not clamped to an edge).</summary>
    public bool InsideY(double y)
    {
        if (LogY && !(y > 0))
        {
            return false;
        }

        var v = LogY ? Math.Log10(y) : y;
        return v >= Y.Min - 1e-9 && v <= Y.Max + 1e-9;
    }

    /// <summary>Opens the SVG with its title and description and draws the plot area, grid, ticks and axis labels.</summary>
    public void Open(StringBuilder svg, string title, string description, string xLabel, string yLabel)
    {
        svg.Append(CultureInfo.InvariantCulture, $"<svg viewBox=\"0 0 {Width} {Height}\" width=\"{Width}\" height=\"{Height}\" role=\"img\">\n");
        svg.Append($"<title>{Html.Escape(title)}</title>\n<desc>{Html.Escape(description)}</desc>\n");
        svg.Append($"<rect class=\"plot\" x=\"{C(Left)}\" y=\"{C(Top)}\" width=\"{C(PlotWidth)}\" height=\"{C(PlotHeight)}\"/>\n");
        var minor = XHigh - XLow <= 6;
        for (var k = XLow; k <= XHigh; k++)
        {
            var x = C(Px(Math.Pow(10, k)));
            svg.Append($"<line class=\"grid\" x1=\"{x}\" y1=\"{C(Top)}\" x2=\"{x}\" y2=\"{C(PlotBottom)}\"/>");
            svg.Append($"<line class=\"tickmark\" x1=\"{x}\" y1=\"{C(PlotBottom)}\" x2=\"{x}\" y2=\"{C(PlotBottom + 4)}\"/>");
            svg.Append($"<text class=\"tick\" x=\"{x}\" y=\"{C(PlotBottom + 16)}\" text-anchor=\"middle\">{DecadeLabel(k)}</text>\n");
            for (var m = 2; minor && k < XHigh && m <= 9; m++)
            {
                var xm = C(Px(m * Math.Pow(10, k)));
                svg.Append($"<line class=\"minor\" x1=\"{xm}\" y1=\"{C(Top)}\" x2=\"{xm}\" y2=\"{C(PlotBottom)}\"/>");
            }

            svg.Append('\n');
        }

        if (LogY)
        {
            var minorY = Y.Max - Y.Min <= 6;
            for (var k = (int)Y.Min; k <= (int)Y.Max; k++)
            {
                var y = C(Py(Math.Pow(10, k)));
                svg.Append($"<line class=\"grid\" x1=\"{C(Left)}\" y1=\"{y}\" x2=\"{C(Left + PlotWidth)}\" y2=\"{y}\"/>");
                svg.Append($"<text class=\"tick\" x=\"{C(Left - 6)}\" y=\"{y}\" text-anchor=\"end\" dominant-baseline=\"middle\">{DecadeLabel(k)}</text>\n");
                for (var m = 2; minorY && k < (int)Y.Max && m <= 9; m++)
                {
                    var ym = C(Py(m * Math.Pow(10, k)));
                    svg.Append($"<line class=\"minor\" x1=\"{C(Left)}\" y1=\"{ym}\" x2=\"{C(Left + PlotWidth)}\" y2=\"{ym}\"/>");
                }

                svg.Append('\n');
            }
        }
        else
        {
            foreach (var tick in Y.Ticks())
            {
                var y = C(Py(tick));
                svg.Append($"<line class=\"grid\" x1=\"{C(Left)}\" y1=\"{y}\" x2=\"{C(Left + PlotWidth)}\" y2=\"{y}\"/>");
                svg.Append($"<text class=\"tick\" x=\"{C(Left - 6)}\" y=\"{y}\" text-anchor=\"end\" dominant-baseline=\"middle\">{SvgNumber.Tick(tick, Y.Step)}</text>\n");
            }
        }

        svg.Append($"<text class=\"axis\" x=\"{C(Left + (PlotWidth / 2))}\" y=\"{C(Height - 4)}\" text-anchor=\"middle\">{Html.Escape(xLabel)}</text>\n");
        svg.Append($"<text class=\"axis\" transform=\"translate(14 {C(Top + (PlotHeight / 2))}) rotate(-90)\" text-anchor=\"middle\">{Html.Escape(yLabel)}</text>\n");
    }

    /// <summary>Polylines through the points that lie on both axes (non-positive values on a log axis break the line).</summary>
    public void Line(StringBuilder svg, IReadOnlyList<double> xs, IReadOnlyList<double> ys, string cssClass)
    {
        var points = new List<string>();
        void Flush()
        {
            if (points.Count > 1)
            {
                svg.Append($"<polyline class=\"{cssClass}\" points=\"{string.Join(' ', points)}\"/>\n");
            }

            points.Clear();
        }

        for (var i = 0; i < xs.Count; i++)
        {
            var drawable = double.IsFinite(xs[i]) && double.IsFinite(ys[i]) && InsideX(xs[i]) && InsideY(ys[i]);
            if (drawable)
            {
                points.Add($"{C(Px(xs[i]))},{C(Py(ys[i]))}");
            }
            else
            {
                Flush();
            }
        }

        Flush();
    }

    /// <summary>A decade's label: plain from 0.001 to 10000, 1eK beyond.</summary>
    public static string DecadeLabel(int k) => k switch
    {
        >= 0 and <= 4 => Math.Pow(10, k).ToString("0", CultureInfo.InvariantCulture),
        >= -3 and < 0 => Math.Pow(10, k).ToString("0.###", CultureInfo.InvariantCulture),
        _ => "1e" + k.ToString(CultureInfo.InvariantCulture),
    };

    public static string C(double v) => SvgNumber.Coordinate(v);
}
