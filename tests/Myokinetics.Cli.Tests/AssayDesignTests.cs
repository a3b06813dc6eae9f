using System.Globalization;
using System.Text;
using Myokinetics.Lab.Assays;

namespace Myokinetics.Cli.Tests;

/// <summary><c>assay PLATE --design DESIGN.csv</c>: the fit's data CSV from a tidy plate with a known 4PL curve.</summary>
public sealed class AssayDesignTests : IDisposable
{
    private static readonly LogisticCurve Curve = new(A: 30, B: 1.0, C: 800, D: 20000, G: 1);
    private static readonly double[] Levels = [4000, 1333.3, 444.4, 148.1, 49.4, 16.5, 5.5];
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Each_Unknown_Well_Becomes_A_Row_With_Its_Experiment_Time_Observable_And_Concentration_Times_Dilution()
    {
        var plate = folder.Write("plate.csv", Plate());
        var design = folder.Write("design.csv", "# example\nsample,experiment,time\nEPS_6h,endurance,6h\nCTRL_6h,control,360min\nLOW,control,24 # below the LLOQ\n\nanalyte,observable\nIL-6,IL6\n");

        var result = CliRun.Run("assay", plate, "--design", design);

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Equal("experiment,time,observable,value", result.OutputLines[0]);
        var rows = result.OutputLines.Skip(1).Select(l => l.Split(',')).ToList();
        Assert.Equal(4, rows.Count);
        Assert.Equal(["endurance", "6", "IL6"], rows[0][..3]);
        Assert.Equal(["control", "6", "IL6"], rows[2][..3]);
        // EPS_6h: 300 pg/mL in the well, diluted 1:2 before the assay → 600 in the medium.
        Assert.Equal(600, double.Parse(rows[0][3], CultureInfo.InvariantCulture), 1e-3);
        Assert.Equal(100, double.Parse(rows[2][3], CultureInfo.InvariantCulture), 1e-3);
        Assert.Contains("design: 4 data rows in 2 experiments (one per well; fit estimates the error from the replicates)", result.ErrorLines);
        Assert.Contains("  left out 2 wells: 2 <LLOQ; --keep-flagged keeps those outside LLOQ–ULOQ", result.ErrorLines);
        Assert.Contains("  samples not in the design sheet, left out: QC", result.ErrorLines);
    }

    [Fact]
    public void Keep_Flagged_Keeps_The_Wells_Below_The_Lloq()
    {
        var plate = folder.Write("plate.csv", Plate());
        var design = folder.Write("design.csv", "sample,experiment,time\nEPS_6h,endurance,6\nLOW,control,24\nGONE,control,48\n\nanalyte,observable\nIL-6,IL6\n");
        var output = folder.File("data.csv");

        var result = CliRun.Run("assay", plate, "--design", design, "--keep-flagged", "--out", output);

        Assert.True(result.ExitCode == 0, result.Error);
        var lines = File.ReadAllLines(output);
        Assert.Equal(5, lines.Length);
        Assert.Equal(2, lines.Count(l => l.StartsWith("control,24,IL6,", StringComparison.Ordinal)));
        Assert.Contains("  kept with a flag: 2 <LLOQ", result.OutputLines);
        Assert.Contains("  warning: samples of the design sheet not on the plate: GONE", result.OutputLines);
    }

    [Fact]
    public void A_Report_Is_Written_Beside_The_Data_Csv()
    {
        var plate = folder.Write("plate.csv", Plate());
        var design = folder.Write("design.csv", "sample,experiment,time\nEPS_6h,endurance,6\nLOW,control,24\n\nanalyte,observable\nIL-6,IL6\n");
        var output = folder.File("data.csv");
        var report = folder.File("plate.html");

        var result = CliRun.Run("assay", plate, "--design", design, "--out", output, "--report", report);

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.StartsWith("experiment,time,observable,value", File.ReadAllLines(output)[0], StringComparison.Ordinal);
        var html = File.ReadAllText(report);
        Assert.Contains("<svg", html, StringComparison.Ordinal);
        Assert.Contains("IL-6", html, StringComparison.Ordinal);
        Assert.Contains($"wrote {report}", result.OutputLines);
    }

    [Theory]
    [InlineData("sample,experiment,time\nA,x,2h\n", "design.csv:2: no analytes")]
    [InlineData("analyte,observable\nIL-6,IL6\n", "design.csv:2: no samples")]
    [InlineData("EPS,endurance,2h\n", "design.csv:1: expected a table header")]
    [InlineData("sample,experiment,time\nA,x,soon\n\nanalyte,observable\nIL-6,IL6\n", "design.csv:2:3: expected a time since the start of stimulation, such as 6h, 90min or 6 (hours), found 'soon'")]
    [InlineData("sample,experiment,time\nA,x\n\nanalyte,observable\nIL-6,IL6\n", "design.csv:2: expected 3 cells as in the header 'sample,experiment,time', found 2")]
    [InlineData("sample,experiment,time\nA,x,1h\nA,y,2h\n\nanalyte,observable\nIL-6,IL6\n", "design.csv:3: the sample 'A' is listed twice")]
    public void A_Bad_Design_Sheet_Names_The_File_And_Line_And_Exits_1(string design, string expected)
    {
        var plate = folder.Write("plate.csv", Plate());
        var path = folder.Write("design.csv", design);

        var result = CliRun.Run("assay", plate, "--design", path);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(string.Empty, result.Output);
        Assert.Contains(expected, Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void Keep_Flagged_Without_A_Design_Is_Refused()
    {
        var plate = folder.Write("plate.csv", Plate());

        var result = CliRun.Run("assay", plate, "--keep-flagged");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("--keep-flagged applies to the data CSV of --design", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    private static string Plate()
    {
        var text = new StringBuilder("well,type,analyte,mfi,expected,dilution,sample\n");
        var n = 0;
        void Row(string type, double concentration, double dilution, string sample, string expected = "")
        {
            n++;
            var mfi = concentration == 0 ? Curve.A : Curve.Evaluate(concentration);
            text.Append(CultureInfo.InvariantCulture, $"W{n},{type},IL-6,{mfi.ToString("R", CultureInfo.InvariantCulture)},{expected},{dilution.ToString(CultureInfo.InvariantCulture)},{sample}\n");
        }

        for (var i = 0; i < Levels.Length; i++)
        {
            Row("standard", Levels[i], 1, $"S{i + 1}", Levels[i].ToString(CultureInfo.InvariantCulture));
            Row("standard", Levels[i], 1, $"S{i + 1}", Levels[i].ToString(CultureInfo.InvariantCulture));
        }

        Row("blank", 0, 1, "B");
        Row("blank", 0, 1, "B");
        Row("unknown", 300, 2, "EPS_6h");
        Row("unknown", 300, 2, "EPS_6h");
        Row("unknown", 100, 1, "CTRL_6h");
        Row("unknown", 100, 1, "CTRL_6h");
        Row("unknown", 2, 1, "LOW");
        Row("unknown", 2, 1, "LOW");
        Row("unknown", 200, 1, "QC");
        return text.ToString();
    }
}
