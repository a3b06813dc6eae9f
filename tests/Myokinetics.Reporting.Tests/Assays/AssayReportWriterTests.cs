using System.Text.RegularExpressions;
using Myokinetics.Reporting.Assays;

namespace Myokinetics.Reporting.Tests.Assays;

/// <summary>The assay plate report page.</summary>
public sealed class AssayReportWriterTests
{
    private static readonly ImmutableArray<string> None = [];

    /// <summary>A 4PL y = d + (a − d)/(1 + (x/c)^b) with a = 40, b = 1, c = 100, d = 20000, sampled for the curve.</summary>
    private static double Curve(double x) => 20000 + ((40 - 20000) / (1 + (x / 100)));

    private static AssayReportAnalyte Il6()
    {
        double[] levels = [2.5, 10, 40, 160, 640];
        var standards = levels.Select((x, i) => new AssayReportStandard(
            x,
            Curve(x),
            i == 4 ? 0.25 : 0.03,
            x * 1.01,
            i == 4 ? 1.31 : 1.01,
            Accepted: i < 4,
            [new AssayReportReplicate($"A{(2 * i) + 1}", Curve(x) * 0.98, 0.97, None), new AssayReportReplicate($"A{(2 * i) + 2}", Curve(x) * 1.02, 1.04, i == 4 ? ["high-CV"] : None)])).ToImmutableArray();
        ImmutableArray<AssayReportWell> wells =
        [
            new("B1", "s1", AssayReportWellKind.Unknown, Curve(50), 100, 2, None),
            new("B2", "s2", AssayReportWellKind.Unknown, Curve(1), 2, 2, ["<LLOQ"]),
            new("B3", "far", AssayReportWellKind.Unknown, 25000, double.NaN, 1, ["out-of-range"]),
            new("B4", "QC", AssayReportWellKind.Control, Curve(30), 30, 1, None),
            new("B5", "Blank", AssayReportWellKind.Blank, 38, double.NaN, 1, ["out-of-range"]),
        ];
        var xs = Enumerable.Range(0, 41).Select(i => Math.Pow(10, i / 10.0)).ToImmutableArray();
        return new AssayReportAnalyte(
            "IL-6",
            "4PL",
            [new("a", 40, "response at zero concentration"), new("b", 1, "slope factor"), new("c", 100, "inflection concentration"), new("d", 20000, "response at infinite concentration")],
            [new("4PL", -60.5, 0.01, 10, true, true, "used (lower AIC)"), new("5PL", -58.25, 0.0099, 10, true, false, "higher AIC")],
            xs,
            [.. xs.Select(Curve)],
            standards,
            wells,
            [new AssayReportControl("QC", 32, 30, 30.0 / 32, true)],
            Lod: null,
            Lloq: 2.5,
            Uloq: 160,
            "MFI");
    }

    private static AssayReportAnalyte Irisin()
    {
        double[] levels = [1, 3, 9, 27];
        var standards = levels.Select(x => new AssayReportStandard(
            x,
            Curve(x * 10),
            0.05,
            x,
            1,
            true,
            [.. Enumerable.Range(0, 3).Select(r => new AssayReportReplicate($"C{r + 1}", Curve(x * 10), 1, None))])).ToImmutableArray();
        var xs = Enumerable.Range(0, 31).Select(i => Math.Pow(10, (i / 10.0) - 1)).ToImmutableArray();
        return new AssayReportAnalyte(
            "Irisin <ng>",
            "5PL",
            [new("a", 40, "a"), new("g", 0.7, "asymmetry")],
            [new("4PL", -20, 0.1, 12, true, false, "higher AIC"), new("5PL", -25, 0.05, 12, true, true, "used (lower AIC)")],
            xs,
            [.. xs.Select(x => Curve(x * 10))],
            standards,
            [new("D1", "s1", AssayReportWellKind.Unknown, Curve(50), 5, 1, None), new("D2", "s2", AssayReportWellKind.Unknown, Curve(100), 10, 1, None)],
            [],
            Lod: 0.5,
            Lloq: 1,
            Uloq: 27,
            "net MFI");
    }

    private static AssayReportDocument Document() => new(
        "Assay plate plate.csv",
        [new ReportFact("Plate", "plate & co.csv")],
        [Il6(), Irisin()],
        "concentration (pg/mL)",
        0.8,
        1.2,
        0.2);

    [Fact]
    public void Each_Analyte_Has_One_Standard_Curve_With_Every_Standard_Well_And_Every_Unknown_And_Control()
    {
        var html = AssayReportWriter.Write(Document());

        Assert.Equal(2, HtmlAssert.Count(html, "<polyline class=\"curve\""));
        var il6 = CurveSvg(html, 1);
        Assert.Equal(8, HtmlAssert.Count(il6, "<circle class=\"std\""));
        Assert.Equal(2, HtmlAssert.Count(il6, "<circle class=\"std-out\""));
        Assert.Equal(3, HtmlAssert.Count(il6, "<polygon class=\"unk"));
        Assert.Equal(1, HtmlAssert.Count(il6, "<rect class=\"ctl"));
        Assert.Equal(2, HtmlAssert.Count(il6, "class=\"unk flagged\""));
        var irisin = CurveSvg(html, 2);
        Assert.Equal(12, HtmlAssert.Count(irisin, "<circle class=\"std"));
        Assert.Equal(2, HtmlAssert.Count(irisin, "<polygon class=\"unk\""));
        Assert.Equal(0, HtmlAssert.Count(irisin, " flagged\""));
    }

    [Fact]
    public void The_Limits_Are_Labelled_Lines_And_The_Quantifiable_Range_Is_Shaded()
    {
        var html = AssayReportWriter.Write(Document());

        var il6 = CurveSvg(html, 1);
        Assert.Contains(">LLOQ 2.5</text>", il6, StringComparison.Ordinal);
        Assert.Contains(">ULOQ 160</text>", il6, StringComparison.Ordinal);
        Assert.DoesNotContain(">LOD ", il6, StringComparison.Ordinal);
        Assert.Equal(0, HtmlAssert.Count(il6, "<line class=\"lod\""));
        Assert.Equal(2, HtmlAssert.Count(il6, "<line class=\"limit\""));
        Assert.Equal(1, HtmlAssert.Count(il6, "<rect class=\"band\""));
        var irisin = CurveSvg(html, 2);
        Assert.Contains(">LOD 0.5</text>", irisin, StringComparison.Ordinal);
        Assert.Equal(1, HtmlAssert.Count(irisin, "<line class=\"lod\""));
    }

    [Fact]
    public void Flagged_Wells_Are_Listed_Under_The_Curve_And_Highlighted_In_The_Samples_Table()
    {
        var html = AssayReportWriter.Write(Document());

        Assert.Contains("Flagged: <span class=\"flag\">&lt;LLOQ</span> B2 (s2); <span class=\"flag\">out-of-range</span> B3 (far)</p>", html, StringComparison.Ordinal);
        Assert.Contains("No unknown or control is flagged.", html, StringComparison.Ordinal);
        Assert.Equal(3, HtmlAssert.Count(Section(html, 1), "<tr class=\"flagged\"><td>B"));
    }

    [Fact]
    public void The_Summary_Counts_Readings_By_Flag_Over_All_Analytes()
    {
        var counts = AssayReportWriter.FlagCounts(Document());

        Assert.Equal(["high-CV", "<LLOQ", "out-of-range"], counts.Select(c => c.Flag));
        Assert.Equal([1, 1, 2], counts.Select(c => c.Total));
        Assert.Equal([2, 0], counts[2].ByAnalyte);
        var html = AssayReportWriter.Write(Document());
        Assert.Contains("2 analytes in 20 wells: 22 standard, 5 unknown, 1 control and 1 blank readings", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_Recovery_Chart_Has_A_Dot_Per_Standard_Well_The_Band_And_The_Hundred_Percent_Line()
    {
        var html = AssayReportWriter.Write(Document());

        var recovery = Svgs(Section(html, 1))[1];
        Assert.Equal(10, HtmlAssert.Count(recovery, "<circle class=\"rec"));
        Assert.Equal(1, HtmlAssert.Count(recovery, "<line class=\"level-out\""));
        Assert.Equal(1, HtmlAssert.Count(recovery, "<rect class=\"band\""));
        Assert.Equal(1, HtmlAssert.Count(recovery, "<line class=\"guide\""));
    }

    [Fact]
    public void The_Tables_Show_The_Model_Comparison_And_Controls()
    {
        var html = AssayReportWriter.Write(Document());

        Assert.Contains("<tr class=\"chosen\"><td>4PL</td><td class=\"number\">10</td><td class=\"number\">0.01</td><td class=\"number\">-60.50</td><td class=\"number\">0.00</td><td>used (lower AIC)</td></tr>", html, StringComparison.Ordinal);
        Assert.Contains("<td>5PL</td><td class=\"number\">10</td><td class=\"number\">0.0099</td><td class=\"number\">-58.25</td><td class=\"number\">2.25</td>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><td>QC</td><td class=\"number\">32</td><td class=\"number\">30</td><td class=\"number\">93.8</td>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"bad\">no</span> (recovery, CV)", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_Page_Is_Self_Contained_Accessible_Escaped_And_Reproducible()
    {
        var html = AssayReportWriter.Write(Document());

        Assert.Equal(html, AssayReportWriter.Write(Document()));
        HtmlAssert.SelfContained(html);
        Assert.Contains("plate &amp; co.csv", html, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"analyte-2\">Irisin &lt;ng&gt;</h2>", html, StringComparison.Ordinal);
        Assert.Equal(4, HtmlAssert.Count(html, "<svg "));
        Assert.Equal(4, HtmlAssert.Count(html, "<desc>"));
        Assert.Contains("<title>IL-6: standard curve (4PL)</title>", html, StringComparison.Ordinal);
        Assert.Contains(AssayReportDocument.LabDisclaimer, html, StringComparison.Ordinal);
    }

    /// <summary>The HTML of the analyte's section (1-based), up to the next one.</summary>
    private static string Section(string html, int analyte)
    {
        var start = html.IndexOf($"<h2 id=\"analyte-{analyte}\">", StringComparison.Ordinal);
        var end = html.IndexOf($"<h2 id=\"analyte-{analyte + 1}\">", StringComparison.Ordinal);
        return end < 0 ? html[start..] : html[start..end];
    }

    private static string CurveSvg(string html, int analyte) => Svgs(Section(html, analyte))[0];

    private static List<string> Svgs(string html) => [.. Regex.Matches(html, "<svg .*?</svg>", RegexOptions.Singleline).Select(m => m.Value)];

}
