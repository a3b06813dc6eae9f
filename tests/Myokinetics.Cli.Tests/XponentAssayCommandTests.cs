using System.Globalization;
using System.Text;
using Myokinetics.Lab.Assays;

namespace Myokinetics.Cli.Tests;

public sealed class XponentAssayCommandTests : IDisposable
{
    private static readonly LogisticCurve Curve = new(A: 40, B: 1.2, C: 500, D: 22000, G: 1);
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void An_Xponent_Export_Is_Detected_And_Gives_The_Tidy_Plates_Concentrations_With_Bead_And_Control_Checks()
    {
        var export = folder.Write("export.csv", Export());
        var standards = folder.Write("standards.csv", StandardsFile(controlNominal: 250));
        var tidy = folder.Write("tidy.csv", Tidy());
        var output = folder.File("results.csv");
        var tidyOutput = folder.File("tidy-results.csv");

        var result = CliRun.Run("assay", export, "--standards", standards, "--model", "4pl", "--out", output);
        var fromTidy = CliRun.Run("assay", tidy, "--model", "4pl", "--out", tidyOutput);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
        Assert.Equal(0, fromTidy.ExitCode);
        Assert.Equal(3, result.OutputLines.Length);
        Assert.StartsWith("IL-6: 4PL a=40 b=1.2 c=500 d=22000", result.OutputLines[0], StringComparison.Ordinal);
        Assert.Equal("IL-6 control Control1: 250 of nominal 250, recovery 100.0 % (within 80–120 %)", result.OutputLines[1]);
        var lines = File.ReadAllLines(output);
        var tidyLines = File.ReadAllLines(tidyOutput);
        Assert.Equal(1 + 14 + 8, lines.Length);
        Assert.Equal(tidyLines.Select(Concentration), lines.Select(Concentration));
        Assert.Equal(["A1", "IL-6", "standard"], lines[1].Split(',')[..3]);
        Assert.EndsWith(",low-beads", lines[^1], StringComparison.Ordinal);
        Assert.Single(lines, l => l.Contains("low-beads", StringComparison.Ordinal));
    }

    [Fact]
    public void Min_Beads_Sets_The_Bead_Threshold()
    {
        var export = folder.Write("export.csv", Export());
        var standards = folder.Write("standards.csv", StandardsFile(controlNominal: 250));

        var off = CliRun.Run("assay", export, "--standards", standards, "--min-beads", "0");
        var strict = CliRun.Run("assay", export, "--standards", standards, "--min-beads", "51");

        Assert.Equal(0, off.ExitCode);
        Assert.DoesNotContain("low-beads", off.Output, StringComparison.Ordinal);
        Assert.Equal(22, strict.OutputLines.Count(l => l.EndsWith("low-beads", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_Control_Outside_80_To_120_Percent_Is_Reported_And_Flagged()
    {
        var export = folder.Write("export.csv", Export());
        var standards = folder.Write("standards.csv", StandardsFile(controlNominal: 500));
        var output = folder.File("results.csv");

        var result = CliRun.Run("assay", export, "--standards", standards, "--out", output);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("IL-6 control Control1: 250 of nominal 500, recovery 50.0 % (outside 80–120 %)", result.OutputLines[1]);
        Assert.Equal(2, File.ReadAllLines(output).Count(l => l.EndsWith(",control-recovery", StringComparison.Ordinal)));
    }

    [Fact]
    public void Background_Subtract_Reports_The_Net_Mfi()
    {
        var export = folder.Write("export.csv", Export());
        var standards = folder.Write("standards.csv", StandardsFile(controlNominal: 250));

        var result = CliRun.Run("assay", export, "--standards", standards, "--background", "subtract", "--model", "4pl");

        Assert.Equal(0, result.ExitCode);
        var blank = result.OutputLines.First(l => l.StartsWith("G2,", StringComparison.Ordinal)).Split(',');
        Assert.Equal(0, double.Parse(blank[3], CultureInfo.InvariantCulture), 1e-9);
        var unknown = result.OutputLines.First(l => l.StartsWith("C3,", StringComparison.Ordinal)).Split(',');
        Assert.Equal(Curve.Evaluate(30) - Curve.A, double.Parse(unknown[3], CultureInfo.InvariantCulture), 1e-9);
    }

    [Fact]
    public void A_Truncated_Export_Is_One_Line_Naming_File_And_Line_And_Leaves_No_Output_File()
    {
        var text = Export();
        var export = folder.Write("export.csv", text[..(text.IndexOf("\"4(1,D1)\"", StringComparison.Ordinal) + 12)]);
        var standards = folder.Write("standards.csv", StandardsFile(controlNominal: 250));
        var output = folder.File("results.csv");

        var result = CliRun.Run("assay", export, "--standards", standards, "--out", output);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal([$"myokinetics: error: {export}:10: the Median row has 2 values, the header 4; the export looks truncated"], result.ErrorLines);
        Assert.Equal(["export.csv", "standards.csv"], folder.Files());
    }

    [Fact]
    public void An_Export_Without_Standards_Names_The_First_Standard_And_The_Option()
    {
        var export = folder.Write("export.csv", Export());

        var result = CliRun.Run("assay", export);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal([$"myokinetics: error: {export}:7:11: no expected concentration for standard 'Standard1' and analyte 'IL-6'; give them with --standards FILE (sample,analyte,expected)"], result.ErrorLines);
    }

    [Fact]
    public void A_Standards_File_Without_Its_Expected_Column_Is_Named()
    {
        var export = folder.Write("export.csv", Export());
        var standards = folder.Write("standards.csv", "sample,analyte,conc\nStandard1,IL-6,10000\n");

        var result = CliRun.Run("assay", export, "--standards", standards);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal([$"myokinetics: error: {standards}:1: missing column 'expected'; the standards file's header must name sample, analyte, expected"], result.ErrorLines);
    }

    [Fact]
    public void A_Standards_File_With_A_Tidy_Plate_Is_Refused()
    {
        var tidy = folder.Write("tidy.csv", Tidy());
        var standards = folder.Write("standards.csv", StandardsFile(controlNominal: 250));

        var result = CliRun.Run("assay", tidy, "--standards", standards);

        Assert.Equal(1, result.ExitCode);
        Assert.Single(result.ErrorLines);
        Assert.Contains("a standards file goes with an xPONENT export", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--min-beads", "-1", "--min-beads expects a whole number of 0 or more, got '-1'")]
    [InlineData("--min-beads", "many", "many")]
    [InlineData("--background", "divide", "divide")]
    public void Bad_Option_Values_Are_Refused(string option, string value, string message)
    {
        var export = folder.Write("export.csv", Export());

        var result = CliRun.Run("assay", export, option, value);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
    }

    private static string Concentration(string line) => line.Split(',')[4];

    /// <summary>Seven noise-free standards in duplicate (1:4 from 10,000), two backgrounds, a control at
    /// 250 and two unknowns (30, and 2000 diluted 1:2) in duplicate; 50 beads per well but 20 in the last.</summary>
    private static List<(string Sample, double Concentration, double Dilution)> Layout()
    {
        var rows = new List<(string, double, double)>();
        for (var i = 0; i < 7; i++)
        {
            rows.Add(($"Standard{i + 1}", Level(i), 1));
            rows.Add(($"Standard{i + 1}", Level(i), 1));
        }

        rows.AddRange([("Background0", 0, 1), ("Background0", 0, 1), ("Control1", 250, 1), ("Control1", 250, 1), ("Unknown1", 30, 1), ("Unknown1", 30, 1), ("Unknown2", 2000, 2), ("Unknown2", 2000, 2)]);
        return rows;
    }

    private static double Level(int i) => 10000 / Math.Pow(4, i);

    private static string Well(int i) => $"{(char)('A' + (i % 8))}{(i / 8) + 1}";

    private static double Mfi((string Sample, double Concentration, double Dilution) row) =>
        row.Concentration == 0 ? Curve.A : Curve.Evaluate(row.Concentration / row.Dilution);

    private static string Export()
    {
        var rows = Layout();
        var text = new StringBuilder("Program,xPONENT,,MAGPIX\nBuild,4.3.229.0\nBatch,EPS_plate\n\n\"DataType:\",\"Median\"\n");
        text.Append("Location,Sample,IL-6,Total Events\n");
        for (var i = 0; i < rows.Count; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"\"{i + 1}(1,{Well(i)})\",{rows[i].Sample},{Number(Mfi(rows[i]))},60\n");
        }

        text.Append("\n\"DataType:\",\"Count\"\nLocation,Sample,IL-6,Total Events\n");
        for (var i = 0; i < rows.Count; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"\"{i + 1}(1,{Well(i)})\",{rows[i].Sample},{(i == rows.Count - 1 ? 20 : 50)},60\n");
        }

        text.Append("\n\"DataType:\",\"Dilution Factor\"\nLocation,Sample,Dilution Factor\n");
        for (var i = 0; i < rows.Count; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"\"{i + 1}(1,{Well(i)})\",{rows[i].Sample},{Number(rows[i].Dilution)}\n");
        }

        return text.ToString();
    }

    private static string Tidy()
    {
        var text = new StringBuilder("well,type,analyte,mfi,expected,dilution,sample\n");
        var rows = Layout();
        for (var i = 0; i < rows.Count; i++)
        {
            var (sample, concentration, dilution) = rows[i];
            var type = sample.StartsWith("Standard", StringComparison.Ordinal) ? "standard" : sample.StartsWith("Background", StringComparison.Ordinal) ? "blank" : sample.StartsWith("Control", StringComparison.Ordinal) ? "control" : "unknown";
            var expected = type is "standard" or "control" ? Number(concentration) : string.Empty;
            text.Append(CultureInfo.InvariantCulture, $"{Well(i)},{type},IL-6,{Number(Mfi(rows[i]))},{expected},{Number(dilution)},{sample}\n");
        }

        return text.ToString();
    }

    private static string StandardsFile(double controlNominal)
    {
        var text = new StringBuilder("sample,analyte,expected\n");
        for (var i = 0; i < 7; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"Standard{i + 1},IL-6,{Number(Level(i))}\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"Control1,IL-6,{Number(controlNominal)}\n");
        return text.ToString();
    }

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
