using System.Globalization;
using System.Text;

namespace Myokinetics.Cli.Tests;

public sealed class SecretomeCommandTests : IDisposable
{
    private const string Sheet = "sample,group\nc1,control\nc2,control\nc3,control\ne1,EPS\ne2,EPS\ne3,EPS\n";
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    /// <summary>A small proteinGroups.txt: IL-6 (P05231) up eightfold in EPS, a transmembrane protein
    /// from the user's annotations unchanged, 20 unchanged proteins, a decoy and a contaminant.</summary>
    private static string ProteinGroups(string contaminant = "Potential contaminant")
    {
        var text = new StringBuilder($"Protein IDs\tGene names\tiBAQ\tLFQ intensity c1\tLFQ intensity c2\tLFQ intensity c3\tLFQ intensity e1\tLFQ intensity e2\tLFQ intensity e3\tReverse\t{contaminant}\n");
        void Row(string ids, string gene, double control, double eps, int i, string reverse = "", string con = "")
        {
            double[] noise = [0.05, -0.04, 0.01, -0.03, 0.06, -0.02];
            var values = noise.Select((e, j) => Math.Pow(2, (j < 3 ? control : eps) + e + (0.01 * (i % 7))).ToString("R", CultureInfo.InvariantCulture));
            text.Append(CultureInfo.InvariantCulture, $"{ids}\t{gene}\t1\t{string.Join('\t', values)}\t{reverse}\t{con}\n");
        }

        Row("P05231;P05231-2", "IL6", 20, 23, 0);
        Row("Q99999", "TMX", 24, 24, 1);
        for (var i = 0; i < 20; i++)
        {
            Row($"P{30000 + i}", $"G{i}", 22 + (0.1 * i), 22 + (0.1 * i) + (i % 2 == 0 ? 0.02 : -0.02), i);
        }

        Row("REV__P1", string.Empty, 20, 30, 3, reverse: "+");
        Row("CON__P2", "KRT1", 20, 30, 4, con: "+");
        return text.ToString();
    }

    [Theory]
    [InlineData("Potential contaminant")]
    [InlineData("Contaminant")]
    public void Secretome_Writes_A_Tidy_Csv_With_Il6_Significant_Classically_Secreted_And_A_Myokine(string contaminant)
    {
        var groups = folder.Write("proteinGroups.txt", ProteinGroups(contaminant));
        var samples = folder.Write("samples.csv", Sheet);
        var uniprot = folder.Write("uniprot.tsv", "Entry\tSignal peptide\tTransmembrane\tSubcellular location [CC]\tKeywords\nQ99999\t\tTRANSMEM 5..25\tMembrane\tMembrane;Transmembrane\n");
        var output = folder.File("results.csv");

        var result = CliRun.Run("secretome", groups, "--samples", samples, "--annotations", uniprot, "--out", output);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
        Assert.Equal(
            [
                "EPS vs control (LFQ): 22 protein groups kept (2 decoys/contaminants/site-only dropped), 22 tested, 1 significant at FDR 0.05 (1 classically secreted; myokines: IL6)",
                $"wrote {output}",
            ],
            result.OutputLines);
        var lines = File.ReadAllLines(output);
        Assert.Equal("protein_ids,gene_names,valid_reference,valid_treatment,log2fc,t,df,p,q,significant,class,secreted_keyword,myokine", lines[0]);
        Assert.Equal(23, lines.Length);
        var il6 = lines[1].Split(',');
        Assert.Equal(["P05231;P05231-2", "IL6", "3", "3"], il6[..4]);
        Assert.Equal(3, double.Parse(il6[4], CultureInfo.InvariantCulture), 0.05);
        Assert.Equal(["yes", "classically-secreted", "no", "IL6"], il6[9..]);
        Assert.EndsWith(",no,transmembrane,no,", lines[2], StringComparison.Ordinal);
        Assert.EndsWith(",no,unannotated,no,", lines[3], StringComparison.Ordinal);
        Assert.Equal(["proteinGroups.txt", "results.csv", "samples.csv", "uniprot.tsv"], folder.Files());
    }

    [Fact]
    public void Without_Out_The_Csv_Goes_To_Standard_Output_And_Asking_For_Absent_Ibaq_Columns_Is_An_Error()
    {
        var groups = folder.Write("proteinGroups.txt", ProteinGroups());
        var samples = folder.Write("samples.csv", Sheet);

        var result = CliRun.Run("secretome", groups, "--samples", samples, "--intensity", "ibaq");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal([$"myokinetics: error: {groups}:1: no intensity columns: expected 'iBAQ <sample>' columns in the header (the plain 'iBAQ' total is not a sample)"], result.ErrorLines);
        var lfq = CliRun.Run("secretome", groups, "--samples", samples);
        Assert.Equal(0, lfq.ExitCode);
        Assert.Equal(23, lfq.OutputLines.Length);
    }

    [Theory]
    [InlineData("sample,group\nc1,control\nc2,control\nc9,control\ne1,EPS\ne2,EPS\n", "samples.csv:4:1: sample 'c9' has no 'LFQ intensity c9' column in {groups}")]
    [InlineData("sample,group\nc1,control\nc2,control\nc1,EPS\ne2,EPS\n", "samples.csv:4:1: duplicate sample name 'c1' (first on line 2)")]
    public void A_Bad_Sample_Sheet_Is_One_Line_Naming_File_Line_And_Column_And_Leaves_No_Output(string sheet, string message)
    {
        var groups = folder.Write("proteinGroups.txt", ProteinGroups());
        var samples = folder.Write("samples.csv", sheet);
        var output = folder.File("results.csv");

        var result = CliRun.Run("secretome", groups, "--samples", samples, "--out", output);

        Assert.Equal(1, result.ExitCode);
        Assert.Single(result.ErrorLines);
        Assert.StartsWith("myokinetics: error: " + folder.File(message.Replace("{groups}", groups, StringComparison.Ordinal)), result.ErrorLines[0], StringComparison.Ordinal);
        Assert.Equal(["proteinGroups.txt", "samples.csv"], folder.Files());
    }

    [Fact]
    public void A_Non_Numeric_Intensity_Fails_Without_Touching_An_Earlier_Result()
    {
        var groups = folder.Write("proteinGroups.txt", ProteinGroups().Replace("IL6\t1\t", "IL6\t1\tn/a", StringComparison.Ordinal));
        var samples = folder.Write("samples.csv", Sheet);
        var output = folder.Write("results.csv", "earlier\n");

        var result = CliRun.Run("secretome", groups, "--samples", samples, "--out", output);

        Assert.Equal(1, result.ExitCode);
        Assert.Single(result.ErrorLines);
        Assert.StartsWith($"myokinetics: error: {groups}:2:23: 'LFQ intensity c1' value 'n/a", result.ErrorLines[0], StringComparison.Ordinal);
        Assert.Equal("earlier\n", File.ReadAllText(output));
    }

    [Theory]
    [InlineData("--min-valid", "0", "--min-valid must be at least 1, found 0")]
    [InlineData("--fdr", "1.5", "--fdr must be in (0, 1], found 1.5")]
    public void Out_Of_Range_Options_Are_One_Line_Errors(string option, string value, string message)
    {
        var groups = folder.Write("proteinGroups.txt", ProteinGroups());
        var samples = folder.Write("samples.csv", Sheet);

        var result = CliRun.Run("secretome", groups, "--samples", samples, option, value);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal([$"myokinetics: error: {message}"], result.ErrorLines);
    }

    [Fact]
    public void The_Shipped_Annotation_Table_Covers_Every_Catalogue_Protein()
    {
        var catalog = Physiology.Catalog.MyokineCatalog.Default();
        var path = Path.Combine(Path.GetDirectoryName(Physiology.Catalog.MyokineCatalog.DefaultPath())!, "myokine-annotations.tsv");

        var annotations = Lab.Secretome.UniProtAnnotations.Read(path);

        var proteins = catalog.Entries.Where(e => e.Uniprot is not null).Select(e => e.Uniprot!).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(proteins, annotations.Keys.Order(StringComparer.Ordinal).ToArray());
        Assert.Equal(Lab.Secretome.SecretionClass.ClassicallySecreted, annotations["P05231"].Class);
        Assert.Equal(Lab.Secretome.SecretionClass.Transmembrane, annotations["Q8NAU1"].Class);
    }

    [Fact]
    public void The_Moderated_Test_Finds_Il6_With_One_Shared_Degrees_Of_Freedom_And_Unknown_Tests_Are_Refused()
    {
        var groups = folder.Write("proteinGroups.txt", ProteinGroups());
        var samples = folder.Write("samples.csv", Sheet);
        var output = folder.File("moderated.csv");

        var result = CliRun.Run("secretome", groups, "--samples", samples, "--test", "moderated", "--out", output);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("22 tested, 1 significant at FDR 0.05", result.OutputLines[0], StringComparison.Ordinal);
        var rows = File.ReadAllLines(output).Skip(1).Select(l => l.Split(',')).ToArray();
        Assert.Equal(["IL6", "yes"], [rows[0][1], rows[0][9]]);

        // No value is missing, so every protein has d = 4 and the same moderated ν = d0 + 4 (at most 22·4).
        var df = rows.Select(r => double.Parse(r[6], CultureInfo.InvariantCulture)).Distinct().ToArray();
        Assert.Single(df);
        Assert.InRange(df[0], 4, 88);

        var unknown = CliRun.Run("secretome", groups, "--samples", samples, "--test", "limma");
        Assert.Equal(1, unknown.ExitCode);
        Assert.StartsWith("myokinetics: error: Argument 'limma' not recognized. Must be one of:", unknown.ErrorLines[0], StringComparison.Ordinal);
    }
}
