using System.Globalization;

namespace Myokinetics.Cli.Tests;

public sealed class SensitivityCommandTests
{
    /// <summary>The rows of a tidy table as field arrays (no quoted fields in these tests).</summary>
    private static List<string[]> Rows(string path) =>
        [.. File.ReadAllLines(path).Skip(1).Select(l => l.Split(','))];

    private static double Number(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    [Fact]
    public void Local_Sensitivity_Of_First_Order_Decay_Writes_The_Analytic_Coefficients()
    {
        // [A](t) = 5 e^(−kt), k = 0.5/s: at t = 2 s, S_k = −kt = −1; the initial amount's S = 1.
        using var folder = new TempFolder();
        var model = folder.Write("decay.xml", TestModels.Decay());
        var outDir = folder.File("out");

        var result = CliRun.Run("sensitivity", model, "--parameters", "k,A", "--outputs", "A@2,auc(A)", "--end", "4", "--steps", "400", "--out", outDir);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Error);
        Assert.Equal(["local.csv", "local_time.csv", "parameters.csv"], Directory.GetFiles(outDir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal("output,parameter,parameter_value,output_value,derivative,coefficient", File.ReadLines(Path.Combine(outDir, "local.csv")).First());
        var rows = Rows(Path.Combine(outDir, "local.csv"));
        Assert.Equal(-1, Number(rows.Single(r => r[0] == "A@2" && r[1] == "k")[5]), 4);
        Assert.Equal(1, Number(rows.Single(r => r[0] == "A@2" && r[1] == "A")[5]), 6);
        var time = Rows(Path.Combine(outDir, "local_time.csv"));
        Assert.Equal(401 * 2, time.Count);
        Assert.Equal(-2, Number(time.Single(r => r[0] == "4" && r[2] == "k")[5]), 4);
        Assert.Contains("wrote", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Sobol_Indices_Are_The_Same_Bytes_On_One_And_Two_Threads()
    {
        using var folder = new TempFolder();
        var model = folder.Write("decay.xml", TestModels.Decay());
        string Run(string threads)
        {
            var outDir = folder.File($"out{threads}");
            var result = CliRun.Run("sensitivity", model, "--method", "sobol", "--parameters", "k=0.25..1:log,A", "--range", "±50%", "--outputs", "A@2", "--samples", "64", "--bootstrap", "100", "--threads", threads, "--end", "2", "--steps", "20", "--out", outDir);
            Assert.True(result.ExitCode == 0, result.Error);
            return File.ReadAllText(Path.Combine(outDir, "sobol.csv")) + File.ReadAllText(Path.Combine(outDir, "samples.csv"));
        }

        var one = Run("1");
        var two = Run("2");

        Assert.Equal(one, two);
        Assert.StartsWith("output,parameter,order,index,low,high\nA@2,k,first,", one, StringComparison.Ordinal);
    }

    [Fact]
    public void Morris_Screening_Writes_The_Measures_The_Ranges_And_Every_Sample()
    {
        using var folder = new TempFolder();
        var model = folder.Write("decay.xml", TestModels.Decay());
        var ranges = folder.Write("ranges.yaml", """
            parameters:
              k: {min: 0.25, max: 1, scale: log}
              A: ±50%
            """);
        var outDir = folder.File("out");

        var result = CliRun.Run("sensitivity", model, "--method", "morris", "--parameters", ranges, "--outputs", "A@2,peak(A)", "--samples", "10", "--end", "2", "--steps", "20", "--out", outDir);

        Assert.True(result.ExitCode == 0, result.Error);
        var morris = Rows(Path.Combine(outDir, "morris.csv"));
        Assert.Equal(4, morris.Count);
        // The peak is the initial value, which k does not change at all.
        Assert.Equal(0, Number(morris.Single(r => r[0] == "peak(A)" && r[1] == "k")[3]));
        Assert.True(Number(morris.Single(r => r[0] == "A@2" && r[1] == "k")[3]) > 0);
        Assert.Equal(10 * 3, Rows(Path.Combine(outDir, "samples.csv")).Count);
        Assert.Equal(["k,0.5,0.25,1,log", "A,10,5,15,linear"], File.ReadAllLines(Path.Combine(outDir, "parameters.csv")).Skip(1));
    }

    [Fact]
    public void A_Crosstalk_Run_Writes_A_Report_With_Tornado_Charts_And_Coefficients_Over_Time()
    {
        using var folder = new TempFolder();
        var outDir = folder.File("out");
        var report = folder.File("report.html");

        var result = CliRun.Run("sensitivity", "--parameters", "il6_k_other,il6_release_max", "--outputs", "peak(IL6_plasma)", "--exercise", "cycling 60min @65%VO2max at 30min", "--end", "6h", "--steps", "72", "--out", outDir, "--report", report);

        Assert.True(result.ExitCode == 0, result.Error);
        var rows = Rows(Path.Combine(outDir, "local.csv"));
        Assert.True(Number(rows.Single(r => r[1] == "il6_k_other")[5]) < 0);
        Assert.True(Number(rows.Single(r => r[1] == "il6_release_max")[5]) > 0);
        var html = File.ReadAllText(report);
        Assert.Contains("<h2>Sensitivity by parameter</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<h2>Sensitivity over time</h2>", html, StringComparison.Ordinal);
        Assert.Contains("cycling 60min @65%VO2max at 30min", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("kk", "A@2", "myokinetics: error: unknown parameter 'kk': model 'decay' has no such symbol")]
    [InlineData("k=2..1", "A@2", "myokinetics: error: parameter 'k': the range 2..1 is empty or not finite; the upper bound must be greater than the lower")]
    [InlineData("k=lots", "A@2", "myokinetics: error: --parameters 'k=lots': bad range 'lots' for parameter 'k': expected ±X% (e.g. ±20%), LO..HI (e.g. 0.5..2) or *F (a factor, e.g. *2)")]
    [InlineData("k=-1..1:log", "A@2", "myokinetics: error: parameter 'k': a log-scale range needs positive bounds, got -1..1")]
    [InlineData("k", "peak(C)", "myokinetics: error: output 'peak(C)': unknown variable 'C': model 'decay' has no such species, compartment, parameter or reaction")]
    [InlineData("k", "highest(A)", "myokinetics: error: output 'highest(A)': unknown feature 'highest'; expected X@T, peak(X), tpeak(X), min(X) or auc(X), optionally with a window as in auc(X, 0h, 24h)")]
    [InlineData("k", "A@9", "myokinetics: error: output 'A@9': the time is outside the simulated span 0..2 (model time units)")]
    public void Bad_Input_Is_One_Line_Naming_It_And_Exit_Code_1(string parameters, string outputs, string message)
    {
        using var folder = new TempFolder();
        var model = folder.Write("decay.xml", TestModels.Decay());

        var result = CliRun.Run("sensitivity", model, "--method", "sobol", "--parameters", parameters, "--outputs", outputs, "--samples", "8", "--end", "2", "--out", folder.File("out"));

        Assert.Equal(1, result.ExitCode);
        Assert.Equal([message], result.ErrorLines);
    }

    [Fact]
    public void Global_Methods_Need_Outputs()
    {
        using var folder = new TempFolder();
        var model = folder.Write("decay.xml", TestModels.Decay());

        var result = CliRun.Run("sensitivity", model, "--method", "morris", "--parameters", "k", "--end", "2", "--out", folder.File("out"));

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("myokinetics: error: --method morris needs --outputs", result.Error, StringComparison.Ordinal);
    }
}
