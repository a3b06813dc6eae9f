using System.Globalization;
using System.Text;
using Myokinetics.Reporting.Secretome;

namespace Myokinetics.Reporting.Charts;

/// <summary>A volcano plot: log2 fold change against −log10 p for every tested protein; significant ones
/// coloured by direction (up vermilion, down blue, others grey), classically secreted ones as triangles,
/// the catalogue's myokines ringed and labelled; the FDR threshold as a horizontal p-value line and the
/// fold-change guides as vertical lines. p = 0 is drawn at the top edge.</summary>
internal static class VolcanoChart
{
    public const int Height = 460;
    private const double LabelHeight = 12;

    public static string Draw(SecretomeReportDocument document)
    {
        var tested = document.Proteins.Where(p => double.IsFinite(p.P) && double.IsFinite(p.Log2FoldChange)).ToList();
        var guide = document.FoldChangeGuide > 0 ? document.FoldChangeGuide : 0;
        var reach = tested.Select(p => Math.Abs(p.Log2FoldChange)).Append(guide * 1.25).Append(1).Max();
        var heights = tested.Select(p => MinusLog10(p.P)).Where(double.IsFinite).ToList();
        var thresholdY = document.PThreshold is { } pt && pt > 0 ? MinusLog10(pt) : double.NaN;
        var top = heights.Append(double.IsFinite(thresholdY) ? thresholdY : 0).Append(1).Max();
        var frame = new PlotFrame(NiceScale.For(-reach, reach), NiceScale.For(0, top * 1.04), height: Height);
        var significant = tested.Count(p => p.Significant);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg viewBox=\"0 0 {PlotFrame.Width} {Height}\" width=\"{PlotFrame.Width}\" height=\"{Height}\" role=\"img\">\n");
        svg.Append($"<title>Volcano plot: {Html.Escape(document.Treatment)} vs {Html.Escape(document.Reference)}</title>\n");
        svg.Append(CultureInfo.InvariantCulture, $"<desc>log2 fold change ({Html.Escape(document.Treatment)} over {Html.Escape(document.Reference)}) against −log10 p for {tested.Count} tested proteins; ");
        svg.Append(CultureInfo.InvariantCulture, $"{significant} significant at FDR {SvgNumber.Value(document.Fdr)} ({tested.Count(p => p.Significant && p.Log2FoldChange >= 0)} up, {tested.Count(p => p.Significant && p.Log2FoldChange < 0)} down); ");
        var myokines = tested.Where(p => p.Myokine is not null).ToList();
        svg.Append($"catalogue myokines labelled: {(myokines.Count == 0 ? "none" : Html.Escape(string.Join(", ", myokines.Select(p => p.Myokine))))}.</desc>\n");
        svg.Append($"<rect class=\"plot\" x=\"{PlotFrame.C(PlotFrame.Left)}\" y=\"{PlotFrame.C(PlotFrame.Top)}\" width=\"{PlotFrame.C(PlotFrame.PlotWidth)}\" height=\"{PlotFrame.C(frame.PlotHeight)}\"/>\n");
        frame.Axes(svg, $"log2 fold change ({document.Treatment} / {document.Reference})", "−log10 p");
        Guides(svg, frame, guide, thresholdY, document);
        foreach (var p in tested.Where(p => !p.Significant))
        {
            Point(svg, frame, p, "ns");
        }

        foreach (var p in tested.Where(p => p.Significant))
        {
            Point(svg, frame, p, p.Log2FoldChange >= 0 ? "up" : "down");
        }

        Labels(svg, frame, myokines);
        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>−log10 p (+∞ for p = 0).</summary>
    public static double MinusLog10(double p) => p > 0 ? -Math.Log10(p) : double.PositiveInfinity;

    /// <summary>The name shown for a protein: its first gene name, else its first accession.</summary>
    public static string Name(SecretomeReportProtein protein)
    {
        var gene = protein.Gene.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        return gene ?? protein.ProteinIds.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? string.Empty;
    }

    private static void Guides(StringBuilder svg, PlotFrame frame, double guide, double thresholdY, SecretomeReportDocument document)
    {
        var bottom = PlotFrame.C(frame.PlotBottom);
        var upper = PlotFrame.C(PlotFrame.Top);
        if (guide > 0)
        {
            foreach (var x in new[] { -guide, guide })
            {
                var px = PlotFrame.C(frame.Px(x));
                svg.Append($"<line class=\"fc-guide\" x1=\"{px}\" y1=\"{upper}\" x2=\"{px}\" y2=\"{bottom}\"/>\n");
            }

            svg.Append($"<text class=\"guide-label\" x=\"{PlotFrame.C(frame.Px(guide) + 3)}\" y=\"{PlotFrame.C(PlotFrame.Top + 11)}\">{SvgNumber.Value(Math.Pow(2, guide))}-fold</text>\n");
        }

        if (double.IsFinite(thresholdY))
        {
            var y = frame.Py(thresholdY);
            svg.Append($"<line class=\"threshold\" x1=\"{PlotFrame.C(PlotFrame.Left)}\" y1=\"{PlotFrame.C(y)}\" x2=\"{PlotFrame.C(PlotFrame.Left + PlotFrame.PlotWidth)}\" y2=\"{PlotFrame.C(y)}\"/>\n");
            var percent = (document.Fdr * 100).ToString("0.##", CultureInfo.InvariantCulture);
            svg.Append($"<text class=\"guide-label\" x=\"{PlotFrame.C(PlotFrame.Left + 4)}\" y=\"{PlotFrame.C(y - 4)}\">FDR {percent} % (p ≤ {SvgNumber.Value(document.PThreshold!.Value)})</text>\n");
        }
    }

    private static void Point(StringBuilder svg, PlotFrame frame, SecretomeReportProtein p, string cssClass)
    {
        var x = frame.Px(p.Log2FoldChange);
        var y = frame.Py(MinusLog10(p.P));
        var title = $"{Name(p)} ({p.ProteinIds}): log2 FC {SvgNumber.Value(p.Log2FoldChange)}, p {SvgNumber.Value(p.P)}, q {SvgNumber.Value(p.Q)}, {p.Class}"
            + (p.Myokine is null ? string.Empty : $", myokine {p.Myokine}");
        var small = cssClass == "ns";
        if (p.ClassicallySecreted)
        {
            Marker.Triangle(svg, x, y, small ? 4.2 : 5.4, cssClass, title);
        }
        else
        {
            Marker.Circle(svg, x, y, small ? 2.6 : 3.4, cssClass, title);
        }
    }

    /// <summary>Rings and labels for the myokines, top first. A label goes beside its point (right,
    /// or left near the right edge); when that overlaps a label already placed it tries one, two …
    /// label heights lower and higher and then the other side, staying inside the plot, and a leader
    /// line joins a moved label to its point.</summary>
    private static void Labels(StringBuilder svg, PlotFrame frame, List<SecretomeReportProtein> myokines)
    {
        var placed = new List<(double X1, double X2, double Y)>();
        var ordered = myokines
            .Select(p => (Protein: p, X: frame.Px(p.Log2FoldChange), Y: frame.Py(MinusLog10(p.P))))
            .OrderBy(m => m.Y).ThenBy(m => m.X).ThenBy(m => m.Protein.Myokine, StringComparer.Ordinal)
            .ToList();
        var plotRight = PlotFrame.Left + PlotFrame.PlotWidth;
        foreach (var (protein, x, y) in ordered)
        {
            svg.Append($"<circle class=\"myokine-ring\" cx=\"{PlotFrame.C(x)}\" cy=\"{PlotFrame.C(y)}\" r=\"7\"/>\n");
            var text = protein.Myokine!;
            var width = (text.Length * 6.6) + 2;
            var preferLeft = x > plotRight - width - 14;
            var (x1, labelY, left) = Place(x, y + 4, width, preferLeft, frame, placed);
            placed.Add((x1, x1 + width, labelY));
            var anchorX = left ? x1 + width : x1;
            if (Math.Abs(labelY - (y + 4)) > 1 || left != preferLeft)
            {
                svg.Append($"<line class=\"leader\" x1=\"{PlotFrame.C(x)}\" y1=\"{PlotFrame.C(y)}\" x2=\"{PlotFrame.C(anchorX)}\" y2=\"{PlotFrame.C(labelY - 4)}\"/>");
            }

            svg.Append($"<text class=\"myokine-label\" x=\"{PlotFrame.C(anchorX)}\" y=\"{PlotFrame.C(labelY)}\" text-anchor=\"{(left ? "end" : "start")}\">{Html.Escape(text)}</text>\n");
        }
    }

    /// <summary>The first free place for a label (left edge, baseline, whether it sits left of its point).</summary>
    private static (double X1, double Y, bool Left) Place(double x, double baseline, double width, bool preferLeft, PlotFrame frame, List<(double X1, double X2, double Y)> placed)
    {
        var top = PlotFrame.Top + LabelHeight;
        var bottom = frame.PlotBottom - 3;
        foreach (var left in new[] { preferLeft, !preferLeft })
        {
            var x1 = left ? x - 10 - width : x + 10;
            if (x1 < PlotFrame.Left + 2 || x1 + width > PlotFrame.Left + PlotFrame.PlotWidth - 2)
            {
                continue;
            }

            for (var step = 0; step <= 16; step++)
            {
                // 0, +1, −1, +2, −2 … label heights from the point.
                var offset = (step + 1) / 2 * (step % 2 == 1 ? 1 : -1) * LabelHeight;
                var candidate = baseline + offset;
                if (candidate < top || candidate > bottom)
                {
                    continue;
                }

                if (!placed.Any(b => b.X1 < x1 + width && x1 < b.X2 && Math.Abs(b.Y - candidate) < LabelHeight))
                {
                    return (x1, candidate, left);
                }
            }
        }

        var fallback = preferLeft ? x - 10 - width : x + 10;
        return (fallback, Math.Clamp(baseline, top, bottom), preferLeft);
    }
}
