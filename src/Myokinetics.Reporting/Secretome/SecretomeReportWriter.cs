using System.Globalization;
using System.Text;
using Myokinetics.Reporting.Charts;

namespace Myokinetics.Reporting.Secretome;

/// <summary>
/// Writes a <see cref="SecretomeReportDocument"/> as one self-contained HTML file (inline CSS and SVG,
/// no script, nothing fetched): the filtering summary, the volcano plot, the significant proteins
/// (smallest q first) and the counts by secretion class. The same document gives the same bytes.
/// </summary>
public static class SecretomeReportWriter
{
    /// <summary>The HTML text of <paramref name="document"/>.</summary>
    public static string Write(SecretomeReportDocument document)
        => ReportPage.ToText(writer => Write(document, writer));

    /// <summary>Writes <paramref name="document"/> to <paramref name="writer"/>.</summary>
    public static void Write(SecretomeReportDocument document, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(writer);
        var html = ReportPage.Begin(document.Title, document.Disclaimer, document.Facts, LabReportStyle.Rules);
        Filtering(html, document);
        Volcano(html, document);
        Significant(html, document);
        Classes(html, document);
        ReportPage.End(html, document.Disclaimer);
        writer.Write(html.ToString());
    }

    /// <summary>The significant proteins, smallest q first, then smallest p, largest |log2 FC|, then file order.</summary>
    internal static List<SecretomeReportProtein> SignificantInOrder(SecretomeReportDocument document) =>
        [.. document.Proteins.Select((p, i) => (Protein: p, Index: i))
            .Where(x => x.Protein.Significant)
            .OrderBy(x => x.Protein.Q).ThenBy(x => x.Protein.P).ThenByDescending(x => Math.Abs(x.Protein.Log2FoldChange)).ThenBy(x => x.Index)
            .Select(x => x.Protein)];

    private static void Filtering(StringBuilder html, SecretomeReportDocument document)
    {
        var f = document.Filtering;
        var kept = f.Read - f.Removed;
        var passing = kept - f.FailingValidValues;
        var significant = document.Proteins.Count(p => p.Significant);
        html.Append("<h2>Filtering</h2>\n<table class=\"data filtering\">\n<tr><th>step</th><th>protein groups</th></tr>\n");
        Row(html, "read from the file", f.Read);
        Row(html, "dropped: reverse (decoy), contaminant or only identified by site", f.Removed);
        Row(html, $"dropped: fewer than {f.MinValid} valid values in either group", f.FailingValidValues);
        Row(html, "pass the valid-value filter", passing);
        if (f.ImputedValues is { } imputed)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>missing values imputed (down-shifted normal) among those</td><td class=\"number\">{imputed} values</td></tr>\n");
        }

        Row(html, passing == f.Tested ? "tested" : "tested (the others lack two values per group or any variance)", f.Tested);
        Row(html, $"significant at FDR {(document.Fdr * 100).ToString("0.##", CultureInfo.InvariantCulture)} % ({document.Treatment} vs {document.Reference})", significant);
        html.Append("</table>\n");
    }

    private static void Row(StringBuilder html, string label, int count) =>
        html.Append(CultureInfo.InvariantCulture, $"<tr><td>{Html.Escape(label)}</td><td class=\"number\">{count}</td></tr>\n");

    private static void Volcano(StringBuilder html, SecretomeReportDocument document)
    {
        ReportPage.BeginGrid(html, "Volcano plot");
        var legend = new StringBuilder("<p class=\"legend\">");
        legend.Append("<span class=\"sw up\">●</span> significantly up, <span class=\"sw down\">●</span> significantly down, <span class=\"sw ns\">●</span> not significant; ");
        legend.Append("▲ classically secreted (signal peptide, no transmembrane segment), ● other classes; ringed and named: the myokine catalogue's proteins. ");
        legend.Append(document.PThreshold is null
            ? "No protein reaches the FDR, so no threshold line is drawn."
            : $"Dashed line: the largest p with q ≤ {SvgNumber.Value(document.Fdr)}.");
        if (document.FoldChangeGuide > 0)
        {
            legend.Append(CultureInfo.InvariantCulture, $" Dotted lines: {SvgNumber.Value(Math.Pow(2, document.FoldChangeGuide))}-fold up and down (a guide, not a filter).");
        }

        legend.Append("</p>\n");
        var untested = document.Proteins.Where(p => p.Myokine is not null && !(double.IsFinite(p.P) && double.IsFinite(p.Log2FoldChange))).Select(p => p.Myokine!).ToList();
        if (untested.Count > 0)
        {
            legend.Append($"<p class=\"legend\">Catalogue myokines found but not tested (not on the plot): {Html.Escape(string.Join(", ", untested))}.</p>\n");
        }

        ReportPage.Figure(html, $"{Html.Escape(document.Treatment)} vs {Html.Escape(document.Reference)}", VolcanoChart.Draw(document), legend.ToString());
        ReportPage.EndGrid(html);
    }

    private static void Significant(StringBuilder html, SecretomeReportDocument document)
    {
        var rows = SignificantInOrder(document);
        html.Append(CultureInfo.InvariantCulture, $"<h2>Significant proteins ({rows.Count})</h2>\n");
        if (rows.Count == 0)
        {
            html.Append("<p>No protein is significant at this FDR.</p>\n");
            return;
        }

        html.Append("<table class=\"data significant\">\n<tr><th>gene</th><th>protein</th><th>log2 FC</th><th>p</th><th>q</th><th>class</th><th>myokine</th></tr>\n");
        foreach (var p in rows)
        {
            var direction = p.Log2FoldChange >= 0 ? "up" : "down";
            html.Append($"<tr><td><span class=\"sw {direction}\">{(p.ClassicallySecreted ? "▲" : "●")}</span> {Html.Escape(VolcanoChart.Name(p))}</td><td>{Html.Escape(p.ProteinIds)}</td>");
            html.Append($"<td class=\"number\">{Signed(p.Log2FoldChange)}</td><td class=\"number\">{SvgNumber.Value(p.P)}</td><td class=\"number\">{SvgNumber.Value(p.Q)}</td><td>{Html.Escape(p.Class)}</td>");
            html.Append($"<td>{(p.Myokine is null ? "no" : $"yes ({Html.Escape(p.Myokine)})")}</td></tr>\n");
        }

        html.Append("</table>\n");
    }

    private static void Classes(StringBuilder html, SecretomeReportDocument document)
    {
        html.Append("<h2>Secretion classes</h2>\n<table class=\"data classes\">\n<tr><th>class</th><th>kept</th><th>tested</th><th>significant</th><th>up</th><th>down</th></tr>\n");
        foreach (var group in document.Proteins.GroupBy(p => p.Class, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var tested = group.Count(p => double.IsFinite(p.P));
            var significant = group.Where(p => p.Significant).ToList();
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{Html.Escape(group.Key)}</td><td class=\"number\">{group.Count()}</td><td class=\"number\">{tested}</td><td class=\"number\">{significant.Count}</td>");
            html.Append(CultureInfo.InvariantCulture, $"<td class=\"number\">{significant.Count(p => p.Log2FoldChange >= 0)}</td><td class=\"number\">{significant.Count(p => p.Log2FoldChange < 0)}</td></tr>\n");
        }

        html.Append("</table>\n<p class=\"legend\">Kept: after dropping decoys, contaminants and site-only identifications (before the valid-value filter).</p>\n");
    }

    private static string Signed(double value) =>
        !double.IsFinite(value) ? "–" : value.ToString("+0.00;−0.00;0.00", CultureInfo.InvariantCulture);
}
