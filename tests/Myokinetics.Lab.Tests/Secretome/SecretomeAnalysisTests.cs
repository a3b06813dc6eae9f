using Myokinetics.Lab.Secretome;

namespace Myokinetics.Lab.Tests.Secretome;

public sealed class SecretomeAnalysisTests
{
    private static readonly SampleSheet Sheet = SampleSheet.Parse(SyntheticProteinGroups.SampleSheet, "samples.csv");

    [Theory]
    [InlineData(1, true, "Potential contaminant")]
    [InlineData(2, true, "Contaminant")]
    [InlineData(3, false, "Potential contaminant")]
    [InlineData(4, false, "Contaminant")]
    public void The_Planted_Changed_Proteins_And_Only_They_Are_Significant_At_Five_Percent_Fdr(int seed, bool lfq, string contaminant)
    {
        // Exact recovery is what these seeded files give; in general BH at 5 % allows about
        // 0.05·(8 + 1)·100/108 ≈ 0.4 false discoveries per file, and the calibration of the null
        // p-values is checked separately below.
        var table = ProteinGroupsReader.Parse(SyntheticProteinGroups.Build(seed, lfq, contaminant), "proteinGroups.txt");

        var result = SecretomeAnalysis.Analyze(table, Sheet, new SecretomeOptions());

        Assert.Equal(lfq ? IntensityKind.Lfq : IntensityKind.Ibaq, result.Kind);
        Assert.Equal(("control", "EPS", 3), (result.Reference, result.Treatment, result.Removed));
        var found = result.Proteins.Where(p => p.Significant).Select(p => p.ProteinIds.Split(';')[0]).ToArray();
        Assert.Equal(SyntheticProteinGroups.Changed, found);
        foreach (var p in result.Proteins.Where(p => p.Significant))
        {
            var planted = int.Parse(p.GeneNames[3..], System.Globalization.CultureInfo.InvariantCulture) < 6 ? 3 : -3;
            Assert.Equal(planted, p.Log2FoldChange, 0.5);
        }

        // Without imputation the EPS-only protein has no control value and is not tested.
        var epsOnly = result.Proteins.Single(p => p.GeneNames == "EPSONLY");
        Assert.Null(epsOnly.Welch);
        Assert.Equal((0, 4), (epsOnly.ValidReference, epsOnly.ValidTreatment));
        Assert.Equal(1 + 8 + 100, result.Proteins.Length);
        Assert.Equal(8 + 100, result.Tested);
    }

    [Fact]
    public void Unchanged_Proteins_Have_Uniform_P_Values_So_Five_Percent_Fall_Below_Five_Percent()
    {
        // 2000 unchanged proteins: the count below 0.05 is binomial(2000, 0.05), mean 100, SD 9.7; ±30 is ±3 SD.
        var table = ProteinGroupsReader.Parse(SyntheticProteinGroups.Build(11, unchanged: 2000), "proteinGroups.txt");

        var result = SecretomeAnalysis.Analyze(table, Sheet, new SecretomeOptions());

        var nulls = result.Proteins.Where(p => p.GeneNames.StartsWith("UNC", StringComparison.Ordinal) && p.Welch is not null).ToArray();
        Assert.Equal(2000, nulls.Length);
        Assert.InRange(nulls.Count(p => p.Welch!.Value.P < 0.05), 70, 130);
        Assert.InRange(nulls.Count(p => p.Welch!.Value.P < 0.5), 900, 1100);

        // The far tail, where BH draws its line: mean 10, SD 3.2.
        Assert.InRange(nulls.Count(p => p.Welch!.Value.P < 0.005), 1, 21);
    }

    [Fact]
    public void Lfq_And_Ibaq_Give_The_Same_Tests_When_Ibaq_Is_A_Per_Protein_Rescaling()
    {
        var text = SyntheticProteinGroups.Build(5);
        var lfq = SecretomeAnalysis.Analyze(ProteinGroupsReader.Parse(text, "p.txt", IntensityKind.Lfq), Sheet, new SecretomeOptions());
        var ibaq = SecretomeAnalysis.Analyze(ProteinGroupsReader.Parse(text, "p.txt", IntensityKind.Ibaq), Sheet, new SecretomeOptions());

        for (var i = 0; i < lfq.Proteins.Length; i++)
        {
            Assert.Equal(lfq.Proteins[i].Welch?.T ?? 0, ibaq.Proteins[i].Welch?.T ?? 0, 1e-9);
        }
    }

    [Fact]
    public void Imputation_Tests_The_Eps_Only_Protein_As_Strongly_Up_And_Is_Reproducible_From_The_Seed()
    {
        var table = ProteinGroupsReader.Parse(SyntheticProteinGroups.Build(6), "proteinGroups.txt");

        var first = SecretomeAnalysis.Analyze(table, Sheet, new SecretomeOptions(Impute: true, Seed: 7));
        var again = SecretomeAnalysis.Analyze(table, Sheet, new SecretomeOptions(Impute: true, Seed: 7));
        var other = SecretomeAnalysis.Analyze(table, Sheet, new SecretomeOptions(Impute: true, Seed: 8));

        var epsOnly = first.Proteins.Single(p => p.GeneNames == "EPSONLY");
        Assert.True(epsOnly.Significant, $"{epsOnly}");
        Assert.True(epsOnly.Log2FoldChange > 1, $"log2 fold change {epsOnly.Log2FoldChange}");
        Assert.Equal(first.Proteins.Select(p => p.Welch), again.Proteins.Select(p => p.Welch));
        Assert.NotEqual(first.Proteins.Select(p => p.Welch), other.Proteins.Select(p => p.Welch));
        Assert.Equal(1 + 8 + 100, first.Tested);
        // Every planted change is still found; with imputation this file also has one unchanged protein
        // below the BH line (at 5 % FDR about 0.3 false discoveries are expected among 9).
        Assert.Subset(first.Proteins.Where(p => p.Significant).Select(p => p.ProteinIds.Split(';')[0]).ToHashSet(), new HashSet<string>([.. SyntheticProteinGroups.Changed, SyntheticProteinGroups.EpsOnly]));
    }

    [Fact]
    public void The_Valid_Value_Filter_Counts_Per_Group()
    {
        var table = ProteinGroupsReader.Parse(SyntheticProteinGroups.Build(6), "proteinGroups.txt");

        var strict = SecretomeAnalysis.Analyze(table, Sheet, new SecretomeOptions(MinValid: 4, Impute: true));

        // MinValid 4: the EPS-only protein has 4 in EPS (kept); the unchanged ones missing a control value still have 4 in EPS.
        Assert.Equal(1 + 8 + 100, strict.Tested);
        var none = SecretomeAnalysis.Analyze(table, Sheet, new SecretomeOptions(MinValid: 5));
        Assert.Equal(0, none.Tested);
        Assert.All(none.Proteins, p => Assert.False(p.Significant));
    }

    [Fact]
    public void Classes_And_Myokines_Come_From_The_Annotations_By_Accession_Without_Isoform()
    {
        var table = ProteinGroupsReader.Parse(SyntheticProteinGroups.Build(1), "proteinGroups.txt");
        var annotations = UniProtAnnotations.Parse(
            "Entry\tSignal peptide\tTransmembrane\tSubcellular location [CC]\tKeywords\n"
            + "P10000\tSIGNAL 1..22; /evidence=\"ECO:0000255\"\t\tSUBCELLULAR LOCATION: Secreted.\tSecreted;Signal\n"
            + "P10001\tSIGNAL 1..20\tTRANSMEM 300..320; /note=\"Helical\"\tMembrane\tMembrane;Signal;Transmembrane\n"
            + "P10002\t\t\tCytoplasm\tCytoplasm\n"
            + "P10003\tunknown\t\t\t\n",
            "uniprot.tsv");
        var myokines = new Dictionary<string, string>(StringComparer.Ordinal) { ["P10000"] = "IL6" };

        var result = SecretomeAnalysis.Analyze(table, Sheet, new SecretomeOptions(), annotations, myokines);

        SecretionClass Class(string accession) => result.Proteins.Single(p => p.ProteinIds.StartsWith(accession, StringComparison.Ordinal)).Class;
        Assert.Equal(SecretionClass.ClassicallySecreted, Class("P10000"));
        Assert.Equal(SecretionClass.Transmembrane, Class("P10001"));
        Assert.Equal(SecretionClass.Other, Class("P10002"));
        Assert.Equal(SecretionClass.Unknown, Class("P10003"));
        Assert.Equal(SecretionClass.Unannotated, Class("P10004"));
        Assert.Equal(["IL6"], result.Proteins.Where(p => p.Myokine is not null).Select(p => p.Myokine));
        Assert.True(result.Proteins[0].Annotation!.Secreted);
    }

    [Theory]
    [InlineData("Entry\tKeyword ID\nA1\tKW-0732; KW-0964\n", SecretionClass.Unknown)]
    [InlineData("Entry\tSignal peptide\tKeyword ID\nA1\t\tKW-0732\n", SecretionClass.Unknown)]
    [InlineData("Entry\tSignal peptide\tTransmembrane\tKeyword ID\nA1\t\t\tKW-0732\n", SecretionClass.ClassicallySecreted)]
    [InlineData("Entry\tSignal peptide\tTransmembrane\tKeywords\nA1\tno\tno\tTransmembrane\n", SecretionClass.Transmembrane)]
    [InlineData("Entry\tSignal peptide\tTransmembrane\nA1\tyes\tunknown\n", SecretionClass.Unknown)]
    public void Keywords_Decide_Where_The_Feature_Columns_Are_Silent(string tsv, SecretionClass expected)
    {
        Assert.Equal(expected, UniProtAnnotations.Parse(tsv, "u.tsv")["A1"].Class);
    }

    [Fact]
    public void A_Sample_Missing_From_The_File_Names_The_Sheet_Line_And_Column()
    {
        var table = ProteinGroupsReader.Parse(SyntheticProteinGroups.Build(1), "proteinGroups.txt");
        var sheet = SampleSheet.Parse(SyntheticProteinGroups.SampleSheet + "EPS_5,EPS\n", "samples.csv");

        var error = Assert.Throws<Core.Diagnostics.ModelFormatException>(() => SecretomeAnalysis.Analyze(table, sheet, new SecretomeOptions()));

        Assert.StartsWith("samples.csv:10:1: sample 'EPS_5' has no 'LFQ intensity EPS_5' column in proteinGroups.txt", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_Group_With_One_Sample_Is_Refused()
    {
        var table = ProteinGroupsReader.Parse(SyntheticProteinGroups.Build(1), "proteinGroups.txt");
        var sheet = SampleSheet.Parse("sample,group\ncontrol_1,control\nEPS_1,EPS\nEPS_2,EPS\n", "samples.csv");

        var error = Assert.Throws<SecretomeInputException>(() => SecretomeAnalysis.Analyze(table, sheet, new SecretomeOptions()));

        Assert.Equal("samples.csv: group 'control' has 1 sample; a t-test needs at least two per group", error.Message);
    }
}
