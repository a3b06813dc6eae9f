using System.Text.RegularExpressions;
using Myokinetics.Reporting.Secretome;

namespace Myokinetics.Reporting.Tests.Secretome;

/// <summary>The secretome report page and its volcano plot.</summary>
public sealed class SecretomeReportWriterTests
{
    private static readonly ImmutableArray<SecretomeReportProtein> Proteins =
    [
        new("IL6", "P05231", 3.1, 1e-6, 0.0004, true, "classically secreted", true, "IL6"),
        new("MSTN", "O14793", -1.5, 4e-4, 0.01, true, "classically secreted", true, "myostatin"),
        new("GAPDH", "P04406", 2.2, 1e-5, 0.002, true, "other", false, null),
        new("ACTB", "P60709", 0.1, 0.6, 0.9, false, "other", false, null),
        new("BDNF", "P23560", 0.3, 0.2, 0.6, false, "classically secreted", true, "BDNF"),
        new(string.Empty, "Q99999;Q99998", -0.2, 0.4, 0.8, false, "unannotated", false, null),
        new("FGF21", "Q9NSA1", double.NaN, double.NaN, double.NaN, false, "classically secreted", true, "FGF21"),
    ];

    private static SecretomeReportDocument Document(double? threshold = 4e-4) => new(
        "Secretome EPS vs control",
        [new ReportFact("Samples", "control & EPS")],
        "control",
        "EPS",
        Proteins,
        0.05,
        threshold,
        1,
        new SecretomeReportFiltering(Read: 10, Removed: 2, FailingValidValues: 1, MinValid: 2, Tested: 6, ImputedValues: null));

    [Fact]
    public void Exactly_The_Significant_Proteins_Are_Coloured_By_Direction()
    {
        var volcano = Volcano(SecretomeReportWriter.Write(Document()));

        Assert.Equal(2, HtmlAssert.Count(volcano, "class=\"up\""));
        Assert.Equal(1, HtmlAssert.Count(volcano, "class=\"down\""));
        Assert.Equal(3, HtmlAssert.Count(volcano, "class=\"ns\""));
        Assert.Contains("<polygon class=\"up\"", volcano, StringComparison.Ordinal);
        Assert.Contains("<circle class=\"up\"", volcano, StringComparison.Ordinal);
        Assert.Contains("<polygon class=\"down\"", volcano, StringComparison.Ordinal);
    }

    [Fact]
    public void Classically_Secreted_Proteins_Are_Triangles_And_The_Others_Circles()
    {
        var volcano = Volcano(SecretomeReportWriter.Write(Document()));

        // IL6, MSTN and BDNF are tested and classically secreted; FGF21 is not tested and not drawn.
        Assert.Equal(3, HtmlAssert.Count(volcano, "<polygon class="));
        Assert.Equal(3, Regex.Count(volcano, "<circle class=\"(up|down|ns)\""));
    }

    [Fact]
    public void The_Catalogue_Myokines_On_The_Plot_Are_Ringed_And_Labelled_And_The_Untested_One_Is_Named()
    {
        var html = SecretomeReportWriter.Write(Document());
        var volcano = Volcano(html);

        var labels = Regex.Matches(volcano, "<text class=\"myokine-label\"[^>]*>([^<]*)</text>").Select(m => m.Groups[1].Value).Order(StringComparer.Ordinal);
        Assert.Equal(["BDNF", "IL6", "myostatin"], labels);
        Assert.Equal(3, HtmlAssert.Count(volcano, "class=\"myokine-ring\""));
        Assert.Contains("Catalogue myokines found but not tested (not on the plot): FGF21.", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Crowded_Myokine_Labels_Stay_Inside_The_Plot_Without_Overlapping()
    {
        // Eight myokines within a hair of each other near p = 1, where labels pushed down would leave the plot.
        var crowded = Enumerable.Range(0, 8)
            .Select(i => new SecretomeReportProtein($"M{i}", $"P{i}", 0.01 * i, 0.98 - (0.001 * i), 0.99, false, "other", false, $"myokine{i}"))
            .ToImmutableArray();
        var html = SecretomeReportWriter.Write(Document() with { Proteins = crowded, PThreshold = null });

        // Each label's box: its anchor, its side (text-anchor) and a width of 6.6 px per character.
        var labels = Regex.Matches(Volcano(html), "<text class=\"myokine-label\" x=\"([^\"]*)\" y=\"([^\"]*)\" text-anchor=\"(start|end)\">([^<]*)<")
            .Select(m => (Anchor: Parse(m.Groups[1].Value), Y: Parse(m.Groups[2].Value), End: m.Groups[3].Value == "end", Width: m.Groups[4].Value.Length * 6.6))
            .Select(l => (X1: l.End ? l.Anchor - l.Width : l.Anchor, X2: l.End ? l.Anchor : l.Anchor + l.Width, l.Y))
            .ToList();
        Assert.Equal(8, labels.Count);
        var bottom = Charts.PlotFrame.Top + (Charts.VolcanoChart.Height - Charts.PlotFrame.Top - 40);
        Assert.All(labels, l => Assert.InRange(l.Y, Charts.PlotFrame.Top, bottom));
        for (var i = 0; i < labels.Count; i++)
        {
            for (var j = i + 1; j < labels.Count; j++)
            {
                var sideBySide = labels[i].X2 <= labels[j].X1 || labels[j].X2 <= labels[i].X1;
                Assert.True(sideBySide || Math.Abs(labels[i].Y - labels[j].Y) >= 11.9, $"labels {i} and {j} overlap");
            }
        }
    }

    private static double Parse(string text) => double.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void The_Fdr_Threshold_Is_A_Line_At_Its_P_Value_And_Absent_When_Nothing_Is_Significant()
    {
        var volcano = Volcano(SecretomeReportWriter.Write(Document()));

        Assert.Equal(1, HtmlAssert.Count(volcano, "<line class=\"threshold\""));
        Assert.Contains("FDR 5 % (p ≤ 4e-4)", volcano, StringComparison.Ordinal);
        Assert.Equal(2, HtmlAssert.Count(volcano, "<line class=\"fc-guide\""));
        Assert.Contains(">2-fold</text>", volcano, StringComparison.Ordinal);
        var none = SecretomeReportWriter.Write(Document(threshold: null));
        Assert.Equal(0, HtmlAssert.Count(Volcano(none), "class=\"threshold\""));
        Assert.Contains("No protein reaches the FDR", none, StringComparison.Ordinal);
    }

    [Fact]
    public void The_Threshold_Line_Sits_At_Minus_Log10_Of_The_P_Value()
    {
        var volcano = Volcano(SecretomeReportWriter.Write(Document()));

        // The line's y equals that of the point at p = 4e-4, MSTN's triangle (its apex is 5.4 px above its centre).
        var line = Regex.Match(volcano, "<line class=\"threshold\" x1=\"[^\"]*\" y1=\"([^\"]*)\"").Groups[1].Value;
        var mstn = Regex.Match(volcano, "<polygon class=\"down\" points=\"[^,]*,([^ ]*) ").Groups[1].Value;
        var triangleCentre = double.Parse(mstn, System.Globalization.CultureInfo.InvariantCulture) + 5.4;
        Assert.Equal(double.Parse(line, System.Globalization.CultureInfo.InvariantCulture), triangleCentre, 0.11);
    }

    [Fact]
    public void The_Table_Lists_The_Significant_Proteins_By_Q_And_The_Classes_Are_Counted()
    {
        var html = SecretomeReportWriter.Write(Document());

        Assert.Equal(["IL6", "GAPDH", "MSTN"], SecretomeReportWriter.SignificantInOrder(Document()).Select(p => p.Gene));
        Assert.Contains("<h2>Significant proteins (3)</h2>", html, StringComparison.Ordinal);
        Assert.Contains("IL6</td><td>P05231</td><td class=\"number\">+3.10</td><td class=\"number\">1e-6</td><td class=\"number\">4e-4</td><td>classically secreted</td><td>yes (IL6)</td></tr>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"number\">−1.50</td>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><td>classically secreted</td><td class=\"number\">4</td><td class=\"number\">3</td><td class=\"number\">2</td><td class=\"number\">1</td><td class=\"number\">1</td></tr>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><td>unannotated</td><td class=\"number\">1</td><td class=\"number\">1</td><td class=\"number\">0</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_Filtering_Summary_Counts_Each_Step()
    {
        var html = SecretomeReportWriter.Write(Document());

        Assert.Contains("<tr><td>read from the file</td><td class=\"number\">10</td></tr>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><td>dropped: reverse (decoy), contaminant or only identified by site</td><td class=\"number\">2</td></tr>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><td>dropped: fewer than 2 valid values in either group</td><td class=\"number\">1</td></tr>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><td>pass the valid-value filter</td><td class=\"number\">7</td></tr>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("imputed", html, StringComparison.Ordinal);
        var imputed = SecretomeReportWriter.Write(Document() with { Filtering = Document().Filtering with { ImputedValues = 12 } });
        Assert.Contains("<td class=\"number\">12 values</td>", imputed, StringComparison.Ordinal);
    }

    [Fact]
    public void The_Page_Is_Self_Contained_Accessible_Escaped_And_Reproducible()
    {
        var html = SecretomeReportWriter.Write(Document());

        Assert.Equal(html, SecretomeReportWriter.Write(Document()));
        HtmlAssert.SelfContained(html);
        Assert.Contains("control &amp; EPS", html, StringComparison.Ordinal);
        Assert.Contains("<title>Volcano plot: EPS vs control</title>", html, StringComparison.Ordinal);
        Assert.Contains("<desc>log2 fold change (EPS over control) against −log10 p for 6 tested proteins; 3 significant at FDR 0.05 (2 up, 1 down); catalogue myokines labelled: IL6, myostatin, BDNF.</desc>", html, StringComparison.Ordinal);
    }

    private static string Volcano(string html) => Regex.Match(html, "<svg .*?</svg>", RegexOptions.Singleline).Value;

}
