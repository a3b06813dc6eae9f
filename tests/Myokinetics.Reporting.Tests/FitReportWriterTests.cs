using Myokinetics.Reporting.Fitting;

namespace Myokinetics.Reporting.Tests;

/// <summary>The fit report page.</summary>
public sealed class FitReportWriterTests
{
    private static FitReportDocument Document() => new(
        "Fit <of> IL-6",
        [new ReportFact("Model", "decay & more")],
        [new FitReportEstimate("k", "0.5", "0.01", "0.48 – 0.52", "per_hour", string.Empty)],
        [new FitReportPanel("A", "mM", [0, 1, 2], [5, 3, 1.8], [new FitReportPoint(0, 5.1, 0.2), new FitReportPoint(2, 1.7, null)], [(0, 0.5), (2, -1.2)])],
        [new FitReportProfile("k", [0.4, 0.5, 0.6], [5, 0, 4.5], 3.84, 0.5, LogScale: true)],
        "time (h)");

    [Fact]
    public void The_Page_Has_The_Plots_The_Table_And_No_Script_And_Escapes_Text()
    {
        var html = FitReportWriter.Write(Document());

        Assert.Contains("<title>Fit &lt;of&gt; IL-6</title>", html, StringComparison.Ordinal);
        Assert.Contains("decay &amp; more", html, StringComparison.Ordinal);
        Assert.Contains("<td><code>k</code></td>", html, StringComparison.Ordinal);

        // One error bar (the second point has no sd), two data dots and two residual dots, three profile points.
        Assert.Equal(1, HtmlAssert.Count(html, "class=\"errorbar\""));
        Assert.Equal(2 + 2 + 3, HtmlAssert.Count(html, "class=\"datum\""));
        Assert.Equal(1, HtmlAssert.Count(html, "class=\"threshold\""));
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http", html.Replace("http://www.w3.org", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void The_Same_Document_Gives_The_Same_Bytes()
    {
        Assert.Equal(FitReportWriter.Write(Document()), FitReportWriter.Write(Document()));
    }

}
