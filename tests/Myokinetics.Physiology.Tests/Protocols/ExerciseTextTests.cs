using Myokinetics.Physiology.Protocols;
using Myokinetics.Physiology.Protocols.Text;

namespace Myokinetics.Physiology.Tests.Protocols;

public sealed class ExerciseTextTests
{
    private static ExerciseInstruction Parse(string text) => ExerciseText.Parse(text, "--exercise", Catalogs.Modalities);

    [Fact]
    public void A_Duration_At_A_Fraction_Of_VO2max_Is_One_Session_At_Time_Zero()
    {
        var e = Parse("cycling 60min @65%VO2max");

        var session = Assert.Single(e.ToSessions());
        Assert.Equal("cycling", session.Modality);
        Assert.Equal(0, session.Start);
        Assert.Equal(1, session.Duration);
        Assert.Equal(0.65, session.Intensity);
        Assert.Equal(0.45, session.ActiveFraction);
        Assert.Equal(0, session.Load);
        Assert.False(session.Resistance);
        Assert.False(session.Eccentric);
        Assert.Equal(0, session.CarbohydrateGramsPerHour);
        Assert.Equal("cycling 60min @65%VO2max", session.Description);
    }

    [Fact]
    public void Every_Option_Is_Read_In_Any_Order()
    {
        var e = Parse("running 2.5h @70%VO2max every 2d x36 eccentric cho=60g/h at 8h");

        var sessions = e.ToSessions().ToList();
        Assert.Equal(36, sessions.Count);
        Assert.Equal(8, sessions[0].Start);
        Assert.Equal(8 + (35 * 48), sessions[^1].Start);
        Assert.All(sessions, s => Assert.Equal(2.5, s.Duration));
        Assert.All(sessions, s => Assert.True(s.Eccentric));
        Assert.All(sessions, s => Assert.Equal(60, s.CarbohydrateGramsPerHour));
        Assert.Equal(0.5, sessions[0].ActiveFraction);
    }

    [Fact]
    public void Sets_And_Repetitions_Become_A_Duration_And_The_Load_A_Metabolic_Intensity()
    {
        var e = Parse("resistance-legs 4x12 @75%1RM");

        var session = Assert.Single(e.ToSessions());
        // 3 lifts × 4 sets × 12 reps × 3 s + 11 rests × 120 s = 432 + 1320 = 1752 s (modalities.yaml).
        Assert.Equal(1752.0 / 3600, session.Duration, 12);
        Assert.Equal(0.75, session.Load);
        Assert.Equal(0.62 * 0.75, session.Intensity, 12);
        Assert.True(session.Resistance);
        Assert.Equal(0.5, session.ActiveFraction);
    }

    [Fact]
    public void A_Resistance_Session_May_Be_Given_As_A_Duration()
    {
        var session = Assert.Single(Parse("resistance-whole-body 45min @70%1RM eccentric").ToSessions());

        Assert.Equal(0.75, session.Duration);
        Assert.Equal(0.7, session.Load, 12);
        Assert.True(session.Eccentric);
        Assert.Equal(0.8, session.ActiveFraction);
    }

    [Theory]
    [InlineData("cycling 60min @50%Wmax", 0.156 + (0.844 * 0.5))]
    [InlineData("hiit 20min @100%Wmax", 1.0)]
    public void Percent_Wmax_Of_A_Whole_Body_Modality_Converts_To_A_Fraction_Of_VO2max(string text, double intensity)
    {
        Assert.Equal(intensity, Parse(text).Intensity, 12);
    }

    [Theory]
    [InlineData("knee-extension 5h @40%Wmax", 0.4)]
    public void Percent_Wmax_Of_A_Small_Muscle_Group_Is_Its_Own_Relative_Intensity(string text, double intensity)
    {
        Assert.Equal(intensity, Parse(text).Intensity, 12);
    }

    [Fact]
    public void Knee_Extension_Works_One_Quadriceps()
    {
        var session = Assert.Single(Parse("knee-extension 5h @40%Wmax").ToSessions());

        Assert.Equal(5, session.Duration);
        Assert.Equal(0.088, session.ActiveFraction);
    }

    [Fact]
    public void Hiit_Bouts_Times_Length_Are_Separate_Sessions_With_Recoveries()
    {
        var sessions = Parse("hiit 4x4min @85%VO2max at 1h").ToSessions().ToList();

        // 4 min bouts with 3 min recoveries (ratio 0.75): starts at 1 h + 0, 7, 14, 21 min.
        Assert.Equal(4, sessions.Count);
        Assert.Equal([1, 1 + (7.0 / 60), 1 + (14.0 / 60), 1 + (21.0 / 60)], sessions.Select(s => s.Start), new Tolerance(1e-12));
        Assert.All(sessions, s => Assert.Equal(4.0 / 60, s.Duration, 12));
        Assert.All(sessions, s => Assert.Equal(0.85, s.Intensity));
    }

    [Fact]
    public void A_Hiit_Duration_Is_Cut_Into_Default_Bouts()
    {
        var e = Parse("hiit 20min @90%VO2max");

        // 60 s bouts with 75 s recoveries: (1200 + 75) / 135 → 9 bouts, the last ending at 8 × 135 + 60 = 1140 s.
        Assert.Equal(9, e.Bouts.Length);
        Assert.Equal(1140.0 / 3600, e.Span, 12);
    }

    [Theory]
    [InlineData("", "--exercise \"\": at the end (column 1): expected a modality: cycling, running, walking, rowing, knee-extension, resistance-legs, resistance-whole-body, hiit")]
    [InlineData("cycling", "--exercise \"cycling\": at the end (column 8): expected an amount after 'cycling': a duration such as 45min, 2.5h or 90s")]
    [InlineData("cycling 60min", "--exercise \"cycling 60min\": at the end (column 14): expected an intensity after the amount, such as @65%VO2max")]
    [InlineData("cycling 60min @165%VO2max", "--exercise \"cycling 60min @165%VO2max\": at '@165%VO2max' (column 15): intensity must be between 1% and 100% of VO2max")]
    [InlineData("cycling 60min @0.5%Wmax", "--exercise \"cycling 60min @0.5%Wmax\": at '@0.5%Wmax' (column 15): intensity must be between 1% and 100% of Wmax")]
    [InlineData("cycling 60 @65%VO2max", "--exercise \"cycling 60 @65%VO2max\": at '60' (column 9): expected a duration such as 45min, 2.5h or 90s")]
    [InlineData("cycling 4x12 @65%VO2max", "--exercise \"cycling 4x12 @65%VO2max\": at '4x12' (column 9): cycling takes a duration such as 45min, not sets x repetitions")]
    [InlineData("cycling 25h @65%VO2max", "--exercise \"cycling 25h @65%VO2max\": at '25h' (column 9): a session must last more than 0 and at most 24 h")]
    [InlineData("cycling 60min 65%VO2max", "--exercise \"cycling 60min 65%VO2max\": at '65%VO2max' (column 15): expected an intensity such as @65%VO2max, @40%Wmax or @75%1RM")]
    [InlineData("running 30min @50%Wmax", "--exercise \"running 30min @50%Wmax\": at '@50%Wmax' (column 15): running takes its intensity as %VO2max, not %Wmax")]
    [InlineData("resistance-legs 4x12 @70%VO2max", "--exercise \"resistance-legs 4x12 @70%VO2max\": at '@70%VO2max' (column 22): resistance-legs takes its intensity as %1RM, not %VO2max")]
    [InlineData("resistance-legs 0x12 @70%1RM", "--exercise \"resistance-legs 0x12 @70%1RM\": at '0x12' (column 17): sets must be 1–30 and repetitions 1–200")]
    [InlineData("hiit 4x12 @90%VO2max", "--exercise \"hiit 4x12 @90%VO2max\": at '4x12' (column 6): hiit takes bouts x bout length such as 4x4min, or a duration")]
    [InlineData("cycling 60min @65%VO2max cho=200g/h", "--exercise \"cycling 60min @65%VO2max cho=200g/h\": at 'cho=200g/h' (column 26): carbohydrate intake must be between 0 and 150 g/h")]
    [InlineData("cycling 60min @65%VO2max cho=60", "--exercise \"cycling 60min @65%VO2max cho=60\": at 'cho=60' (column 26): expected carbohydrate intake as cho=Ng/h, such as cho=60g/h")]
    [InlineData("cycling 60min @65%VO2max at", "--exercise \"cycling 60min @65%VO2max at\": at the end (column 28): expected a time after 'at', such as 8h or 30min")]
    [InlineData("cycling 60min @65%VO2max at 8", "--exercise \"cycling 60min @65%VO2max at 8\": at '8' (column 29): expected a time after 'at' with a unit: s, min, h, d or w (e.g. 8h, 30min, 2d)")]
    [InlineData("cycling 60min @65%VO2max at 1h at 2h", "--exercise \"cycling 60min @65%VO2max at 1h at 2h\": at 'at' (column 32): 'at' is given twice")]
    [InlineData("cycling 60min @65%VO2max every 2d", "--exercise \"cycling 60min @65%VO2max every 2d\": at the end (column 34): expected a count after 'every 2d', such as x12")]
    [InlineData("cycling 60min @65%VO2max every 2d 12", "--exercise \"cycling 60min @65%VO2max every 2d 12\": at '12' (column 35): expected a count after 'every 2d', such as x12 (a whole number of at least 1)")]
    [InlineData("cycling 60min @65%VO2max every 0h x3", "--exercise \"cycling 60min @65%VO2max every 0h x3\": at '0h' (column 32): the time after 'every' must be greater than 0")]
    [InlineData("cycling 60min @65%VO2max every 30min x3", "--exercise \"cycling 60min @65%VO2max every 30min x3\": at '30min' (column 32): sessions would overlap: each lasts 1 h but they repeat every 30 min")]
    [InlineData("cycling 60min @65%VO2max eccentric eccentric", "--exercise \"cycling 60min @65%VO2max eccentric eccentric\": at 'eccentric' (column 36): 'eccentric' is given twice")]
    [InlineData("cycling 60min @65%VO2max fast", "--exercise \"cycling 60min @65%VO2max fast\": at 'fast' (column 26): unexpected word; expected cho=Ng/h, eccentric, at TIME or every TIME xCOUNT")]
    public void Every_Error_Is_One_Line_Naming_The_Text_And_The_Position(string text, string message)
    {
        var error = Assert.Throws<ProtocolFormatException>(() => Parse(text));

        Assert.Equal(message, error.Message);
        Assert.DoesNotContain('\n', error.Message);
        Assert.Equal(1, error.ExitCode);
    }

    private sealed class Tolerance(double tolerance) : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) <= tolerance;

        public int GetHashCode(double obj) => 0;
    }
}
