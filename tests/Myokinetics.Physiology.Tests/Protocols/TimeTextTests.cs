using Myokinetics.Physiology.Protocols.Text;

namespace Myokinetics.Physiology.Tests.Protocols;

public sealed class TimeTextTests
{
    [Theory]
    [InlineData("90s", 0.025)]
    [InlineData("45min", 0.75)]
    [InlineData("2.5h", 2.5)]
    [InlineData("0h", 0)]
    [InlineData("2d", 48)]
    [InlineData("12w", 2016)]
    [InlineData(".5h", 0.5)]
    public void Every_Unit_Converts_To_Hours(string text, double hours)
    {
        Assert.True(TimeText.TryParseHours(text, out var value));
        Assert.Equal(hours, value, 12);
    }

    [Theory]
    [InlineData("45")]
    [InlineData("45 min")]
    [InlineData("-1h")]
    [InlineData("1e3s")]
    [InlineData("2hours")]
    [InlineData("1,5h")]
    [InlineData("")]
    public void A_Time_Needs_A_Non_Negative_Number_And_A_Known_Unit_Without_A_Space(string text)
    {
        Assert.False(TimeText.TryParseHours(text, out _));
    }

    [Theory]
    [InlineData("x1", 1)]
    [InlineData("x36", 36)]
    public void A_Count_Is_x_And_A_Whole_Number(string text, int count)
    {
        Assert.True(TimeText.TryParseCount(text, out var n));
        Assert.Equal(count, n);
    }

    [Theory]
    [InlineData("x0")]
    [InlineData("36")]
    [InlineData("x-2")]
    [InlineData("x2.5")]
    [InlineData("x")]
    public void A_Bad_Count_Is_Refused(string text)
    {
        Assert.False(TimeText.TryParseCount(text, out _));
    }

    [Theory]
    [InlineData(0.5, "30 min")]
    [InlineData(1.5, "1.5 h")]
    [InlineData(72, "3 d")]
    [InlineData(30, "30 h")]
    public void Hours_Are_Written_Briefly(double hours, string text)
    {
        Assert.Equal(text, TimeText.Format(hours));
    }
}
