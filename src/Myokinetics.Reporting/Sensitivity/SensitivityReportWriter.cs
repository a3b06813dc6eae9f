using System.Globalization;
using System.Text;
using Myokinetics.Reporting.Charts;

namespace Myokinetics.Reporting.Sensitivity;

/// <summary>
/// Writes a <see cref="SensitivityReport"/> as one self-contained HTML file: inline CSS and SVG, no script,
/// no reference outside the file, and the same report always gives the same bytes.
/// </summary>
public static class SensitivityReportWriter
{
    private const string Style = """
        body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 2rem auto; max-width: 1200px; padding: 0 1rem; color: #1d2430; }
        h1 { font-size: 1.6rem; margin-bottom: 0.3rem; }
        h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 1px solid #d0d5dd; padding-bottom: 0.2rem; }
        .disclaimer { background: #fff4e5; border-left: 4px solid #e8a33d; padding: 0.5rem 0.8rem; margin: 1rem 0; }
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
        footer { margin-top: 2rem; font-size: 0.85rem; color: #475467; }
        """;

    /// <summary>The HTML text of <paramref name="report"/>.</summary>
    public static string Write(SensitivityReport report)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        Write(report, writer);
        return writer.ToString();
    }

    /// <summary>Writes <paramref name="report"/> to <paramref name="writer"/>.</summary>
    public static void Write(SensitivityReport report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append($"<title>{Html.Escape(report.Title)}</title>\n<style>\n{Style}\n</style>\n</head>\n<body>\n");
        html.Append($"<h1>{Html.Escape(report.Title)}</h1>\n");
        html.Append($"<p class=\"disclaimer\"><strong>{Html.Escape(report.Disclaimer)}</strong></p>\n");
        if (!report.Facts.IsEmpty)
        {
            html.Append("<table class=\"facts\">\n");
            foreach (var fact in report.Facts)
            {
                html.Append($"<tr><th>{Html.Escape(fact.Label)}</th><td>{Html.Escape(fact.Value)}</td></tr>\n");
            }

            html.Append("</table>\n");
        }

        foreach (var note in report.Notes)
        {
            html.Append($"<p class=\"notes\">{Html.Escape(note)}</p>\n");
        }

        if (!report.Tornadoes.IsEmpty)
        {
            html.Append("<h2>Sensitivity by parameter</h2>\n<div class=\"grid-of-plots\">\n");
            foreach (var panel in report.Tornadoes)
            {
                html.Append($"<figure>\n<figcaption>{Html.Escape(panel.Title)}</figcaption>\n");
                html.Append(TornadoChart.Draw(panel));
                html.Append("\n<div class=\"legend\">");
                if (panel.Bars.Any(b => b.Value < 0))
                {
                    html.Append("<span class=\"box positive\"></span>positive<span class=\"box negative\"></span>negative");
                }
                if (panel.SecondaryLabel is { } secondary)
                {
                    html.Append($"<span class=\"box inner\"></span>{Html.Escape(secondary)}");
                }

                if (panel.Bars.Any(b => b.Low is not null))
                {
                    html.Append(" · whiskers: confidence interval");
                }

                html.Append("</div>\n</figure>\n");
            }

            html.Append("</div>\n");
        }

        if (!report.TimeCourses.IsEmpty)
        {
            html.Append("<h2>Sensitivity over time</h2>\n<div class=\"grid-of-plots\">\n");
            foreach (var panel in report.TimeCourses)
            {
                html.Append($"<figure>\n<figcaption>{Html.Escape(panel.Title)}</figcaption>\n");
                html.Append(MultiLineChart.Draw(panel));
                html.Append("\n<div class=\"legend\">");
                for (var s = 0; s < panel.Series.Length; s++)
                {
                    html.Append($"<span class=\"swatch\" style=\"border-color: {Palette.Colour(s)}\"></span>{Html.Escape(panel.Series[s].Label)}");
                }

                html.Append("</div>\n</figure>\n");
            }

            html.Append("</div>\n");
        }

        if (report.Tornadoes.IsEmpty && report.TimeCourses.IsEmpty)
        {
            html.Append("<p>Nothing to plot.</p>\n");
        }

        html.Append($"<footer><p>{Html.Escape(report.Disclaimer)}</p><p>Made by Myokinetics.</p></footer>\n</body>\n</html>\n");
        writer.Write(html.ToString());
    }
}
