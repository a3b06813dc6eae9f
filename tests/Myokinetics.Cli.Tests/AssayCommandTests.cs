using System.Globalization;
using System.Text;
using Myokinetics.Lab.Assays;

namespace Myokinetics.Cli.Tests;

public sealed class AssayCommandTests : IDisposable
{
    private static readonly LogisticCurve Curve = new(A: 40, B: 1.2, C: 500, D: 22000, G: 1);
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Assay_Writes_Tidy_Concentrations_With_Flags_To_The_Out_File()
    {
        var plate = folder.Write("plate.csv", Plate(("unknown", 250, "s1"), ("unknown", Curve.D * 2, "far")));
        var output = folder.File("results.csv");

        var result = CliRun.Run("assay", plate, "--model", "4pl", "--out", output);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
        Assert.Equal(2, result.OutputLines.Length);
        Assert.Matches(@"^IL-6: 4PL a=40 b=1\.2 c=500 d=22000, AIC -\d+(\.\d+)?; LOD —, LLOQ 2\.4414, ULOQ 10000 \(7 of 7 standard levels recover 80–120 %\)$", result.OutputLines[0]);
        Assert.Equal($"wrote {output}", result.OutputLines[1]);
        var lines = File.ReadAllLines(output);
        Assert.Equal("well,analyte,type,mfi,concentration,dilution,flag", lines[0]);
        Assert.Equal(1 + 14 + 2, lines.Length);
        var s1 = lines[^2].Split(',');
        Assert.Equal(["U1", "IL-6", "unknown"], s1[..3]);
        Assert.Equal(250, double.Parse(s1[4], CultureInfo.InvariantCulture), 1e-5 * 250);
        Assert.Equal(string.Empty, s1[6]);
        Assert.EndsWith(",,1,out-of-range", lines[^1], StringComparison.Ordinal);
        Assert.Equal(["plate.csv", "results.csv"], folder.Files());
    }

    [Fact]
    public void Without_Out_The_Csv_Goes_To_Standard_Output()
    {
        var plate = folder.Write("plate.csv", Plate(("unknown", 250, "s1")));

        var result = CliRun.Run("assay", plate);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("well,analyte,type,mfi,concentration,dilution,flag", result.OutputLines[0]);
        Assert.Equal(16, result.OutputLines.Length);
    }

    [Fact]
    public void A_Non_Numeric_Mfi_Is_One_Line_Naming_File_Line_And_Column_And_Leaves_No_Output_File()
    {
        var plate = folder.Write("plate.csv", Plate(("unknown", 250, "s1")).Replace("U1,unknown,IL-6,", "U1,unknown,IL-6,x", StringComparison.Ordinal));
        var output = folder.File("results.csv");

        var result = CliRun.Run("assay", plate, "--out", output);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal([$"myokinetics: error: {plate}:16:17: mfi 'x{Mfi(Curve.Evaluate(250))}' is not a number; expected a finite number such as 1234.5"], result.ErrorLines);
        Assert.Equal(["plate.csv"], folder.Files());
    }

    [Fact]
    public void A_Plate_Too_Small_For_A_Curve_Fails_Without_Touching_An_Earlier_Result()
    {
        var plate = folder.Write("plate.csv", "well,type,analyte,mfi,expected\nA1,standard,IL-6,100,1\nA2,standard,IL-6,1000,10\n");
        var output = folder.Write("results.csv", "earlier\n");

        var result = CliRun.Run("assay", plate, "--out", output);

        Assert.Equal(1, result.ExitCode);
        Assert.Single(result.ErrorLines);
        Assert.Contains("analyte 'IL-6': 2 standard wells at 2 concentrations", result.Error, StringComparison.Ordinal);
        Assert.Equal("earlier\n", File.ReadAllText(output));
        Assert.Equal(["plate.csv", "results.csv"], folder.Files());
    }

    [Fact]
    public void An_Unknown_Model_Is_Refused_By_The_Parser()
    {
        var plate = folder.Write("plate.csv", Plate());

        var result = CliRun.Run("assay", plate, "--model", "3pl");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("3pl", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_Missing_Plate_File_Is_Named()
    {
        var result = CliRun.Run("assay", folder.File("none.csv"));

        Assert.Equal(1, result.ExitCode);
        Assert.Equal([$"myokinetics: error: {folder.File("none.csv")}: the plate file does not exist"], result.ErrorLines);
    }

    /// <summary>Seven noise-free standards in duplicate (1:4 from 10,000) and the given samples: an
    /// unknown's number is its concentration, or its MFI when above the curve's top.</summary>
    private static string Plate(params (string Type, double Value, string Sample)[] samples)
    {
        var text = new StringBuilder("well,type,analyte,mfi,expected,sample\n");
        for (var i = 0; i < 7; i++)
        {
            var level = 10000 / Math.Pow(4, i);
            for (var r = 0; r < 2; r++)
            {
                text.Append(CultureInfo.InvariantCulture, $"S{i}{r},standard,IL-6,{Mfi(Curve.Evaluate(level))},{level.ToString("R", CultureInfo.InvariantCulture)},std{i}\n");
            }
        }

        var n = 1;
        foreach (var (type, value, sample) in samples)
        {
            var mfi = value > Curve.D ? value : Curve.Evaluate(value);
            text.Append(CultureInfo.InvariantCulture, $"U{n++},{type},IL-6,{Mfi(mfi)},,{sample}\n");
        }

        return text.ToString();
    }

    private static string Mfi(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
