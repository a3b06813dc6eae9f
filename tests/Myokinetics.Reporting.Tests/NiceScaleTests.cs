using Myokinetics.Reporting.Charts;

namespace Myokinetics.Reporting.Tests;

public sealed class NiceScaleTests
{
    [Theory]
    [InlineData(1.5, 14.3, 0, 15, 5)]
    [InlineData(0, 1, 0, 1, 0.25)]
    [InlineData(3.2, 3.9, 3.2, 4, 0.2)]
    [InlineData(-7, 23, -10, 30, 10)]
    [InlineData(0.0012, 0.0047, 0.001, 0.005, 0.001)]
    public void A_Range_Is_Rounded_Outwards_To_A_Round_Step(double low, double high, double min, double max, double step)
    {
        var scale = NiceScale.For(low, high);

        Assert.Equal(min, scale.Min, 12);
        Assert.Equal(max, scale.Max, 12);
        Assert.Equal(step, scale.Step, 12);
        Assert.True(scale.Min <= low && scale.Max >= high);
    }

    [Fact]
    public void A_Flat_Series_Gets_A_Range_Around_Its_Value()
    {
        var scale = NiceScale.For(25, 25);

        Assert.True(scale.Min < 25 && scale.Max > 25);
        Assert.True(scale.Min >= 0);
    }

    [Fact]
    public void A_Flat_Zero_Series_Gets_A_Unit_Range()
    {
        var scale = NiceScale.For(0, 0);

        Assert.True(scale.Min <= 0 && scale.Max > 0);
    }

    [Fact]
    public void Ticks_Run_From_Min_To_Max_By_Step_With_An_Exact_Zero()
    {
        Assert.Equal([-10, 0, 10, 20, 30], NiceScale.For(-7, 23).Ticks());
    }

    [Theory]
    [InlineData(0, 24, "h", 3)]
    [InlineData(0, 6, "h", 1)]
    [InlineData(0, 1, "h", 0.25)]
    [InlineData(0, 72, "h", 12)]
    [InlineData(0, 96, "d", 1)]
    [InlineData(0, 2016, "d", 14)]
    public void The_Time_Axis_Is_In_Hours_Up_To_Three_Days_And_In_Days_Beyond(double start, double end, string unit, double step)
    {
        var axis = TimeAxis.For(start, end);

        Assert.Equal(unit, axis.Unit);
        Assert.Equal(step, axis.Scale.Step);
        Assert.Equal($"time ({unit})", axis.Label);
    }

    [Theory]
    [InlineData(0.25, 0.05, "0.25")]
    [InlineData(2, 0.5, "2.0")]
    [InlineData(12, 4, "12")]
    [InlineData(0, 0.1, "0")]
    [InlineData(0.002, 0.001, "0.002")]
    [InlineData(1.25, 0.25, "1.25")]
    public void Tick_Labels_Have_The_Decimals_The_Step_Needs(double value, double step, string text)
    {
        Assert.Equal(text, SvgNumber.Tick(value, step));
    }
}
