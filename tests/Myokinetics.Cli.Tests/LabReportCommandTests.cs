using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Myokinetics.Lab.Assays;

namespace Myokinetics.Cli.Tests;

/// <summary>The <c>--report</c> pages of <c>assay</c> and <c>secretome</c>.</summary>
public sealed class LabReportCommandTests : IDisposable
{
    private static readonly LogisticCurve Il6 = new(A: 40, B: 1.2, C: 500, D: 22000, G: 1);
    private static readonly LogisticCurve Irisin = new(A: 80, B: 0.9, C: 2000, D: 15000, G: 1);
    private const string Sheet = "sample,group\nc1,control\nc2,control\nc3,control\ne1,EPS\ne2,EPS\ne3,EPS\n";
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    /// <summary>Two analytes, 7 standard levels in duplicate each, two blanks, a control at 300, an
    /// unknown at 250 and one far above the curve (out of range).</summary>
    private static string Plate()
    {
        var text = new StringBuilder("well,type,analyte,mfi,expected,sample\n");
        foreach (var (analyte, curve) in new[] { ("IL-6", Il6), ("Irisin", Irisin) })
        {
            for (var i = 0; i < 7; i++)
            {
                var level = 10000 / Math.Pow(4, i);
                for (var r = 0; r < 2; r++)
                {
                    var noise = r == 0 ? 1.02 : 0.98;
                    text.Append(CultureInfo.InvariantCulture, $"S{i}{r},standard,{analyte},{N(curve.Evaluate(level) * noise)},{N(level)},std{i}\n");
                }
            }

            text.Append(CultureInfo.InvariantCulture, $"B1,blank,{analyte},{N(curve.A * 1.05)},,blank\nB2,blank,{analyte},{N(curve.A * 0.95)},,blank\n");
            text.Append(CultureInfo.InvariantCulture, $"C1,control,{analyte},{N(curve.Evaluate(300))},300,QC\n");
            text.Append(CultureInfo.InvariantCulture, $"U1,unknown,{analyte},{N(curve.Evaluate(250))},,s1\n");
            text.Append(CultureInfo.InvariantCulture, $"U2,unknown,{analyte},{N(curve.D * 2)},,far\n");
        }

        return text.ToString();
    }

    [Fact]
    public void Assay_Report_Has_A_Curve_Per_Analyte_With_Its_Wells_Limits_And_Flagged_Samples()
    {
        var plate = folder.Write("plate.csv", Plate());
        var output = folder.File("results.csv");
        var report = folder.File("plate.html");

        var result = CliRun.Run("assay", plate, "--model", "4pl", "--out", output, "--report", report);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
        Assert.Equal([$"wrote {output}", $"wrote {report}"], result.OutputLines[^2..]);
        var html = File.ReadAllText(report);
        Assert.Equal(2, Count(html, "<polyline class=\"curve\""));
        var curves = Regex.Matches(html, "<svg .*?</svg>", RegexOptions.Singleline).Select(m => m.Value).Where(s => s.Contains("standard curve", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, curves.Count);
        foreach (var svg in curves)
        {
            Assert.Equal(14, Regex.Count(svg, "<circle class=\"std(-out)?\""));
            Assert.Equal(2, Regex.Count(svg, "<polygon class=\"unk"));
            Assert.Equal(1, Regex.Count(svg, "<rect class=\"ctl"));
            Assert.Equal(1, Count(svg, "class=\"unk flagged\""));
            Assert.Matches(">LLOQ [0-9.]+</text>", svg);
            Assert.Matches(">ULOQ [0-9.]+</text>", svg);
        }

        Assert.Equal(2, Count(html, "Flagged: <span class=\"flag\">out-of-range</span> U2 (far)</p>"));
        Assert.Contains("<td>4PL</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>5PL</td>", html, StringComparison.Ordinal);
        Assert.Contains("not asked for", html, StringComparison.Ordinal);
        Assert.Equal(["plate.csv", "plate.html", "results.csv"], folder.Files());
    }

    [Fact]
    public void The_Same_Plate_Gives_The_Same_Report_Bytes_And_Without_Out_Standard_Output_Is_Only_The_Csv()
    {
        var plate = folder.Write("plate.csv", Plate());

        var first = CliRun.Run("assay", plate, "--report", folder.File("a.html"));
        var second = CliRun.Run("assay", plate, "--report", folder.File("b.html"));

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(0, second.ExitCode);
        Assert.Equal(File.ReadAllBytes(folder.File("a.html")), File.ReadAllBytes(folder.File("b.html")));
        Assert.Equal("well,analyte,type,mfi,concentration,dilution,flag", first.OutputLines[0]);
        Assert.Equal(1 + (2 * 19), first.OutputLines.Length);
    }

    [Theory]
    [InlineData("missing/plate.html", "--report '{0}': the folder '{1}' does not exist")]
    [InlineData("", "--report '{0}' is a folder; expected an HTML file name such as plate.html")]
    public void A_Bad_Report_Path_Is_One_Line_And_Leaves_No_File(string name, string message)
    {
        var plate = folder.Write("plate.csv", Plate());
        var report = name.Length == 0 ? folder.Path : folder.File(name);

        var result = CliRun.Run("assay", plate, "--out", folder.File("results.csv"), "--report", report);

        Assert.Equal(1, result.ExitCode);
        var expected = string.Format(CultureInfo.InvariantCulture, message, report, Path.GetDirectoryName(Path.GetFullPath(report)));
        Assert.Equal([$"myokinetics: error: {expected}"], result.ErrorLines);
        Assert.Equal(string.Empty, result.Output);
        Assert.Equal(["plate.csv"], folder.Files());
    }

    [Fact]
    public void A_Malformed_Plate_With_A_Report_Asked_For_Leaves_No_File()
    {
        var plate = folder.Write("plate.csv", Plate().Replace("U1,unknown,IL-6,", "U1,unknown,IL-6,x", StringComparison.Ordinal));

        var result = CliRun.Run("assay", plate, "--out", folder.File("results.csv"), "--report", folder.File("plate.html"));

        Assert.Equal(1, result.ExitCode);
        Assert.Single(result.ErrorLines);
        Assert.Contains("is not a number", result.Error, StringComparison.Ordinal);
        Assert.Equal(["plate.csv"], folder.Files());
    }

    [Fact]
    public void The_Report_Cannot_Be_The_Csv()
    {
        var plate = folder.Write("plate.csv", Plate());
        var output = folder.File("same.html");

        var result = CliRun.Run("assay", plate, "--out", output, "--report", output);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal([$"myokinetics: error: --report '{output}' is also the --out file; give them different names"], result.ErrorLines);
        Assert.Equal(["plate.csv"], folder.Files());
    }

    /// <summary>IL-6 (P05231) eightfold up, myostatin (O14793) fourfold down, a protein missing in two
    /// controls and one EPS sample (too few valid values with --min-valid 3; three values to impute
    /// otherwise), 20 unchanged proteins and a decoy.</summary>
    private static string ProteinGroups()
    {
        var text = new StringBuilder("Protein IDs\tGene names\tLFQ intensity c1\tLFQ intensity c2\tLFQ intensity c3\tLFQ intensity e1\tLFQ intensity e2\tLFQ intensity e3\tReverse\n");
        void Row(string ids, string gene, double control, double eps, int i, string reverse = "", int[]? missing = null)
        {
            double[] noise = [0.05, -0.04, 0.01, -0.03, 0.06, -0.02];
            var values = noise.Select((e, j) => missing?.Contains(j) == true ? "0" : Math.Pow(2, (j < 3 ? control : eps) + e + (0.01 * (i % 7))).ToString("R", CultureInfo.InvariantCulture));
            text.Append(CultureInfo.InvariantCulture, $"{ids}\t{gene}\t{string.Join('\t', values)}\t{reverse}\n");
        }

        Row("P05231", "IL6", 20, 23, 0);
        Row("O14793", "MSTN", 24, 22, 1);
        Row("Q77777", "RARE", 21, 21, 2, missing: [0, 1, 3]);
        for (var i = 0; i < 20; i++)
        {
            Row($"P{30000 + i}", $"G{i}", 22 + (0.1 * i), 22 + (0.1 * i) + (i % 2 == 0 ? 0.02 : -0.02), i);
        }

        Row("REV__P1", string.Empty, 20, 30, 3, reverse: "+");
        return text.ToString();
    }

    [Fact]
    public void Secretome_Report_Colours_The_Significant_Proteins_And_Labels_The_Catalogue_Myokines()
    {
        var groups = folder.Write("proteinGroups.txt", ProteinGroups());
        var samples = folder.Write("samples.csv", Sheet);
        var report = folder.File("secretome.html");

        var result = CliRun.Run("secretome", groups, "--samples", samples, "--min-valid", "3", "--out", folder.File("results.csv"), "--report", report);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
        Assert.Equal($"wrote {report}", result.OutputLines[^1]);
        var html = File.ReadAllText(report);
        var volcano = Regex.Match(html, "<svg .*?</svg>", RegexOptions.Singleline).Value;
        Assert.Equal(1, Regex.Count(volcano, "class=\"up\""));
        Assert.Equal(1, Regex.Count(volcano, "class=\"down\""));
        Assert.Contains("<title>IL6 (P05231): log2 FC 2.99", volcano, StringComparison.Ordinal);
        var labels = Regex.Matches(volcano, "<text class=\"myokine-label\"[^>]*>([^<]*)</text>").Select(m => m.Groups[1].Value).Order(StringComparer.Ordinal);
        Assert.Equal(["IL6", "myostatin"], labels);
        Assert.Equal(1, Count(volcano, "<line class=\"threshold\""));
        Assert.Contains("<tr><td>read from the file</td><td class=\"number\">24</td></tr>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><td>dropped: reverse (decoy), contaminant or only identified by site</td><td class=\"number\">1</td></tr>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><td>dropped: fewer than 3 valid values in either group</td><td class=\"number\">1</td></tr>", html, StringComparison.Ordinal);
        Assert.Contains("<h2>Significant proteins (2)</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<td>yes (IL6)</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_Same_Secretome_With_Imputation_Gives_The_Same_Report_Bytes_And_Counts_Imputed_Values()
    {
        var groups = folder.Write("proteinGroups.txt", ProteinGroups());
        var samples = folder.Write("samples.csv", Sheet);

        var first = CliRun.Run("secretome", groups, "--samples", samples, "--impute", "--report", folder.File("a.html"));
        var second = CliRun.Run("secretome", groups, "--samples", samples, "--impute", "--report", folder.File("b.html"));

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(0, second.ExitCode);
        var bytes = File.ReadAllBytes(folder.File("a.html"));
        Assert.Equal(bytes, File.ReadAllBytes(folder.File("b.html")));
        Assert.StartsWith("protein_ids,", first.OutputLines[0], StringComparison.Ordinal);
        Assert.DoesNotContain(first.OutputLines, l => l.StartsWith("wrote", StringComparison.Ordinal));
        Assert.Contains("<td class=\"number\">3 values</td>", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void A_Bad_Secretome_Report_Path_Is_One_Line_Before_Any_Work_And_Leaves_No_File()
    {
        var groups = folder.Write("proteinGroups.txt", ProteinGroups());
        var samples = folder.Write("samples.csv", Sheet);
        var report = folder.File(Path.Combine("nowhere", "s.html"));

        var result = CliRun.Run("secretome", groups, "--samples", samples, "--out", folder.File("results.csv"), "--report", report);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal([$"myokinetics: error: --report '{report}': the folder '{Path.GetDirectoryName(report)}' does not exist"], result.ErrorLines);
        Assert.Equal(["proteinGroups.txt", "samples.csv"], folder.Files());
    }

    private static string N(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static int Count(string text, string part) => (text.Length - text.Replace(part, string.Empty, StringComparison.Ordinal).Length) / part.Length;
}
