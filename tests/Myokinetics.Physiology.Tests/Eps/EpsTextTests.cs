using Myokinetics.Physiology.Eps;
using Myokinetics.Physiology.Protocols.Text;

namespace Myokinetics.Physiology.Tests.Eps;

public sealed class EpsTextTests
{
    [Fact]
    public void An_Endurance_String_With_Every_Quantity_Reads_Them_All()
    {
        var s = EpsText.Parse("endurance 1Hz 2ms 12V 24h", "--eps");

        Assert.Equal(new EpsStimulation(EpsKind.Endurance, 1, 2, 12, 1, 0, 24), s);
    }

    [Fact]
    public void A_Resistance_String_Takes_The_Burst_Defaults_Of_The_Human_Myotube_Protocol()
    {
        // Lund et al. 2019 (Methods Mol Biol 1889:17, PMID 30367406): 2 ms pulses at 100 Hz for 200 ms
        // every fifth second, i.e. pulses 4 % of the time.
        var s = EpsText.Parse("resistance 100Hz 1h", "--eps");

        Assert.Equal(new EpsStimulation(EpsKind.Resistance, 100, 2, 12, 0.04, 0, 1), s);
    }

    [Fact]
    public void A_Start_Time_And_Minutes_Are_Read_In_Hours()
    {
        var s = EpsText.Parse("resistance 30Hz 30V 90min at 2h", "--eps");

        Assert.Equal(30, s.FrequencyHz);
        Assert.Equal(30, s.Voltage);
        Assert.Equal(1.5, s.Duration, 12);
        Assert.Equal(2, s.Start);
        Assert.Equal(3.5, s.End, 12);
    }

    [Fact]
    public void A_Count_Repeats_The_Period_Daily_And_Every_Sets_The_Interval()
    {
        // Valenzuela et al. 2020 (Front Bioeng Biotechnol 8:565679): the acute protocol on three consecutive days.
        var daily = EpsText.Parse("resistance 100Hz 30min x3", "--eps");
        var twiceADay = EpsText.Parse("endurance 2h at 1h every 12h x4", "--eps");

        Assert.Equal((3, 24.0), (daily.Repeats, daily.Interval));
        Assert.Equal(48.5, daily.End, 12);
        Assert.Equal((4, 12.0), (twiceADay.Repeats, twiceADay.Interval));
        Assert.Equal(37, twiceADay.StartOf(3));
        Assert.Equal(39, twiceADay.End);
    }

    [Theory]
    [InlineData("endurance 2h every 1h x3", "at '1h' (column 20): the interval must be at least the duration")]
    [InlineData("endurance 30h x2", "a period longer than 24h cannot repeat daily")]
    [InlineData("endurance 2h x2 x3", "at 'x3' (column 17): the number of periods is given twice")]
    [InlineData("endurance 2h every 24h", "expected a count after 'every 24h'")]
    public void A_Bad_Repeat_Names_The_Place_And_The_Problem(string text, string expected)
    {
        var error = Assert.Throws<ProtocolFormatException>(() => EpsText.Parse(text, "--eps"));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "at the end (column 1)")]
    [InlineData("sprint 1h", "at 'sprint' (column 1): expected the kind of EPS")]
    [InlineData("endurance 1Hz", "at the end (column 14): expected the duration")]
    [InlineData("endurance 0Hz 24h", "at '0Hz' (column 11): the frequency must be greater than 0")]
    [InlineData("endurance 2ms 80ms 24h", "at '80ms' (column 15): the pulse width must be greater than 0 and at most 50 ms")]
    [InlineData("endurance 1Hz 1Hz 2h", "at '1Hz' (column 15): this quantity is given twice")]
    [InlineData("endurance 12X 2h", "at '12X' (column 11): expected a frequency")]
    [InlineData("endurance 0h", "at '0h' (column 11): the duration must be greater than 0")]
    [InlineData("endurance 2h at", "at the end (column 16): expected a time after 'at'")]
    public void A_Bad_String_Names_The_Option_The_Place_And_The_Problem(string text, string expected)
    {
        var error = Assert.Throws<ProtocolFormatException>(() => EpsText.Parse(text, "--eps"));

        Assert.StartsWith($"--eps \"{text}\":", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }
}
