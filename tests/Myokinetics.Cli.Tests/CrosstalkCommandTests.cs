namespace Myokinetics.Cli.Tests;

/// <summary>
/// The command line with the built-in crosstalk model: no MODEL means the crosstalk model, protocol
/// strings become sessions and doses, time is in hours, the default columns are the observables, and
/// the HTML report is one self-contained, reproducible file.
/// </summary>
public sealed class CrosstalkCommandTests : IDisposable
{
    /// <summary>A model with the dose targets of the therapy modules, the subject parameters and hours as
    /// its time unit: tc_depot decays first-order (k = 0.5/h), bima_central does not change.</summary>
    private const string TherapyModel = """
        model therapy()
          unit time_unit = 3600 second
          unit per_hour = 1 / time_unit
          sex_male = 1; age = 30; body_mass = 75; lean_mass0 = 60; vo2max = 45; testosterone_baseline = 600; trained = 0
          tc_k = 0.5 per_hour
          var tc_depot = 0
          tc_depot' = -tc_k * tc_depot
          var bima_central = 0
          bima_central' = 0
        end
        """;

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Simulate_Without_A_Model_Runs_The_Crosstalk_Model_With_Time_In_Hours_And_The_Observables()
    {
        var result = CliRun.Run("simulate", "--exercise", "cycling 60min @65%VO2max", "--end", "24h", "--step", "1h");

        Assert.Equal(0, result.ExitCode);
        var csv = Csv.Parse(result.Output);
        Assert.Equal(Enumerable.Range(0, 25).Select(h => (double)h), csv.Column("time"));
        Assert.Equal("time", csv.Header[0]);
        Assert.Contains("IL6_plasma", csv.Header);
        Assert.Contains("muscle_mass", csv.Header);
        Assert.DoesNotContain("ex_effort", csv.Header);
        Assert.Equal(1.5, csv.Column("IL6_plasma")[0], 9);
        var lactate = csv.Column("lactate_plasma");
        Assert.Equal(1.0, lactate[0], 6);
        Assert.True(lactate[1] > 1.5, $"lactate at the end of the session: {lactate[1]}");
        Assert.True(lactate[24] < 1.05, $"lactate a day later: {lactate[24]}");
    }

    [Fact]
    public void Report_Is_One_Self_Contained_Html_File_With_Plots_Protocol_Subject_And_Disclaimer()
    {
        var report = folder.File("report.html");

        var result = CliRun.Run("simulate", "--exercise", "cycling 60min @65%VO2max at 2h", "--subject", "sex=female age=60", "--end", "12h", "--report", report, "--out", folder.File("out.csv"));

        Assert.Equal(0, result.ExitCode);
        var html = File.ReadAllText(report);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("Research and education, not medical advice", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("src=", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("url(", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<h2>Plasma myokines</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<figure id=\"lactate_plasma\">", html, StringComparison.Ordinal);
        Assert.Contains("class=\"band\"", html, StringComparison.Ordinal);
        Assert.Contains("cycling 60min @65%VO2max at 2h", html, StringComparison.Ordinal);
        Assert.Contains("<tr><th>Sex</th><td>female</td></tr>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><th>Age</th><td>60 years</td></tr>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_Same_Run_Writes_The_Same_Report_Bytes()
    {
        string[] args = ["simulate", "--exercise", "hiit 4x4min @85%VO2max at 1h", "--end", "6h", "--out", folder.File("out.csv")];

        Assert.Equal(0, CliRun.Run([.. args, "--report", folder.File("a.html")]).ExitCode);
        Assert.Equal(0, CliRun.Run([.. args, "--report", folder.File("b.html")]).ExitCode);

        Assert.Equal(File.ReadAllBytes(folder.File("a.html")), File.ReadAllBytes(folder.File("b.html")));
    }

    [Theory]
    [InlineData("--exercise", "cycling 60min @165%VO2max", "--exercise \"cycling 60min @165%VO2max\": at '@165%VO2max' (column 15): intensity must be between 1% and 100% of VO2max")]
    [InlineData("--exercise", "swimming 60min @65%VO2max", "--exercise \"swimming 60min @65%VO2max\": at 'swimming' (column 1): unknown modality; expected one of cycling, running, walking, rowing, knee-extension, resistance-legs, resistance-whole-body, hiit")]
    [InlineData("--dose", "testosterone_cypionate 200mg iv", "--dose \"testosterone_cypionate 200mg iv\": at 'iv' (column 30): testosterone_cypionate is given im only, not iv")]
    [InlineData("--subject", "mass=75kg lean=80kg", "subject \"sex=male age=30 mass=75kg lean=80kg vo2max=45 testosterone=600ng/dL trained=no\": lean mass (80 kg) must not exceed body mass (75 kg) (from --subject \"mass=75kg lean=80kg\"; a key not given takes the reference adult's value)")]
    [InlineData("--subject", "age=twelve", "--subject \"age=twelve\": at 'age=twelve' (column 1): age expects years between 18 and 100, such as 30")]
    public void A_Bad_Protocol_String_Exits_With_Code_1_And_One_Line_Naming_It(string option, string value, string message)
    {
        var result = CliRun.Run("simulate", option, value, "--end", "1h");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(string.Empty, result.Output);
        Assert.Equal($"myokinetics: error: {message}", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public void Exercise_With_A_Model_Without_The_Inputs_Is_Refused()
    {
        var model = folder.Write("decay.xml", TestModels.Decay());

        var result = CliRun.Run("simulate", model, "--exercise", "cycling 60min @65%VO2max", "--end", "1");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("myokinetics: error: model 'decay' has no exercise input ex_on, ex_intensity", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void A_Subject_With_A_Model_Without_The_Subject_Parameters_Is_Refused()
    {
        var model = folder.Write("decay.xml", TestModels.Decay());

        var result = CliRun.Run("simulate", model, "--subject", "age=40", "--end", "1");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("model 'decay' has no value for the subject parameters sex_male, age, body_mass", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void A_Dose_At_7_5_Hours_Enters_Its_Depot_Exactly_Then()
    {
        var model = folder.Write("therapy.ant", TherapyModel);

        var result = CliRun.Run("simulate", model, "--dose", "testosterone_cypionate 200mg im at 7.5h", "--end", "10h", "--step", "0.5h", "--variables", "tc_depot");

        Assert.Equal(0, result.ExitCode);
        var csv = Csv.Parse(result.Output);
        var time = csv.Column("time");
        var depot = csv.Column("tc_depot");
        Assert.Equal(0, depot[Array.IndexOf(time, 7.0)]);
        foreach (var t in new[] { 8.0, 9.0, 10.0 })
        {
            // 200 mg decaying from exactly 7.5 h: 200·e^(−0.5 (t − 7.5)).
            Assert.Equal(200 * Math.Exp(-0.5 * (t - 7.5)), depot[Array.IndexOf(time, t)], 4);
        }
    }

    [Fact]
    public void A_Per_Kilogram_Dose_Uses_The_Subject_Body_Mass()
    {
        var model = folder.Write("therapy.ant", TherapyModel);

        var result = CliRun.Run("simulate", model, "--dose", "bimagrumab 10mg/kg iv at 1h", "--subject", "mass=80kg", "--end", "2h", "--steps", "2", "--variables", "bima_central,body_mass");

        Assert.Equal(0, result.ExitCode);
        var csv = Csv.Parse(result.Output);
        Assert.Equal([0, 800, 800], csv.Column("bima_central"));
        Assert.Equal(80, csv.Column("body_mass")[0]);
    }

    [Fact]
    public void A_Protocol_File_Combines_With_Options_And_Repeats_Sessions()
    {
        var protocol = folder.Write("p.yaml", """
            name: Two rides
            subject: "sex=male mass=80kg"
            exercise:
              - "cycling 30min @70%VO2max at 1h every 6h x2"
            """);

        var result = CliRun.Run("simulate", "--protocol", protocol, "--subject", "age=50", "--end", "12h", "--step", "30min", "--variables", "lactate_plasma,age,body_mass");

        Assert.Equal(0, result.ExitCode);
        var csv = Csv.Parse(result.Output);
        var time = csv.Column("time");
        var lactate = csv.Column("lactate_plasma");
        Assert.True(lactate[Array.IndexOf(time, 1.5)] > 1.5);
        Assert.True(lactate[Array.IndexOf(time, 7.5)] > 1.5);
        Assert.True(lactate[Array.IndexOf(time, 5.0)] < 1.1);
        Assert.Equal(50, csv.Column("age")[0]);
        Assert.Equal(80, csv.Column("body_mass")[0]);
    }

    [Fact]
    public void A_Malformed_Protocol_File_Names_The_File_And_Line()
    {
        var protocol = folder.Write("bad.yaml", "exercise:\n  - \"cycling 60min @65%VO2max\"\n  - [unclosed\n");

        var result = CliRun.Run("simulate", "--protocol", protocol, "--end", "1h");

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith($"myokinetics: error: {protocol}:", line, StringComparison.Ordinal);
        Assert.Contains("malformed YAML", line, StringComparison.Ordinal);
    }

    [Fact]
    public void A_Bad_String_In_A_Protocol_File_Names_File_Line_And_Column()
    {
        var protocol = folder.Write("p.yaml", "exercise:\n  - \"running 45min @70%VO2max every 30min x4\"\n");

        var result = CliRun.Run("simulate", "--protocol", protocol, "--end", "1h");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            $"myokinetics: error: {protocol}:2:5: exercise \"running 45min @70%VO2max every 30min x4\": at '30min' (column 32): sessions would overlap: each lasts 45 min but they repeat every 30 min",
            Assert.Single(result.ErrorLines));
    }

    [Fact]
    public void Times_With_Units_Convert_To_A_User_Model_Time_Unit()
    {
        var model = folder.Write("decay.xml", TestModels.Decay());

        var result = CliRun.Run("simulate", model, "--end", "2min", "--step", "30s", "--variables", "A");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal([0, 30, 60, 90, 120], Csv.Parse(result.Output).Column("time"));
    }

    [Fact]
    public void Describe_Without_A_Model_Lists_The_Observables_With_Their_Unit_Ids()
    {
        var result = CliRun.Run("describe");

        Assert.Equal(0, result.ExitCode);
        var lines = result.OutputLines;
        Assert.Equal("Model crosstalk \"Myokinetics muscle–organ crosstalk model\"", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("Observables (", StringComparison.Ordinal));
        Assert.Contains(lines, l => Words(l) == "IL6_plasma pg_per_mL (pg/mL) plasma myokine IL-6 (plasma)");
        Assert.Contains(lines, l => Words(l) == "lactate_plasma mmol_per_L (mmol/L) plasma myokine Lactate (plasma)");
        Assert.Contains(lines, l => Words(l).StartsWith("vo2max 45 mL_per_kg_per_min (", StringComparison.Ordinal));
    }

    [Fact]
    public void Convert_Without_A_Model_Writes_The_Crosstalk_Model()
    {
        var result = CliRun.Run("convert", "--to", "sbml");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("<model id=\"crosstalk\"", result.Output, StringComparison.Ordinal);
        Assert.Contains("id=\"lactate_plasma\"", result.Output, StringComparison.Ordinal);
    }

    private static string Words(string line) => string.Join(' ', line.Split(' ', StringSplitOptions.RemoveEmptyEntries));

    [Fact]
    public void Exit_Code_Of_A_Bad_Dose_Amount_Is_1()
    {
        var result = CliRun.Run("simulate", "--dose", "cjc1295 sixty sc", "--end", "1h");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            "myokinetics: error: --dose \"cjc1295 sixty sc\": at 'sixty' (column 9): expected an amount such as 200mg, 100ug, 40nmol or a per-kg amount such as 10mg/kg",
            Assert.Single(result.ErrorLines));
        Assert.Equal(string.Empty, result.Output);
    }
}
