using System.Globalization;

namespace Myokinetics.Cli.Tests;

/// <summary>
/// The two commands of docs/lab.md on the synthetic example plate of examples/lab: <c>assay --design</c>
/// turns the xPONENT export into the fit's data, and <c>fit --experiments … --predict</c> recovers the
/// parameters make_plate.py generated it with (il6_basal 60, il6_stim 2.5, cxcl1_basal 20, cxcl1_stim 5;
/// seed 4; docs/lab.md says how often the intervals hold over other seeds).
/// </summary>
public sealed class LabWalkthroughTests : IDisposable
{
    private static readonly Dictionary<string, double> Truth = new(StringComparer.Ordinal)
    {
        ["il6_basal"] = 60,
        ["il6_stim"] = 2.5,
        ["cxcl1_basal"] = 20,
        ["cxcl1_stim"] = 5,
    };

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Plate_To_Fitted_Eps_Model_And_Prediction_In_Two_Commands_Recovers_The_Generating_Parameters()
    {
        var example = Example();
        var data = folder.File("data.csv");
        var output = folder.File("fit");

        var assay = CliRun.Run("assay", Path.Combine(example, "plate.csv"), "--standards", Path.Combine(example, "standards.csv"), "--design", Path.Combine(example, "design.csv"), "--out", data);
        var fit = CliRun.Run("fit", "--data", data, "--parameters", Path.Combine(example, "parameters.yaml"), "--experiments", Path.Combine(example, "experiments.yaml"), "--predict", "resistance 100Hz 1h", "--end", "48h", "--out", output, "--report", folder.File("report.html"));

        Assert.True(assay.ExitCode == 0, assay.Error);
        Assert.Contains("design: 57 data rows in 2 experiments (one per well; fit estimates the error from the replicates)", assay.OutputLines);
        Assert.Contains("  left out 3 wells: 3 <LLOQ; --keep-flagged keeps those outside LLOQ–ULOQ", assay.OutputLines);
        Assert.Contains("  samples not in the design sheet, left out: QC_pool", assay.OutputLines);
        Assert.True(fit.ExitCode == 0, fit.Error);
        var estimates = File.ReadAllLines(Path.Combine(output, "estimates.csv")).Skip(1).Select(l => l.Split(',')).ToList();
        Assert.Equal(Truth.Keys.Order(StringComparer.Ordinal), estimates.Select(c => c[0]).Order(StringComparer.Ordinal));
        foreach (var cells in estimates)
        {
            var low = double.Parse(cells[3], CultureInfo.InvariantCulture);
            var high = double.Parse(cells[4], CultureInfo.InvariantCulture);
            Assert.True(low <= Truth[cells[0]] && Truth[cells[0]] <= high, $"{cells[0]}: 95 % CI [{low}, {high}] misses {Truth[cells[0]]}");
        }

        var prediction = Csv.Parse(File.ReadAllText(Path.Combine(output, "prediction.csv")));
        Assert.Equal(48, prediction.Column("time")[^1]);
        Assert.Contains("<h2>Prediction</h2>", File.ReadAllText(folder.File("report.html")), StringComparison.Ordinal);

        // The fitted model written to fitted.ant, simulated later, gives the prediction again.
        var later = CliRun.Run("simulate", Path.Combine(output, "fitted.ant"), "--eps", "resistance 100Hz 1h", "--end", "48h", "--steps", "200", "--variables", "IL6,CXCL1");
        Assert.True(later.ExitCode == 0, later.Error);
        var again = Csv.Parse(later.Output);
        foreach (var id in new[] { "IL6", "CXCL1" })
        {
            Assert.Equal(prediction.Column(id)[^1], again.Column(id)[^1], 1e-4 * prediction.Column(id)[^1]);
        }
    }

    [Fact]
    public void The_Fitted_Resistance_Prediction_Rises_Above_The_Fitted_Control()
    {
        var example = Example();
        var data = folder.File("data.csv");
        CliRun.Run("assay", Path.Combine(example, "plate.csv"), "--standards", Path.Combine(example, "standards.csv"), "--design", Path.Combine(example, "design.csv"), "--out", data);
        var args = new[] { "fit", "--data", data, "--parameters", Path.Combine(example, "parameters.yaml"), "--experiments", Path.Combine(example, "experiments.yaml"), "--end", "4h" };

        var stimulated = CliRun.Run([.. args, "--predict", "resistance 100Hz 1h", "--out", folder.File("a")]);
        var control = CliRun.Run([.. args, "--predict", "none", "--out", folder.File("b")]);

        Assert.Equal(0, stimulated.ExitCode);
        Assert.Equal(0, control.ExitCode);
        var a = Csv.Parse(File.ReadAllText(folder.File(Path.Combine("a", "prediction.csv"))));
        var b = Csv.Parse(File.ReadAllText(folder.File(Path.Combine("b", "prediction.csv"))));
        Assert.True(a.Column("IL6")[^1] > 1.1 * b.Column("IL6")[^1], $"{a.Column("IL6")[^1]} vs {b.Column("IL6")[^1]}");
        Assert.True(a.Column("CXCL1")[^1] > 1.1 * b.Column("CXCL1")[^1], $"{a.Column("CXCL1")[^1]} vs {b.Column("CXCL1")[^1]}");
    }

    private static string Example()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "examples", "lab");
            if (File.Exists(Path.Combine(candidate, "plate.csv")))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("examples/lab was not found above the test binaries");
    }
}
