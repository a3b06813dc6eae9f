using System.Text.RegularExpressions;
using Myokinetics.Reporting.Sensitivity;

namespace Myokinetics.Reporting.Tests.Sensitivity;

public sealed partial class SensitivityReportWriterTests
{
    private static SensitivityReport Report()
    {
        var times = Enumerable.Range(0, 49).Select(i => i * 0.5).ToImmutableArray();
        return new SensitivityReport(
            "Local sensitivity <IL-6>",
            [new ReportFact("Method", "local"), new ReportFact("Parameters", "4")],
            ["Coefficients are (∂y/∂p)(p/y)."],
            [
                new TornadoPanel("peak(IL6_plasma)", "normalised coefficient", [new("il6_k_other", -0.51), new("il6_release_max", 0.71), new("il6_K_load", -0.36), new("il6_k_splanchnic", -0.20)]),
                new TornadoPanel("auc(IL6_plasma)", "total-order index", [new("a", 0.2, 0.15, 0.25, 0.1), new("b", 0.6, 0.55, 0.65, 0.5)], "first-order index"),
            ],
            [
                new LinePanel("IL6_plasma", "coefficient", times, [
                    new LineSeries("il6_k_other", [.. times.Select(t => -0.5 * Math.Exp(-Math.Pow(t - 3, 2)))]),
                    new LineSeries("il6_release_max", [.. times.Select(t => t == 10 ? double.NaN : 0.7 * Math.Exp(-Math.Pow(t - 3, 2)))]),
                ]),
            ]);
    }

    [Fact]
    public void The_Same_Report_Gives_The_Same_Bytes()
    {
        Assert.Equal(SensitivityReportWriter.Write(Report()), SensitivityReportWriter.Write(Report()));
    }

    [Fact]
    public void The_Page_Is_Self_Contained_And_Escapes_Its_Text()
    {
        var html = SensitivityReportWriter.Write(Report());

        HtmlAssert.SelfContained(html);
        Assert.Contains("<title>Local sensitivity &lt;IL-6&gt;</title>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_Tornado_Lists_Its_Parameters_By_Decreasing_Magnitude_With_Negative_Bars_Marked()
    {
        var svg = Charts.TornadoChart.Draw(Report().Tornadoes[0]);

        var labels = LabelPattern().Matches(svg).Select(m => m.Groups[1].Value).Where(l => l.StartsWith("il6", StringComparison.Ordinal)).ToList();
        Assert.Equal(["il6_release_max", "il6_k_other", "il6_K_load", "il6_k_splanchnic"], labels);
        Assert.Equal(3, Occurrences(svg, "class=\"bar negative\""));
        Assert.Equal(1, Occurrences(svg, "class=\"bar positive\""));
    }

    [Fact]
    public void Intervals_Become_Whiskers_And_A_Second_Measure_An_Inner_Bar()
    {
        var svg = Charts.TornadoChart.Draw(Report().Tornadoes[1]);

        Assert.Equal(2, Occurrences(svg, "class=\"whisker\""));
        Assert.Equal(2, Occurrences(svg, "class=\"inner\""));
    }

    [Fact]
    public void Each_Series_Over_Time_Is_A_Line_Broken_Where_A_Value_Is_Not_Finite()
    {
        var svg = Charts.MultiLineChart.Draw(Report().TimeCourses[0]);

        Assert.Equal(1, Occurrences(svg, "<polyline class=\"series\" stroke=\"#0072B2\""));
        Assert.Equal(2, Occurrences(svg, "<polyline class=\"series\" stroke=\"#E69F00\""));
        Assert.DoesNotContain("NaN", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Undefined_Values_Are_Drawn_Last_And_Said_To_Be_Undefined()
    {
        var panel = new TornadoPanel("x", "coefficient", [new("a", double.NaN), new("b", 0.1)]);

        var sorted = Charts.TornadoChart.Sorted(panel.Bars);
        var svg = Charts.TornadoChart.Draw(panel);

        Assert.Equal(["b", "a"], sorted.Select(b => b.Label));
        Assert.Contains(">undefined</text>", svg, StringComparison.Ordinal);
    }

    private static int Occurrences(string text, string part) => (text.Length - text.Replace(part, string.Empty, StringComparison.Ordinal).Length) / part.Length;

    [GeneratedRegex("text-anchor=\"end\" dominant-baseline=\"middle\">([^<]+)</text>")]
    private static partial Regex LabelPattern();
}
