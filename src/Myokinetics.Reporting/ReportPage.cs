using System.Globalization;
using System.Text;

namespace Myokinetics.Reporting;

/// <summary>
/// The skeleton every report page shares: the document head with its inline style sheet, the title and
/// disclaimer, the header facts, grids of figures and the footer. A report adds its own style rules and
/// sections; the same calls always give the same bytes (line ends are <c>\n</c>).
/// </summary>
internal static class ReportPage
{
    /// <summary>The rules at the top of every page's style sheet: page, headings and disclaimer.</summary>
    private const string HeadStyle = """
        body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 2rem auto; max-width: 1200px; padding: 0 1rem; color: #1d2430; }
        h1 { font-size: 1.6rem; margin-bottom: 0.3rem; }
        h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 1px solid #d0d5dd; padding-bottom: 0.2rem; }
        .disclaimer { background: #fff4e5; border-left: 4px solid #e8a33d; padding: 0.5rem 0.8rem; margin: 1rem 0; }
        """;

    /// <summary>The rule at the bottom of every page's style sheet.</summary>
    private const string FooterStyle = "footer { margin-top: 2rem; font-size: 0.85rem; color: #475467; }";

    /// <summary>The text a report writer writes, with <c>\n</c> line ends.</summary>
    public static string ToText(Action<TextWriter> write)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        write(writer);
        return writer.ToString();
    }

    /// <summary>Starts a page: the head (title, the shared style rules around <paramref name="style"/>),
    /// the <c>h1</c> title, the disclaimer and the header facts.</summary>
    /// <param name="title">The page title (escaped here).</param>
    /// <param name="disclaimer">The disclaimer (escaped here).</param>
    /// <param name="facts">The header facts, a label–value table (none: no table).</param>
    /// <param name="style">The report's own style rules, one per line.</param>
    public static StringBuilder Begin(string title, string disclaimer, IReadOnlyList<ReportFact> facts, string style)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append($"<title>{Html.Escape(title)}</title>\n<style>\n{HeadStyle}\n{style}\n{FooterStyle}\n</style>\n</head>\n<body>\n");
        html.Append($"<h1>{Html.Escape(title)}</h1>\n");
        html.Append($"<p class=\"disclaimer\"><strong>{Html.Escape(disclaimer)}</strong></p>\n");
        if (facts.Count > 0)
        {
            html.Append("<table class=\"facts\">\n");
            foreach (var fact in facts)
            {
                html.Append($"<tr><th>{Html.Escape(fact.Label)}</th><td>{Html.Escape(fact.Value)}</td></tr>\n");
            }

            html.Append("</table>\n");
        }

        return html;
    }

    /// <summary>A section heading (escaped here), HTML to show under it when given (an introduction, a
    /// legend), and the start of a grid of figures.</summary>
    public static void BeginGrid(StringBuilder html, string heading, string? introductionHtml = null)
    {
        html.Append($"<h2>{Html.Escape(heading)}</h2>\n");
        html.Append(introductionHtml);
        html.Append("<div class=\"grid-of-plots\">\n");
    }

    /// <summary>The end of a grid of figures.</summary>
    public static void EndGrid(StringBuilder html) => html.Append("</div>\n");

    /// <summary>A figure: its caption (already HTML), the chart's SVG and, when given, HTML below the chart.</summary>
    /// <param name="html">The page.</param>
    /// <param name="captionHtml">The caption.</param>
    /// <param name="svg">The chart.</param>
    /// <param name="belowHtml">A legend or summary under the chart, or null.</param>
    /// <param name="id">The figure's id attribute (escaped here), or null for none.</param>
    public static void Figure(StringBuilder html, string captionHtml, string svg, string? belowHtml = null, string? id = null)
    {
        var attribute = id is null ? string.Empty : $" id=\"{Html.Escape(id)}\"";
        html.Append($"<figure{attribute}>\n<figcaption>{captionHtml}</figcaption>\n");
        html.Append(svg);
        html.Append($"\n{belowHtml}</figure>\n");
    }

    /// <summary>Ends the page: the footer repeats the disclaimer and says who made it (and, when given,
    /// <paramref name="note"/>), then the body and the document are closed.</summary>
    public static void End(StringBuilder html, string disclaimer, string? note = null)
    {
        var made = note is null ? "Made by Myokinetics." : $"Made by Myokinetics. {Html.Escape(note)}";
        html.Append($"<footer><p>{Html.Escape(disclaimer)}</p><p>{made}</p></footer>\n</body>\n</html>\n");
    }
}
