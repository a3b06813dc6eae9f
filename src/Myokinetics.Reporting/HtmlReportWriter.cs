using System.Text;
using Myokinetics.Reporting.Charts;

namespace Myokinetics.Reporting;

/// <summary>
/// Writes a <see cref="ReportDocument"/> as one self-contained HTML file: inline CSS, inline SVG
/// charts, no script and no reference to anything outside the file. The same document gives the same
/// bytes (no dates, no random ids, invariant number formatting).
/// </summary>
public static class HtmlReportWriter
{
    /// <summary>The style rules of this report (between the page's shared ones).</summary>
    private const string Style = """
        table.facts { border-collapse: collapse; margin: 0.5rem 0 1rem; }
        table.facts th { text-align: left; padding: 0.2rem 1rem 0.2rem 0; font-weight: 600; vertical-align: top; }
        table.facts td { padding: 0.2rem 0; }
        ul.protocol { margin: 0.3rem 0 1rem; }
        ul.protocol code { background: #f2f4f7; padding: 0.05rem 0.3rem; border-radius: 3px; }
        .legend { font-size: 0.85rem; color: #475467; }
        .legend .swatch { display: inline-block; width: 0.9rem; height: 0.7rem; vertical-align: middle; margin: 0 0.3rem 0 0.8rem; }
        .legend .session { background: rgba(244, 162, 97, 0.35); }
        .legend .dosemark { border-left: 2px dashed #6a4c93; width: 0; height: 0.8rem; }
        .grid-of-plots { display: flex; flex-wrap: wrap; gap: 1rem; }
        figure { margin: 0; border: 1px solid #e4e7ec; border-radius: 6px; padding: 0.5rem; }
        figcaption { font-weight: 600; margin-bottom: 0.2rem; }
        figcaption .unit { font-weight: normal; color: #475467; }
        .summary { font-size: 0.8rem; color: #475467; margin-top: 0.2rem; }
        svg .plot { fill: #ffffff; stroke: #98a2b3; stroke-width: 1; }
        svg .band { fill: #f4a261; fill-opacity: 0.3; }
        svg .dose line { stroke: #6a4c93; stroke-width: 1.2; stroke-dasharray: 4 3; }
        svg .dose path { fill: #6a4c93; }
        svg .grid { stroke: #eaecf0; stroke-width: 1; }
        svg .tickmark { stroke: #98a2b3; stroke-width: 1; }
        svg .tick { font-size: 11px; fill: #475467; }
        svg .axis { font-size: 12px; fill: #1d2430; }
        svg .line { fill: none; stroke: #1f6feb; stroke-width: 1.8; stroke-linejoin: round; }
        """;

    /// <summary>The HTML text of <paramref name="document"/>.</summary>
    public static string Write(ReportDocument document)
        => ReportPage.ToText(writer => Write(document, writer));

    /// <summary>Writes <paramref name="document"/> to <paramref name="writer"/>.</summary>
    public static void Write(ReportDocument document, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(writer);
        var html = ReportPage.Begin(document.Title, document.Disclaimer, document.Facts, Style);
        AppendProtocol(html, document);

        var sections = document.Sections.Where(s => s.Series.Length > 0).ToList();
        var (start, end) = Span(sections);
        var axis = TimeAxis.For(start, end);
        foreach (var section in sections)
        {
            ReportPage.BeginGrid(html, section.Title, Legend(document));
            foreach (var series in section.Series)
            {
                ReportPage.Figure(
                    html,
                    $"{Html.Escape(series.Name)} <span class=\"unit\">({Html.Escape(series.UnitLabel)}) · {Html.Escape(series.Id)}</span>",
                    SvgChart.Draw(series, axis, document.Bands, document.Markers),
                    $"<div class=\"summary\">{Summary(series, axis)}</div>\n",
                    series.Id);
            }

            ReportPage.EndGrid(html);
        }

        if (sections.Count == 0)
        {
            html.Append("<p>No variables to plot.</p>\n");
        }

        ReportPage.End(html, document.Disclaimer, "Shaded bands: exercise sessions; dashed lines: doses.");
        writer.Write(html.ToString());
    }

    private static void AppendProtocol(StringBuilder html, ReportDocument document)
    {
        html.Append("<h2>Protocol</h2>\n");
        if (document.ProtocolLines.IsEmpty)
        {
            html.Append("<p>Rest: no exercise and no doses.</p>\n");
            return;
        }

        html.Append("<ul class=\"protocol\">\n");
        foreach (var line in document.ProtocolLines)
        {
            html.Append($"<li><code>{Html.Escape(line)}</code></li>\n");
        }

        html.Append("</ul>\n");
    }

    private static string? Legend(ReportDocument document)
    {
        if (document.Bands.IsEmpty && document.Markers.IsEmpty)
        {
            return null;
        }

        var legend = new StringBuilder("<p class=\"legend\">");
        if (!document.Bands.IsEmpty)
        {
            legend.Append("<span class=\"swatch session\"></span>exercise session");
        }

        if (!document.Markers.IsEmpty)
        {
            legend.Append("<span class=\"swatch dosemark\"></span>dose");
        }

        return legend.Append("</p>\n").ToString();
    }

    private static (double Start, double End) Span(IReadOnlyList<ReportSection> sections)
    {
        var times = sections.SelectMany(s => s.Series).SelectMany(s => s.Times).Where(double.IsFinite).ToList();
        return times.Count == 0 ? (0, 1) : (times.Min(), Math.Max(times.Max(), times.Min() + 1e-9));
    }

    private static string Summary(ReportSeries series, TimeAxis axis)
    {
        var values = series.Values;
        if (values.IsEmpty || !values.Any(double.IsFinite))
        {
            return "no finite values";
        }

        var peak = 0;
        var low = 0;
        for (var i = 0; i < values.Length; i++)
        {
            if (double.IsFinite(values[i]) && (!double.IsFinite(values[peak]) || values[i] > values[peak]))
            {
                peak = i;
            }

            if (double.IsFinite(values[i]) && (!double.IsFinite(values[low]) || values[i] < values[low]))
            {
                low = i;
            }
        }

        string At(int i) => $"{SvgNumber.Value(series.Times[i] / axis.HoursPerUnit)} {axis.Unit}";
        return Html.Escape($"start {SvgNumber.Value(values[0])} · peak {SvgNumber.Value(values[peak])} at {At(peak)} · lowest {SvgNumber.Value(values[low])} at {At(low)} · end {SvgNumber.Value(values[^1])} {series.UnitLabel}");
    }
}
