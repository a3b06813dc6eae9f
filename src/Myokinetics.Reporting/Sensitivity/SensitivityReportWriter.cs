using System.Text;
using Myokinetics.Reporting.Charts;

namespace Myokinetics.Reporting.Sensitivity;

/// <summary>
/// Writes a <see cref="SensitivityReport"/> as one self-contained HTML file: inline CSS and SVG, no script,
/// no reference outside the file, and the same report always gives the same bytes.
/// </summary>
public static class SensitivityReportWriter
{
    /// <summary>The style rules of this report (between the page's shared ones).</summary>
    private const string Style = """
        table.facts { border-collapse: collapse; margin: 0.5rem 0 1rem; }
        table.facts th { text-align: left; padding: 0.2rem 1rem 0.2rem 0; font-weight: 600; vertical-align: top; }
        table.facts td { padding: 0.2rem 0; }
        .notes { color: #344054; max-width: 60rem; }
        .grid-of-plots { display: flex; flex-wrap: wrap; gap: 1rem; }
        figure { margin: 0; border: 1px solid #e4e7ec; border-radius: 6px; padding: 0.5rem; }
        figcaption { font-weight: 600; margin-bottom: 0.2rem; }
        .legend { font-size: 0.85rem; color: #475467; max-width: 540px; }
        .legend .swatch { display: inline-block; width: 1.2rem; height: 0; border-top: 3px solid; vertical-align: middle; margin: 0 0.3rem 0 0.8rem; }
        .legend .box { display: inline-block; width: 0.9rem; height: 0.7rem; vertical-align: middle; margin: 0 0.3rem 0 0.8rem; }
        .legend .positive { background: #1f6feb; }
        .legend .negative { background: #e07b39; }
        .legend .inner { background: #1d2430; }
        svg .plot { fill: #ffffff; stroke: #98a2b3; stroke-width: 1; }
        svg .grid { stroke: #eaecf0; stroke-width: 1; }
        svg .zero { stroke: #475467; stroke-width: 1; }
        svg .tickmark { stroke: #98a2b3; stroke-width: 1; }
        svg .tick { font-size: 11px; fill: #475467; }
        svg .axis { font-size: 12px; fill: #1d2430; }
        svg .bar.positive { fill: #1f6feb; fill-opacity: 0.75; }
        svg .bar.negative { fill: #e07b39; fill-opacity: 0.75; }
        svg .inner { fill: #1d2430; fill-opacity: 0.8; }
        svg .whisker { stroke: #1d2430; stroke-width: 1.2; fill: none; }
        svg .series { fill: none; stroke-width: 1.8; stroke-linejoin: round; }
        """;

    /// <summary>The HTML text of <paramref name="report"/>.</summary>
    public static string Write(SensitivityReport report)
        => ReportPage.ToText(writer => Write(report, writer));

    /// <summary>Writes <paramref name="report"/> to <paramref name="writer"/>.</summary>
    public static void Write(SensitivityReport report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        var html = ReportPage.Begin(report.Title, report.Disclaimer, report.Facts, Style);

        foreach (var note in report.Notes)
        {
            html.Append($"<p class=\"notes\">{Html.Escape(note)}</p>\n");
        }

        if (!report.Tornadoes.IsEmpty)
        {
            ReportPage.BeginGrid(html, "Sensitivity by parameter");
            foreach (var panel in report.Tornadoes)
            {
                ReportPage.Figure(html, Html.Escape(panel.Title), TornadoChart.Draw(panel), TornadoLegend(panel));
            }

            ReportPage.EndGrid(html);
        }

        if (!report.TimeCourses.IsEmpty)
        {
            ReportPage.BeginGrid(html, "Sensitivity over time");
            foreach (var panel in report.TimeCourses)
            {
                ReportPage.Figure(html, Html.Escape(panel.Title), MultiLineChart.Draw(panel), SeriesLegend(panel));
            }

            ReportPage.EndGrid(html);
        }

        if (report.Tornadoes.IsEmpty && report.TimeCourses.IsEmpty)
        {
            html.Append("<p>Nothing to plot.</p>\n");
        }

        ReportPage.End(html, report.Disclaimer);
        writer.Write(html.ToString());
    }

    /// <summary>Under a tornado chart: the colours of the signs, the inner bar and the whiskers, as far as the chart has them.</summary>
    private static string TornadoLegend(TornadoPanel panel)
    {
        var legend = new StringBuilder("<div class=\"legend\">");
        if (panel.Bars.Any(b => b.Value < 0))
        {
            legend.Append("<span class=\"box positive\"></span>positive<span class=\"box negative\"></span>negative");
        }

        if (panel.SecondaryLabel is { } secondary)
        {
            legend.Append($"<span class=\"box inner\"></span>{Html.Escape(secondary)}");
        }

        if (panel.Bars.Any(b => b.Low is not null))
        {
            legend.Append(" · whiskers: confidence interval");
        }

        return legend.Append("</div>\n").ToString();
    }

    /// <summary>Under a chart over time: each series' colour and label.</summary>
    private static string SeriesLegend(LinePanel panel)
    {
        var legend = new StringBuilder("<div class=\"legend\">");
        for (var s = 0; s < panel.Series.Length; s++)
        {
            legend.Append($"<span class=\"swatch\" style=\"border-color: {Palette.Colour(s)}\"></span>{Html.Escape(panel.Series[s].Label)}");
        }

        return legend.Append("</div>\n").ToString();
    }
}
