using System.Globalization;
using System.Text;
using Myokinetics.Reporting.Charts;

namespace Myokinetics.Reporting.Assays;

/// <summary>
/// Writes an <see cref="AssayReportDocument"/> as one self-contained HTML file (inline CSS and SVG, no
/// script, nothing fetched): a summary (analytes, wells, flags by kind), then per analyte the standard
/// curve with the unknowns and controls on it, the standards' recovery, and tables of the curve's
/// parameters, the 4PL/5PL AIC comparison, the standards, the controls and the samples with their flags.
/// The same document gives the same bytes.
/// </summary>
public static class AssayReportWriter
{
    /// <summary>The HTML text of <paramref name="document"/>.</summary>
    public static string Write(AssayReportDocument document)
        => ReportPage.ToText(writer => Write(document, writer));

    /// <summary>Writes <paramref name="document"/> to <paramref name="writer"/>.</summary>
    public static void Write(AssayReportDocument document, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(writer);
        var html = ReportPage.Begin(document.Title, document.Disclaimer, document.Facts, LabReportStyle.Rules);
        Summary(html, document);
        for (var i = 0; i < document.Analytes.Length; i++)
        {
            Analyte(html, document, document.Analytes[i], i + 1);
        }

        ReportPage.End(html, document.Disclaimer);
        writer.Write(html.ToString());
    }

    /// <summary>Every flag given to any row (standards included), with how many rows carry it, in order
    /// of first appearance over the analytes.</summary>
    internal static List<(string Flag, int Total, int[] ByAnalyte)> FlagCounts(AssayReportDocument document)
    {
        var flags = new List<string>();
        var counts = new Dictionary<string, int[]>(StringComparer.Ordinal);
        for (var a = 0; a < document.Analytes.Length; a++)
        {
            var analyte = document.Analytes[a];
            var rows = analyte.Standards.SelectMany(s => s.Replicates).Select(r => r.Flags).Concat(analyte.Wells.Select(w => w.Flags));
            foreach (var flag in rows.SelectMany(f => f))
            {
                if (!counts.TryGetValue(flag, out var byAnalyte))
                {
                    byAnalyte = new int[document.Analytes.Length];
                    counts[flag] = byAnalyte;
                    flags.Add(flag);
                }

                byAnalyte[a]++;
            }
        }

        return [.. flags.Select(f => (f, counts[f].Sum(), counts[f]))];
    }

    private static void Summary(StringBuilder html, AssayReportDocument document)
    {
        var analytes = document.Analytes;
        var standards = analytes.Sum(a => a.Standards.Sum(s => s.Replicates.Length));
        int Count(AssayReportWellKind kind) => analytes.Sum(a => a.Wells.Count(w => w.Kind == kind));
        var wells = analytes.SelectMany(a => a.Standards.SelectMany(s => s.Replicates.Select(r => r.Well)).Concat(a.Wells.Select(w => w.Well))).Distinct(StringComparer.Ordinal).Count();
        html.Append("<h2>Summary</h2>\n");
        html.Append(CultureInfo.InvariantCulture, $"<p>{analytes.Length} analyte{Plural(analytes.Length)} in {wells} well{Plural(wells)}: {standards} standard, {Count(AssayReportWellKind.Unknown)} unknown, {Count(AssayReportWellKind.Control)} control and {Count(AssayReportWellKind.Blank)} blank readings (one per well and analyte).</p>\n");
        html.Append("<table class=\"data\">\n<tr><th>analyte</th><th>curve</th><th>LOD</th><th>LLOQ</th><th>ULOQ</th><th>standard levels accepted</th><th>flagged readings</th></tr>\n");
        for (var i = 0; i < analytes.Length; i++)
        {
            var a = analytes[i];
            var flagged = a.Standards.SelectMany(s => s.Replicates).Count(r => !r.Flags.IsEmpty) + a.Wells.Count(w => !w.Flags.IsEmpty);
            html.Append(CultureInfo.InvariantCulture, $"<tr><td><a href=\"#analyte-{i + 1}\">{Html.Escape(a.Name)}</a></td><td>{Html.Escape(a.Model)}</td><td class=\"number\">{Limit(a.Lod)}</td><td class=\"number\">{Limit(a.Lloq)}</td><td class=\"number\">{Limit(a.Uloq)}</td>");
            html.Append(CultureInfo.InvariantCulture, $"<td class=\"number\">{a.Standards.Count(s => s.Accepted)} of {a.Standards.Length}</td><td class=\"number\">{flagged}</td></tr>\n");
        }

        html.Append("</table>\n");
        var counts = FlagCounts(document);
        if (counts.Count == 0)
        {
            html.Append("<p>No reading is flagged.</p>\n");
            return;
        }

        html.Append("<table class=\"data flags\">\n<tr><th>flag</th><th>readings</th>");
        foreach (var a in analytes)
        {
            html.Append($"<th>{Html.Escape(a.Name)}</th>");
        }

        html.Append("<th>meaning</th></tr>\n");
        foreach (var (flag, total, byAnalyte) in counts)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td><span class=\"flag\">{Html.Escape(flag)}</span></td><td class=\"number\">{total}</td>");
            foreach (var n in byAnalyte)
            {
                html.Append(CultureInfo.InvariantCulture, $"<td class=\"number\">{n}</td>");
            }

            html.Append($"<td>{Html.Escape(Meaning(flag, document))}</td></tr>\n");
        }

        html.Append("</table>\n");
    }

    private static void Analyte(StringBuilder html, AssayReportDocument document, AssayReportAnalyte analyte, int index)
    {
        html.Append(CultureInfo.InvariantCulture, $"<h2 id=\"analyte-{index}\">{Html.Escape(analyte.Name)}</h2>\n<div class=\"grid-of-plots\">\n");
        var placed = analyte.Wells.Where(w => w.Kind != AssayReportWellKind.Blank).ToList();
        var flagged = placed.Where(w => !w.Flags.IsEmpty).ToList();
        var legend = new StringBuilder("<p class=\"legend\">");
        legend.Append("<span class=\"sw std\">●</span> standard wells (<span class=\"sw std\">○</span> levels not accepted), ");
        legend.Append("<span class=\"sw unk\">◆</span> unknowns, <span class=\"sw ctl\">■</span> controls, <span class=\"sw flagged\">◇ □</span> flagged; ");
        legend.Append("line: the fitted curve; shaded: LLOQ–ULOQ; wells outside the curve sit at the plot's edge. Unknowns and controls are placed at their concentration before dilution.</p>\n");
        if (flagged.Count == 0)
        {
            legend.Append("<p class=\"legend\">No unknown or control is flagged.</p>\n");
        }
        else
        {
            // Grouped by their flags (in order of first appearance), so a plate with many low samples stays readable.
            var groups = flagged.GroupBy(w => string.Join(' ', w.Flags), StringComparer.Ordinal);
            legend.Append("<p class=\"legend\">Flagged: ");
            legend.Append(string.Join("; ", groups.Select(g => $"{string.Join(' ', g.First().Flags.Select(f => $"<span class=\"flag\">{Html.Escape(f)}</span>"))} {string.Join(", ", g.Select(w => Html.Escape(StandardCurveChart.Name(w))))}")));
            legend.Append("</p>\n");
        }

        ReportPage.Figure(html, $"Standard curve ({Html.Escape(analyte.Model)})", StandardCurveChart.Draw(analyte, document.ConcentrationLabel), legend.ToString());
        var recoveryLegend = $"<p class=\"legend\"><span class=\"sw std\">●</span> each standard well's back-calculated/expected concentration, bars: each level's mean response back-calculated (red: level not accepted); shaded: {Percent(document.MinRecovery)}–{Percent(document.MaxRecovery)} %.</p>\n";
        ReportPage.Figure(html, "Standards' recovery", RecoveryChart.Draw(analyte, document.ConcentrationLabel, document.MinRecovery, document.MaxRecovery), recoveryLegend);
        ReportPage.EndGrid(html);

        html.Append("<div class=\"tables\">\n<div>\n<h3>Curve</h3>\n<table class=\"data\">\n<tr><th>parameter</th><th>value</th><th>meaning</th></tr>\n");
        foreach (var p in analyte.Parameters)
        {
            html.Append($"<tr><td>{Html.Escape(p.Name)}</td><td class=\"number\">{Precise(p.Value)}</td><td>{Html.Escape(p.Meaning)}</td></tr>\n");
        }

        html.Append("</table>\n<p class=\"legend\">y = d + (a − d)/(1 + (x/c)<sup>b</sup>)<sup>g</sup>, g = 1 for the 4PL.</p>\n");
        html.Append("<h3>Model choice</h3>\n<table class=\"data\">\n<tr><th>model</th><th>wells</th><th>weighted SS</th><th>AIC</th><th>ΔAIC</th><th>note</th></tr>\n");
        var best = analyte.Fits.Select(f => f.Aic).Where(double.IsFinite).DefaultIfEmpty(double.NaN).Min();
        foreach (var f in analyte.Fits)
        {
            var note = f.Note;
            if (!f.Converged && double.IsFinite(f.Aic))
            {
                note = note.Length == 0 ? "not converged" : note + "; not converged";
            }

            html.Append(CultureInfo.InvariantCulture, $"<tr{(f.Chosen ? " class=\"chosen\"" : string.Empty)}><td>{Html.Escape(f.Model)}</td><td class=\"number\">{f.Points}</td><td class=\"number\">{SvgNumber.Value(f.WeightedSumOfSquares)}</td><td class=\"number\">{Fixed(f.Aic, 2)}</td><td class=\"number\">{Fixed(f.Aic - best, 2)}</td><td>{Html.Escape(note)}</td></tr>\n");
        }

        html.Append("</table>\n</div>\n");
        Standards(html, document, analyte);
        if (!analyte.Controls.IsEmpty)
        {
            html.Append("<div>\n<h3>Controls</h3>\n<table class=\"data\">\n<tr><th>control</th><th>nominal</th><th>measured</th><th>recovery %</th><th></th></tr>\n");
            foreach (var c in analyte.Controls)
            {
                html.Append($"<tr{(c.Accepted ? string.Empty : " class=\"flagged\"")}><td>{Html.Escape(c.Sample)}</td><td class=\"number\">{SvgNumber.Value(c.Expected)}</td><td class=\"number\">{SvgNumber.Value(c.Concentration)}</td><td class=\"number\">{Percent(c.Recovery)}</td>");
                html.Append($"<td>{(c.Accepted ? "<span class=\"ok\">within range</span>" : "<span class=\"bad\">outside range</span>")}</td></tr>\n");
            }

            html.Append("</table>\n</div>\n");
        }

        html.Append("</div>\n");
        Samples(html, analyte);
    }

    private static void Standards(StringBuilder html, AssayReportDocument document, AssayReportAnalyte analyte)
    {
        html.Append(CultureInfo.InvariantCulture, $"<div>\n<h3>Standards</h3>\n<table class=\"data\">\n<tr><th>expected</th><th>wells</th><th>mean {Html.Escape(analyte.MfiLabel)}</th><th>CV %</th><th>back-calculated</th><th>recovery %</th><th>accepted</th></tr>\n");
        foreach (var s in analyte.Standards)
        {
            var reasons = new List<string>();
            if (!(s.Recovery >= document.MinRecovery && s.Recovery <= document.MaxRecovery))
            {
                reasons.Add(double.IsFinite(s.Recovery) ? "recovery" : "outside the curve");
            }

            if (s.Cv > document.MaxCv)
            {
                reasons.Add("CV");
            }

            var verdict = s.Accepted ? "<span class=\"ok\">yes</span>" : $"<span class=\"bad\">no</span> ({string.Join(", ", reasons)})";
            html.Append(CultureInfo.InvariantCulture, $"<tr{(s.Accepted ? string.Empty : " class=\"flagged\"")}><td class=\"number\">{SvgNumber.Value(s.Expected)}</td><td>{Html.Escape(string.Join(", ", s.Replicates.Select(r => r.Well)))}</td><td class=\"number\">{SvgNumber.Value(s.MeanMfi)}</td>");
            html.Append($"<td class=\"number\">{Percent(s.Cv)}</td><td class=\"number\">{SvgNumber.Value(s.BackCalculated)}</td><td class=\"number\">{Percent(s.Recovery)}</td><td>{verdict}</td></tr>\n");
        }

        html.Append(CultureInfo.InvariantCulture, $"</table>\n<p class=\"legend\">Accepted: recovery {Percent(document.MinRecovery)}–{Percent(document.MaxRecovery)} % and CV ≤ {Percent(document.MaxCv)} %; LLOQ and ULOQ are the lowest and highest accepted levels.</p>\n</div>\n");
    }

    private static void Samples(StringBuilder html, AssayReportAnalyte analyte)
    {
        if (analyte.Wells.IsEmpty)
        {
            return;
        }

        html.Append(CultureInfo.InvariantCulture, $"<h3>Samples</h3>\n<table class=\"data samples\">\n<tr><th>well</th><th>sample</th><th>type</th><th>{Html.Escape(analyte.MfiLabel)}</th><th>dilution</th><th>concentration</th><th>flags</th></tr>\n");
        foreach (var w in analyte.Wells)
        {
            var flags = string.Join(' ', w.Flags.Select(f => $"<span class=\"flag\">{Html.Escape(f)}</span>"));
            html.Append($"<tr{(w.Flags.IsEmpty ? string.Empty : " class=\"flagged\"")}><td>{Html.Escape(w.Well)}</td><td>{Html.Escape(w.Sample)}</td><td>{w.Kind.ToString().ToLowerInvariant()}</td><td class=\"number\">{SvgNumber.Value(w.Mfi)}</td>");
            html.Append($"<td class=\"number\">{SvgNumber.Value(w.Dilution)}</td><td class=\"number\">{SvgNumber.Value(w.Concentration)}</td><td>{flags}</td></tr>\n");
        }

        html.Append("</table>\n");
    }

    private static string Meaning(string flag, AssayReportDocument document) => flag switch
    {
        "out-of-range" => "response outside the curve's asymptotes: no concentration",
        "<LLOQ" => "below the lowest accepted standard",
        ">ULOQ" => "above the highest accepted standard",
        "high-CV" => $"replicates' CV above {Percent(document.MaxCv)} %",
        "low-beads" => "too few beads counted",
        "control-recovery" => $"control outside {Percent(document.MinRecovery)}–{Percent(document.MaxRecovery)} % of nominal",
        _ => string.Empty,
    };

    private static string Plural(int n) => n == 1 ? string.Empty : "s";

    private static string Limit(double? value) => value is { } v ? SvgNumber.Value(v) : "–";

    /// <summary>A fraction as a percentage with one decimal (– when not finite).</summary>
    private static string Percent(double fraction) => double.IsFinite(fraction) ? (fraction * 100).ToString("0.#", CultureInfo.InvariantCulture) : "–";

    private static string Fixed(double value, int decimals) => double.IsFinite(value) ? value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) : "–";

    /// <summary>A parameter: five significant digits, exponent form for very large or small magnitudes.</summary>
    private static string Precise(double value) =>
        !double.IsFinite(value) ? "–"
        : value != 0 && (Math.Abs(value) >= 1e6 || Math.Abs(value) < 1e-3) ? value.ToString("0.####e+0", CultureInfo.InvariantCulture)
        : Math.Abs(value) >= 1e4 ? value.ToString("0.#", CultureInfo.InvariantCulture)
        : value.ToString("G5", CultureInfo.InvariantCulture);
}
