using System.Text;
using Myokinetics.Reporting.Charts;

namespace Myokinetics.Reporting.Tests;

/// <summary>The log-axis frame of the assay charts and the reading numbers.</summary>
public sealed class LogFrameTests
{
    [Theory]
    [InlineData(-4, "1e-4")]
    [InlineData(-3, "0.001")]
    [InlineData(-1, "0.1")]
    [InlineData(0, "1")]
    [InlineData(4, "10000")]
    [InlineData(5, "1e5")]
    public void Decades_Are_Labelled_As_Plain_Numbers_Between_0_001_And_10000(int decade, string label)
    {
        Assert.Equal(label, LogFrame.DecadeLabel(decade));
    }

    [Fact]
    public void The_Decades_Enclose_The_Positive_Values_And_Span_At_Least_One()
    {
        Assert.Equal((-1, 3), LogFrame.Decades([0.2, 999, -5, double.NaN]));
        Assert.Equal((1, 2), LogFrame.Decades([10]));
        Assert.Equal((1, 2), LogFrame.Decades([10, 100]));
        Assert.Equal((0, 1), LogFrame.Decades([]));
    }

    [Fact]
    public void A_Decade_Maps_To_Equal_Widths_And_Values_Outside_Sit_At_The_Edge()
    {
        var frame = LogFrame.LogLog([1, 1000], [10, 100000], 300);

        var one = frame.Px(1);
        var ten = frame.Px(10);
        var hundred = frame.Px(100);
        Assert.Equal(ten - one, hundred - ten, 9);
        Assert.Equal(frame.Px(1000), frame.Px(1e6));
        Assert.Equal(frame.Py(10), frame.Py(0));
        Assert.Equal(frame.Py(1000), (frame.Py(100) + frame.Py(10000)) / 2, 9);
    }

    [Fact]
    public void A_Line_Breaks_Where_Points_Leave_The_Axes()
    {
        var frame = LogFrame.LogLog([1, 100], [1, 100], 300);
        var svg = new StringBuilder();

        frame.Line(svg, [1, 2, 3, 4, 5, 6], [2, 3, -1, 4, 5, 500], "curve");

        // (1, 2)–(2, 3), then a break at y = −1, then (4, 4)–(5, 5); y = 500 is above the axis.
        Assert.Equal(2, svg.ToString().Split("<polyline").Length - 1);
    }

    [Theory]
    [InlineData(7.5, 2.5, "7.5")]
    [InlineData(10, 2.5, "10.0")]
    [InlineData(20, 5, "20")]
    [InlineData(0.25, 0.25, "0.25")]
    public void Tick_Labels_Keep_The_Decimals_Of_A_Step_Like_2_5(double value, double step, string text)
    {
        Assert.Equal(text, SvgNumber.Tick(value, step));
    }

    [Theory]
    [InlineData(12345.6, "12346")]
    [InlineData(9876.54, "9877")]
    [InlineData(123456, "1.235e+5")]
    [InlineData(0.5, "0.5")]
    public void Reading_Numbers_Never_Use_A_Capital_E_Exponent(double value, string text)
    {
        Assert.Equal(text, SvgNumber.Value(value));
    }
}
