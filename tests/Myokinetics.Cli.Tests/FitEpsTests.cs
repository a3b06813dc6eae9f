using System.Globalization;
using Myokinetics.Physiology.Eps;

namespace Myokinetics.Cli.Tests;

/// <summary><c>fit --eps</c> and EPS experiments: the in-vitro EPS model fitted as <c>simulate --eps</c> runs it.</summary>
public sealed class FitEpsTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void A_Single_Eps_Experiment_Recovers_The_Basal_Secretion_That_Made_Its_Data()
    {
        // Known answer: data simulated from the EPS model as written (il6_basal = 50 pg/(mg·h)).
        var simulated = CliRun.Run("simulate", "--eps", "endurance 1Hz 2ms 12V 24h", "--end", "24h", "--steps", "6");
        Assert.True(simulated.ExitCode == 0, simulated.Error);
        var csv = Csv.Parse(simulated.Output);
        var rows = csv.Column("time").Select((t, i) => (t, csv.Column("IL6")[i])).Where(r => r.t > 0)
            .Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.t},IL6,{r.Item2:R},1"));
        var data = folder.Write("data.csv", "time,observable,value,sd\n" + string.Join('\n', rows) + "\n");
        var parameters = folder.Write("p.yaml", "parameters:\n  il6_basal: { lower: 1, upper: 500, start: 20 }\n");

        var result = CliRun.Run("fit", "--eps", "endurance 1Hz 2ms 12V 24h", "--data", data, "--parameters", parameters, "--out", folder.File("out"));

        Assert.True(result.ExitCode == 0, result.Error);
        var cells = File.ReadAllLines(folder.File(Path.Combine("out", "estimates.csv")))[1].Split(',');
        Assert.Equal("il6_basal", cells[0]);
        Assert.Equal(50, double.Parse(cells[1], CultureInfo.InvariantCulture), 1e-3);
        var substituted = File.ReadAllLines(folder.File(Path.Combine("out", "fitted.ant"))).Single(l => l.Trim().StartsWith("il6_basal = ", StringComparison.Ordinal));
        Assert.Equal(double.Parse(cells[1], CultureInfo.InvariantCulture), double.Parse(substituted.Trim()["il6_basal = ".Length..^1], CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("experiments:\n  eps: { eps: \"endurance 24h\" }\n  other: { exercise: \"cycling 60min @65%VO2max\" }\n", "e.yaml:3:3: experiment 'other' has no 'eps'")]
    [InlineData("experiments:\n  a: { eps: \"endurance 24h\", subject: \"age=30\" }\n", "e.yaml:2:3: the experiment 'a' has 'eps' and other keys")]
    [InlineData("experiments:\n  a: { eps: \"sprint 24h\" }\n", "(experiment 'a') eps \"sprint 24h\": at 'sprint' (column 1): expected the kind of EPS")]
    public void A_Bad_Eps_Experiment_Names_The_File_And_Exits_1(string experiments, string expected)
    {
        var data = folder.Write("data.csv", "time,observable,value,experiment\n2,IL6,10,a\n");
        var parameters = folder.Write("p.yaml", "parameters:\n  il6_basal: { lower: 1, upper: 500 }\n");
        var file = folder.Write("e.yaml", experiments);

        var result = CliRun.Run("fit", "--data", data, "--parameters", parameters, "--experiments", file, "--out", folder.File("out"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(expected, Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "--predict", "resistance 1h" }, "--predict simulates an EPS stimulation with the estimates")]
    [InlineData(new[] { "--eps", "endurance 24h", "--end", "48h" }, "--end sets where the prediction ends: give --predict with it")]
    [InlineData(new[] { "--eps", "endurance 24h", "--exercise", "cycling 60min @65%VO2max" }, "--eps cannot be combined with --exercise")]
    public void Misused_Eps_Options_Are_Refused_In_One_Line(string[] options, string expected)
    {
        var model = folder.Write("m.ant", TestModels.DecayAntimony);
        var data = folder.Write("data.csv", "time,observable,value\n2,IL6,10\n");
        var parameters = folder.Write("p.yaml", "parameters:\n  il6_basal: { lower: 1, upper: 500 }\n");
        string[] modelArgument = options[0] == "--predict" ? [model] : [];

        var result = CliRun.Run(["fit", .. modelArgument, "--data", data, "--parameters", parameters, "--out", folder.File("out"), .. options]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(expected, Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void A_Model_Without_The_Stimulator_Inputs_Cannot_Be_Stimulated()
    {
        var model = folder.Write("m.ant", TestModels.DecayAntimony);

        var result = CliRun.Run("simulate", model, "--eps", "endurance 2h", "--end", "2h");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("has no EPS input eps_on", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
        Assert.Contains(EpsProtocol.Inputs[^1], result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_Fitted_Model_Simulated_Later_Reproduces_The_Fitted_Curve()
    {
        // Known answer: [A](t) = 5·e^(−0.8 t) (the decay test model with k = 0.8 instead of 0.5).
        var model = folder.Write("decay.ant", TestModels.DecayAntimony);
        var rows = Enumerable.Range(0, 9).Select(t => string.Create(CultureInfo.InvariantCulture, $"{t},A,{5 * Math.Exp(-0.8 * t):R},0.01"));
        var data = folder.Write("data.csv", "time,observable,value,sd\n" + string.Join('\n', rows) + "\n");
        var parameters = folder.Write("p.yaml", "parameters:\n  k: { lower: 0.01, upper: 10 }\n");

        var fit = CliRun.Run("fit", model, "--data", data, "--parameters", parameters, "--out", folder.File("out"), "--relative-tolerance", "1e-10");
        var again = CliRun.Run("simulate", folder.File(Path.Combine("out", "fitted.ant")), "--end", "8", "--steps", "8", "--variables", "A", "--relative-tolerance", "1e-10");

        Assert.True(fit.ExitCode == 0, fit.Error);
        Assert.True(again.ExitCode == 0, again.Error);
        var a = Csv.Parse(again.Output).Column("A");
        for (var t = 0; t <= 8; t++)
        {
            Assert.Equal(5 * Math.Exp(-0.8 * t), a[t], 1e-5);
        }
    }
}
