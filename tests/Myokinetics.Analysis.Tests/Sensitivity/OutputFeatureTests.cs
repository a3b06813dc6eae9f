using Myokinetics.Analysis.Sensitivity;

namespace Myokinetics.Analysis.Tests.Sensitivity;

public sealed class OutputFeatureTests
{
    private static readonly double[] Grid = [.. Enumerable.Range(0, 101).Select(i => i * 0.05)];

    [Theory]
    [InlineData("peak(IL6_plasma)", FeatureKind.Peak, "IL6_plasma")]
    [InlineData("tpeak(IL6_plasma)", FeatureKind.TimeOfPeak, "IL6_plasma")]
    [InlineData("time_of_peak(x)", FeatureKind.TimeOfPeak, "x")]
    [InlineData("min( glucose_plasma )", FeatureKind.Minimum, "glucose_plasma")]
    [InlineData("auc(A)", FeatureKind.Area, "A")]
    [InlineData("A@2.5", FeatureKind.Value, "A")]
    public void A_Feature_Is_Read_From_Its_Text(string text, FeatureKind kind, string variable)
    {
        var feature = OutputFeatureParser.Parse(text);

        Assert.Equal(kind, feature.Kind);
        Assert.Equal(variable, feature.Variable);
    }

    [Fact]
    public void A_List_Is_Split_At_Commas_Outside_Parentheses_And_Times_Are_Read_By_The_Callers_Function()
    {
        double? Hours(string text) => text.EndsWith('h') ? double.Parse(text[..^1], System.Globalization.CultureInfo.InvariantCulture) : null;

        var features = OutputFeatureParser.ParseList("peak(A),auc(B, 1h, 3h), C@24h", Hours);

        Assert.Equal(["peak(A)", "auc(B, 1h, 3h)", "C@24h"], features.Select(f => f.Text));
        Assert.Equal((1.0, 3.0), (features[1].From!.Value, features[1].To!.Value));
        Assert.Equal(24, features[2].Time);
    }

    [Theory]
    [InlineData("pk(A)", "unknown feature 'pk'")]
    [InlineData("A", "is not a feature")]
    [InlineData("peak(A, 1)", "takes a variable and optionally a window")]
    [InlineData("A@soon", "'soon' is not a time")]
    [InlineData("peak(2A)", "'2A' is not a variable id")]
    [InlineData("auc(A, 3, 1)", "the window's end must be after its start")]
    public void A_Bad_Feature_Is_One_Message_Naming_It(string text, string message)
    {
        var error = Assert.Throws<SensitivityInputException>(() => OutputFeatureParser.Parse(text));

        Assert.Contains($"output '{text}'", error.Message, StringComparison.Ordinal);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Equal(1, error.ExitCode);
    }

    [Fact]
    public void The_Peak_Between_Grid_Points_Is_Refined_By_A_Parabola()
    {
        // cos(t − 1.234) peaks at 1.234, between output times; the parabola's error is O(h⁴) in value.
        var values = Grid.Select(t => Math.Cos(t - 1.234)).ToArray();

        var peak = OutputFeatureParser.Parse("peak(x)").Evaluate(Grid, values);
        var time = OutputFeatureParser.Parse("tpeak(x)").Evaluate(Grid, values);

        Assert.Equal(1, peak, 1e-6);
        Assert.Equal(1.234, time, 1e-3);
    }

    [Fact]
    public void The_Minimum_The_Value_At_A_Time_And_The_Area_Follow_Their_Definitions()
    {
        var values = Grid.Select(t => t * t).ToArray();

        Assert.Equal(0, OutputFeatureParser.Parse("min(x)").Evaluate(Grid, values), 12);
        // Between output times 1.00 and 1.05, 3/5 of the way: 1 + 0.6 × (1.1025 − 1).
        Assert.Equal(1.0615, OutputFeatureParser.Parse("x@1.03").Evaluate(Grid, values), 12);
        // The trapezoidal rule over t² on [0, 5] with h = 0.05: 125/3 + h²·5/6.
        Assert.Equal((125.0 / 3) + (0.05 * 0.05 * 5 / 6), OutputFeatureParser.Parse("auc(x)").Evaluate(Grid, values), 9);
        // A window between output times interpolates its ends: ∫ over [1.01, 2.02] of the piecewise-linear t².
        var window = OutputFeatureParser.Parse("auc(x, 1.01, 2.02)").Evaluate(Grid, values);
        Assert.Equal((Math.Pow(2.02, 3) - Math.Pow(1.01, 3)) / 3, window, 2e-3);
    }

    [Fact]
    public void A_Time_Outside_The_Run_Is_Refused()
    {
        var error = Assert.Throws<SensitivityInputException>(() => OutputFeatureParser.Parse("A@30").Validate(0, 24));

        Assert.Contains("outside the simulated span", error.Message, StringComparison.Ordinal);
    }
}
