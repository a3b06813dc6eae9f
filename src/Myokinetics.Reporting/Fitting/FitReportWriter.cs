using System.Globalization;
using System.Text;
using Myokinetics.Reporting.Charts;

namespace Myokinetics.Reporting.Fitting;

/// <summary>
/// Writes a <see cref="FitReportDocument"/> as one self-contained HTML file (inline CSS and SVG, no
/// script, nothing fetched): the header facts, the estimates table, per experiment and observable the
/// data with error bars over the fitted curve and the standardised residuals, and the profile
/// likelihoods. The same document gives the same bytes.
/// </summary>
public static class FitReportWriter
{
    private const string Style = """
        body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 2rem auto; max-width: 1200px; padding: 0 1rem; color: #1d2430; }
        h1 { font-size: 1.6rem; margin-bottom: 0.3rem; }
        h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 1px solid #d0d5dd; padding-bottom: 0.2rem; }
        .disclaimer { background: #fff4e5; border-left: 4px solid #e8a33d; padding: 0.5rem 0.8rem; margin: 1rem 0; }
        table { border-collapse: collapse; margin: 0.5rem 0 1rem; }
        table.facts th { text-align: left; padding: 0.2rem 1rem 0.2rem 0; font-weight: 600; vertical-align: top; }
        table.estimates th, table.estimates td { border-bottom: 1px solid #e4e7ec; padding: 0.25rem 0.8rem; text-align: left; }
        table.estimates td.number { text-align: right; font-variant-numeric: tabular-nums; }
        .grid-of-plots { display: flex; flex-wrap: wrap; gap: 1rem; }
        figure { margin: 0; border: 1px solid #e4e7ec; border-radius: 6px; padding: 0.5rem; }
        figcaption { font-weight: 600; margin-bottom: 0.2rem; }
        figcaption .unit { font-weight: normal; color: #475467; }
        svg .plot { fill: #ffffff; stroke: #98a2b3; stroke-width: 1; }
        svg .grid { stroke: #eaecf0; stroke-width: 1; }
        svg .tickmark { stroke: #98a2b3; stroke-width: 1; }
        svg .tick { font-size: 11px; fill: #475467; }
        svg .axis { font-size: 12px; fill: #1d2430; }
        svg .line { fill: none; stroke: #1f6feb; stroke-width: 1.8; stroke-linejoin: round; }
        svg .datum { fill: #d1495b; stroke: #ffffff; stroke-width: 0.8; }
        svg .errorbar { stroke: #d1495b; stroke-width: 1.2; }
        svg .stem { stroke: #d1495b; stroke-width: 1; }
        svg .zero { stroke: #475467; stroke-width: 1; }
        svg .guide { stroke: #98a2b3; stroke-width: 1; stroke-dasharray: 4 3; }
        svg .threshold { stroke: #e8a33d; stroke-width: 1.4; stroke-dasharray: 6 4; }
        svg .estimate { stroke: #6a4c93; stroke-width: 1.2; stroke-dasharray: 2 3; }
        footer { margin-top: 2rem; font-size: 0.85rem; color: #475467; }
        """;

    /// <summary>The HTML text of <paramref name="document"/>.</summary>
    public static string Write(FitReportDocument document)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        Write(document, writer);
        return writer.ToString();
    }

    /// <summary>Writes <paramref name="document"/> to <paramref name="writer"/>.</summary>
    public static void Write(FitReportDocument document, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(writer);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append($"<title>{Html.Escape(document.Title)}</title>\n<style>\n{Style}\n</style>\n</head>\n<body>\n");
        html.Append($"<h1>{Html.Escape(document.Title)}</h1>\n");
        html.Append($"<p class=\"disclaimer\"><strong>{Html.Escape(document.Disclaimer)}</strong></p>\n");
        html.Append("<table class=\"facts\">\n");
        foreach (var fact in document.Facts)
        {
            html.Append($"<tr><th>{Html.Escape(fact.Label)}</th><td>{Html.Escape(fact.Value)}</td></tr>\n");
        }

        html.Append("</table>\n<h2>Estimates</h2>\n<table class=\"estimates\">\n<tr><th>parameter</th><th>estimate</th><th>se</th><th>interval</th><th>unit</th><th>note</th></tr>\n");
        foreach (var e in document.Estimates)
        {
            html.Append($"<tr><td><code>{Html.Escape(e.Id)}</code></td><td class=\"number\">{Html.Escape(e.Estimate)}</td><td class=\"number\">{Html.Escape(e.StandardError)}</td><td class=\"number\">{Html.Escape(e.Interval)}</td><td>{Html.Escape(e.Unit)}</td><td>{Html.Escape(e.Note)}</td></tr>\n");
        }

        html.Append("</table>\n");
        html.Append("<h2>Fit</h2>\n<p>Dots: data (bars: ±1 sd when given); line: the model at the estimates.</p>\n<div class=\"grid-of-plots\">\n");
        foreach (var panel in document.Panels)
        {
            html.Append($"<figure>\n<figcaption>{Html.Escape(panel.Title)} <span class=\"unit\">({Html.Escape(panel.UnitLabel)})</span></figcaption>\n");
            html.Append(FitChart.Draw(panel, document.TimeLabel));
            html.Append("\n</figure>\n");
        }

        html.Append("</div>\n<h2>Residuals</h2>\n<p>(data − model)/σ with the given or estimated σ; dashed lines at ±2.</p>\n<div class=\"grid-of-plots\">\n");
        foreach (var panel in document.Panels)
        {
            html.Append($"<figure>\n<figcaption>{Html.Escape(panel.Title)}</figcaption>\n");
            html.Append(ResidualChart.Draw(panel, document.TimeLabel));
            html.Append("\n</figure>\n");
        }

        html.Append("</div>\n");
        if (!document.Profiles.IsEmpty)
        {
            html.Append("<h2>Profile likelihoods</h2>\n<p>The other parameters re-fitted at each value; the interval is where the rise stays below the dashed threshold.</p>\n<div class=\"grid-of-plots\">\n");
            foreach (var profile in document.Profiles)
            {
                html.Append($"<figure>\n<figcaption>{Html.Escape(profile.Id)}</figcaption>\n");
                html.Append(ProfileChart.Draw(profile));
                html.Append("\n</figure>\n");
            }

            html.Append("</div>\n");
        }

        html.Append($"<footer><p>{Html.Escape(document.Disclaimer)}</p><p>Made by Myokinetics.</p></footer>\n</body>\n</html>\n");
        writer.Write(html.ToString());
    }
}
