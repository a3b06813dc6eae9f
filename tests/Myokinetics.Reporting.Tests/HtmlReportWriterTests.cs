namespace Myokinetics.Reporting.Tests;

public sealed class HtmlReportWriterTests
{
    private static ReportDocument Document(string title = "IL-6 after cycling")
    {
        var times = Enumerable.Range(0, 97).Select(i => i * 0.25).ToImmutableArray();
        var il6 = times.Select(t => 1.5 + (12 * Math.Exp(-Math.Pow(t - 3, 2)))).ToImmutableArray();
        var flat = times.Select(_ => 25.0).ToImmutableArray();
        return new ReportDocument(
            title,
            [new ReportFact("Sex", "male"), new ReportFact("Age", "30 years")],
            ["cycling 60min @65%VO2max at 2h", "testosterone_cypionate 200mg im at 6h"],
            [
                new ReportSection("Plasma myokines", [new ReportSeries("IL6_plasma", "IL-6 (plasma)", "pg/mL", times, il6), new ReportSeries("BDNF_serum", "BDNF <serum>", "ng/mL", times, flat)]),
                new ReportSection("Organ outcomes", []),
            ],
            [new TimeBand(2, 3, "cycling 60min @65%VO2max")],
            [new TimeMarker(6, "testosterone_cypionate 200mg im")]);
    }

    [Fact]
    public void The_Same_Document_Gives_The_Same_Bytes()
    {
        Assert.Equal(HtmlReportWriter.Write(Document()), HtmlReportWriter.Write(Document()));
    }

    [Fact]
    public void The_Page_Is_Self_Contained()
    {
        var html = HtmlReportWriter.Write(Document());

        HtmlAssert.SelfContained(html);
    }

    [Fact]
    public void The_Page_States_The_Subject_The_Protocol_And_The_Disclaimer()
    {
        var html = HtmlReportWriter.Write(Document());

        Assert.Contains("<tr><th>Age</th><td>30 years</td></tr>", html, StringComparison.Ordinal);
        Assert.Contains("<li><code>cycling 60min @65%VO2max at 2h</code></li>", html, StringComparison.Ordinal);
        Assert.Contains("Research and education, not medical advice.", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_Series_Is_A_Chart_With_The_Session_Band_And_The_Dose_Marker()
    {
        var html = HtmlReportWriter.Write(Document());

        Assert.Equal(2, HtmlAssert.Count(html, "<svg "));
        Assert.Equal(2, HtmlAssert.Count(html, "class=\"band\""));
        Assert.Equal(2, HtmlAssert.Count(html, "<g class=\"dose\">"));
        Assert.Contains("<h2>Plasma myokines</h2>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<h2>Organ outcomes</h2>", html, StringComparison.Ordinal);
        Assert.Contains(">time (h)</text>", html, StringComparison.Ordinal);
        Assert.Contains(">pg/mL</text>", html, StringComparison.Ordinal);
        Assert.Contains("peak 13.5 at 3 h", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_Is_Escaped()
    {
        var html = HtmlReportWriter.Write(Document("A <b> & \"c\""));

        Assert.Contains("<title>A &lt;b&gt; &amp; &quot;c&quot;</title>", html, StringComparison.Ordinal);
        Assert.Contains("BDNF &lt;serum&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<serum>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_Long_Run_Is_Drawn_In_Days()
    {
        var times = Enumerable.Range(0, 85).Select(i => i * 24.0).ToImmutableArray();
        var document = Document() with
        {
            Sections = [new ReportSection("Body composition", [new ReportSeries("muscle_mass", "Muscle", "kg", times, [.. times.Select(t => 28.5 + (t / 2016))])])],
        };

        var html = HtmlReportWriter.Write(document);

        Assert.Contains(">time (d)</text>", html, StringComparison.Ordinal);
        Assert.Contains(">84</text>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Non_Finite_Values_Break_The_Line()
    {
        var times = ImmutableArray.Create(0.0, 1, 2, 3, 4);
        var document = Document() with
        {
            Sections = [new ReportSection("S", [new ReportSeries("x", "x", "u", times, [1, 2, double.NaN, 4, 5])])],
        };

        var html = HtmlReportWriter.Write(document);

        Assert.Equal(2, HtmlAssert.Count(html, "<polyline"));
    }

    [Fact]
    public void A_Dense_Series_Is_Thinned_But_Keeps_Its_Peak()
    {
        var times = Enumerable.Range(0, 20001).Select(i => i * 0.001).ToImmutableArray();
        var values = times.Select(t => Math.Abs(t - 13.1234) < 0.0005 ? 100.0 : 1.0).ToImmutableArray();
        var document = Document() with { Sections = [new ReportSection("S", [new ReportSeries("x", "x", "u", times, values)])] };

        var html = HtmlReportWriter.Write(document);

        var points = html[html.IndexOf("<polyline class=\"line\" points=\"", StringComparison.Ordinal)..].Split('"')[3].Split(' ');
        Assert.InRange(points.Length, 400, 2000);
        Assert.Contains(points, p => p.EndsWith(",12", StringComparison.Ordinal));
        Assert.Contains("peak 100 at 13.12 h", html, StringComparison.Ordinal);
    }

}
