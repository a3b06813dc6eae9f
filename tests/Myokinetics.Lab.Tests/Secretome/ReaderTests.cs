using Myokinetics.Core.Diagnostics;
using Myokinetics.Lab.Secretome;

namespace Myokinetics.Lab.Tests.Secretome;

public sealed class ReaderTests
{
    [Fact]
    public void The_Reader_Drops_Flagged_Rows_And_Reads_Lfq_Samples_In_File_Order()
    {
        var table = ProteinGroupsReader.Parse(SyntheticProteinGroups.Build(1), "proteinGroups.txt");

        Assert.Equal(IntensityKind.Lfq, table.Kind);
        Assert.Equal([.. SyntheticProteinGroups.Control, .. SyntheticProteinGroups.Eps], table.Samples.ToArray());
        Assert.Equal(3, table.Removed);
        Assert.Equal(109, table.Groups.Length);
        Assert.Equal(("P10000;P10000-2", "CHG0", 2), (table.Groups[0].ProteinIds, table.Groups[0].GeneNames, table.Groups[0].Line));
        Assert.DoesNotContain(table.Groups, g => g.ProteinIds.Contains("P9", StringComparison.Ordinal));
    }

    [Fact]
    public void Ibaq_Is_Read_When_Asked_Or_When_Lfq_Is_Absent_And_The_Ibaq_Total_Is_Not_A_Sample()
    {
        var asked = ProteinGroupsReader.Parse(SyntheticProteinGroups.Build(1), "p.txt", IntensityKind.Ibaq);
        var fallback = ProteinGroupsReader.Parse(SyntheticProteinGroups.Build(1, lfq: false), "p.txt");

        Assert.Equal(IntensityKind.Ibaq, asked.Kind);
        Assert.Equal(IntensityKind.Ibaq, fallback.Kind);
        Assert.Equal(8, asked.Samples.Length);
        Assert.Equal(asked.Samples.ToArray(), fallback.Samples.ToArray());
    }

    [Theory]
    [InlineData("Protein IDs\tIntensity a\tiBAQ\nP1\t1\t2\n", null, "p.txt:1: no intensity columns: expected 'LFQ intensity <sample>' or 'iBAQ <sample>' columns in the header (the plain 'iBAQ' total is not a sample)")]
    [InlineData("Protein IDs\tiBAQ a\nP1\t1\n", IntensityKind.Lfq, "p.txt:1: no intensity columns: expected 'LFQ intensity <sample>' columns in the header (the plain 'iBAQ' total is not a sample)")]
    [InlineData("Protein IDs\tLFQ intensity a\tLFQ intensity a\nP1\t1\t2\n", null, "p.txt:1:29: duplicate sample name 'a': the column 'LFQ intensity a' appears twice")]
    [InlineData("Protein IDs\tLFQ intensity a\tLFQ intensity b\nP1\t1\t2\nP2\t1\tabc\n", null, "p.txt:3:6: 'LFQ intensity b' value 'abc' is not an intensity; expected a number ≥ 0 such as 1.5E+08 (0 when not quantified)")]
    [InlineData("Protein IDs\tLFQ intensity a\nP1\t-5\n", null, "p.txt:2:4: 'LFQ intensity a' value '-5' is not an intensity; expected a number ≥ 0 such as 1.5E+08 (0 when not quantified)")]
    [InlineData("Protein IDs\tLFQ intensity a\tLFQ intensity b\nP1\t1\n", null, "p.txt:2: expected 3 tab-separated values (as in the header), found 2")]
    [InlineData("Majority protein IDs\tLFQ intensity a\nP1\t1\n", null, "p.txt:1: missing column 'Protein IDs'; is this a MaxQuant proteinGroups.txt (tab-separated)?")]
    [InlineData("\n\n", null, "p.txt:1: the file is empty; expected a MaxQuant proteinGroups.txt header (tab-separated)")]
    public void A_Malformed_Protein_Groups_File_Names_File_Line_And_Column(string text, IntensityKind? kind, string message)
    {
        var error = Assert.Throws<ModelFormatException>(() => ProteinGroupsReader.Parse(text, "p.txt", kind));

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Empty_And_NaN_Intensities_Read_As_Not_Quantified()
    {
        var table = ProteinGroupsReader.Parse("Protein IDs\tLFQ intensity a\tLFQ intensity b\tLFQ intensity c\nP1\t\tNaN\t7.5E+08\n", "p.txt");

        Assert.Equal([0, 0, 7.5e8], table.Groups[0].Intensities.ToArray());
    }

    [Theory]
    [InlineData("sample,group\na,x\nb,x\na,y\n", "s.csv:4:1: duplicate sample name 'a' (first on line 2)")]
    [InlineData("sample,group\na,x\nb,x\n", "s.csv:1: expected exactly two groups (e.g. control and EPS), found 1: x")]
    [InlineData("sample,condition\na,x\n", "s.csv:1: expected the header 'sample,group'")]
    [InlineData("group,sample\nx,a\ny, \n", "s.csv:3:4: the sample is empty; expected the name in its intensity column, e.g. EPS_1 for 'LFQ intensity EPS_1'")]
    [InlineData("sample,group\na,x,1\n", "s.csv:2: expected 2 values separated by a comma (sample,group), found 3")]
    public void A_Malformed_Sample_Sheet_Names_File_Line_And_Column(string text, string message)
    {
        var error = Assert.Throws<ModelFormatException>(() => SampleSheet.Parse(text, "s.csv"));

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void A_Repeated_Uniprot_Entry_Is_An_Error_Naming_Its_Line_And_Column()
    {
        var error = Assert.Throws<ModelFormatException>(() => UniProtAnnotations.Parse("Entry\tSignal peptide\nP1\tyes\nP1\tno\n", "u.tsv"));

        Assert.Equal("u.tsv:3:1: the entry 'P1' appears twice", error.Message);
    }
}
