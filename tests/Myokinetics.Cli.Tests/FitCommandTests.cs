using System.Globalization;

namespace Myokinetics.Cli.Tests;

/// <summary><c>myokinetics fit</c> on the decay model, [A](t) = 5·e^(−k t) with k = 0.5.</summary>
public sealed class FitCommandTests
{
    private static string Data(Func<double, double>? value = null)
    {
        var rows = new List<string> { "time,observable,value,sd" };
        for (var t = 0; t <= 8; t++)
        {
            var v = value?.Invoke(t) ?? (5 * Math.Exp(-0.5 * t));
            rows.Add(string.Create(CultureInfo.InvariantCulture, $"{t},A,{v:R},0.01"));
        }

        return string.Join('\n', rows) + "\n";
    }

    private static (TempFolder Folder, string[] Args) Setup(string parameters, string? data = null)
    {
        var folder = new TempFolder();
        var model = folder.Write("decay.ant", TestModels.DecayAntimony);
        var d = folder.Write("data.csv", data ?? Data());
        var p = folder.Write("p.yaml", parameters);
        return (folder, ["fit", model, "--data", d, "--parameters", p, "--out", folder.File("out")]);
    }

    [Fact]
    public void A_Fit_Writes_Estimates_Fit_And_A_Report_And_Prints_A_Summary()
    {
        var (folder, args) = Setup("parameters:\n  k: { lower: 0.01, upper: 10, start: 0.2 }\n");
        using var _ = folder;

        var result = CliRun.Run([.. args, "--report", folder.File("fit.html"), "--relative-tolerance", "1e-10"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
        Assert.StartsWith("fit: 1 parameters, 9 data points in 1 experiment; Levenberg–Marquardt, ", result.OutputLines[0], StringComparison.Ordinal);
        Assert.StartsWith("  k = 0.5 ", result.OutputLines[1], StringComparison.Ordinal);
        var estimates = File.ReadAllLines(folder.File(Path.Combine("out", "estimates.csv")));
        Assert.Equal("parameter,estimate,se,ci_low,ci_high,unit", estimates[0]);
        var cells = estimates[1].Split(',');
        Assert.Equal("k", cells[0]);
        Assert.Equal(0.5, double.Parse(cells[1], CultureInfo.InvariantCulture), 6);
        Assert.True(double.Parse(cells[3], CultureInfo.InvariantCulture) < 0.5 && double.Parse(cells[4], CultureInfo.InvariantCulture) > 0.5);
        var fit = File.ReadAllLines(folder.File(Path.Combine("out", "fit.csv")));
        Assert.Equal("experiment,time,observable,data,model,residual", fit[0]);
        Assert.Equal(10, fit.Length);
        var html = File.ReadAllText(folder.File("fit.html"));
        Assert.Contains("<h2>Estimates</h2>", html, StringComparison.Ordinal);
        Assert.Contains("class=\"errorbar\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_Species_Declared_By_Concentration_Is_Fitted_As_That_Concentration_And_Written_So()
    {
        // A is declared as 5 (a concentration) in cell = 2; the data start from [A] = 3.
        var (folder, args) = Setup("parameters:\n  A: { lower: 0.5, upper: 20 }\n  k: { lower: 0.05, upper: 5 }\n", Data(t => 3 * Math.Exp(-0.5 * t)));
        using var _ = folder;

        var result = CliRun.Run([.. args, "--relative-tolerance", "1e-10"]);

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains(result.OutputLines, l => l.StartsWith("  A = 3 ", StringComparison.Ordinal));
        var fitted = folder.File("out/fitted.ant");
        var rerun = CliRun.Run("simulate", fitted, "--end", "2", "--step", "1", "--variables", "A");
        Assert.True(rerun.ExitCode == 0, rerun.Error);
        var first = rerun.OutputLines.First(l => l.StartsWith("0,", StringComparison.Ordinal));
        Assert.Equal(3, double.Parse(first.Split(',')[1], CultureInfo.InvariantCulture), 6);
    }

    [Fact]
    public void The_Same_Fit_Gives_The_Same_Report_Bytes()
    {
        var (folder, args) = Setup("parameters:\n  k: { lower: 0.01, upper: 10, start: 0.2 }\nprofile: [k]\n");
        using var _ = folder;

        CliRun.Run([.. args, "--report", folder.File("a.html"), "--method", "multistart", "--starts", "3", "--threads", "1"]);
        CliRun.Run([.. args, "--report", folder.File("b.html"), "--method", "multistart", "--starts", "3", "--threads", "2"]);

        Assert.Equal(File.ReadAllBytes(folder.File("a.html")), File.ReadAllBytes(folder.File("b.html")));
        Assert.Contains("Profile likelihoods", File.ReadAllText(folder.File("a.html")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("parameters:\n  kk: { lower: 0.01, upper: 10 }\n", "p.yaml:2:3: unknown parameter 'kk': model 'decay' has no such symbol")]
    [InlineData("parameters:\n  k: { lower: 1, upper: 10 }\n", "p.yaml:2:3: the model's value of 'k' (0.5) lies outside its bounds [1, 10]")]
    [InlineData("parameters:\n  k: { lower: 0.01, upper: 10, start: 20 }\n", "p.yaml:2:3: the start of 'k' (20) lies outside its bounds [0.01, 10]")]
    [InlineData("parameters:\n  k: { lower: 0.01, upper: x }\n", "p.yaml:2:28: expected a number, found 'x'")]
    public void Bad_Parameters_Name_The_File_And_Line_And_Exit_1(string parameters, string message)
    {
        var (folder, args) = Setup(parameters);
        using var _ = folder;

        var result = CliRun.Run(args);

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith("myokinetics: error: ", line, StringComparison.Ordinal);
        Assert.EndsWith(message, line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("time,observable,value,sd\n0,A,5,0.1\n1,C,3,0.1\n", "data.csv:3: unknown observable 'C': model 'decay' has no such species, parameter, compartment or reaction")]
    [InlineData("time,observable,value,sd\n0,A,five,0.1\n", "data.csv:2: the value must be a finite number, found 'five'")]
    public void Bad_Data_Name_The_File_And_Line_And_Exit_1(string data, string message)
    {
        var (folder, args) = Setup("parameters:\n  k: { lower: 0.01, upper: 10 }\n", data);
        using var _ = folder;

        var result = CliRun.Run(args);

        Assert.Equal(1, result.ExitCode);
        Assert.EndsWith(message, Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void A_Fit_That_Cannot_Converge_Says_So_And_Exits_2()
    {
        var (folder, args) = Setup("parameters:\n  k: { lower: 0.001, upper: 10, start: 0.002 }\n");
        using var _ = folder;

        var result = CliRun.Run([.. args, "--max-iterations", "1"]);

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith("myokinetics: error: the fit failed: it did not converge after 1 iterations (iteration limit); the last accepted step changed the weighted sum of squares by ", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Several_Experiments_In_The_Data_Need_An_Experiments_File()
    {
        var data = "time,observable,value,experiment\n0,A,5,a\n1,A,3,b\n";
        var (folder, args) = Setup("parameters:\n  k: { lower: 0.01, upper: 10 }\n", data);
        using var _ = folder;

        var result = CliRun.Run(args);

        Assert.Equal(1, result.ExitCode);
        Assert.EndsWith("has 2 experiments (a, b); give --experiments with a protocol for each", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }
}
