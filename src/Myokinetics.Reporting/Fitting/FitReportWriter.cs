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
    /// <summary>The style rules of this report (between the page's shared ones).</summary>
    private const string Style = """
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
        """;

    /// <summary>The HTML text of <paramref name="document"/>.</summary>
    public static string Write(FitReportDocument document)
        => ReportPage.ToText(writer => Write(document, writer));

    /// <summary>Writes <paramref name="document"/> to <paramref name="writer"/>.</summary>
    public static void Write(FitReportDocument document, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(writer);
        var html = ReportPage.Begin(document.Title, document.Disclaimer, document.Facts, Style);
        html.Append("<h2>Estimates</h2>\n<table class=\"estimates\">\n<tr><th>parameter</th><th>estimate</th><th>se</th><th>interval</th><th>unit</th><th>note</th></tr>\n");
        foreach (var e in document.Estimates)
        {
            html.Append($"<tr><td><code>{Html.Escape(e.Id)}</code></td><td class=\"number\">{Html.Escape(e.Estimate)}</td><td class=\"number\">{Html.Escape(e.StandardError)}</td><td class=\"number\">{Html.Escape(e.Interval)}</td><td>{Html.Escape(e.Unit)}</td><td>{Html.Escape(e.Note)}</td></tr>\n");
        }

        html.Append("</table>\n");
        ReportPage.BeginGrid(html, "Fit", "<p>Dots: data (bars: ±1 sd when given); line: the model at the estimates.</p>\n");
        foreach (var panel in document.Panels)
        {
            ReportPage.Figure(html, $"{Html.Escape(panel.Title)} <span class=\"unit\">({Html.Escape(panel.UnitLabel)})</span>", FitChart.Draw(panel, document.TimeLabel));
        }

        ReportPage.EndGrid(html);
        ReportPage.BeginGrid(html, "Residuals", "<p>(data − model)/σ with the given or estimated σ; dashed lines at ±2.</p>\n");
        foreach (var panel in document.Panels)
        {
            ReportPage.Figure(html, Html.Escape(panel.Title), ResidualChart.Draw(panel, document.TimeLabel));
        }

        ReportPage.EndGrid(html);
        if (!document.Predictions.IsEmpty)
        {
            ReportPage.BeginGrid(html, "Prediction", $"<p>{Html.Escape(document.PredictionNote)}</p>\n");
            foreach (var panel in document.Predictions)
            {
                ReportPage.Figure(html, $"{Html.Escape(panel.Title)} <span class=\"unit\">({Html.Escape(panel.UnitLabel)})</span>", FitChart.Draw(panel, document.TimeLabel));
            }

            ReportPage.EndGrid(html);
        }

        if (!document.Profiles.IsEmpty)
        {
            ReportPage.BeginGrid(html, "Profile likelihoods", "<p>The other parameters re-fitted at each value; the interval is where the rise stays below the dashed threshold.</p>\n");
            foreach (var profile in document.Profiles)
            {
                ReportPage.Figure(html, Html.Escape(profile.Id), ProfileChart.Draw(profile));
            }

            ReportPage.EndGrid(html);
        }

        ReportPage.End(html, document.Disclaimer);
        writer.Write(html.ToString());
    }
}
