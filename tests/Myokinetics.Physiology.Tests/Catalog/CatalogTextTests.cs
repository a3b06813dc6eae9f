using Myokinetics.Physiology.Catalog;

namespace Myokinetics.Physiology.Tests.Catalog;

/// <summary>The catalogue as text: the table and one entry in full.</summary>
public sealed class CatalogTextTests
{
    private static readonly Lazy<MyokineCatalog> Shipped = new(MyokineCatalog.Default);

    private static MyokineCatalog Catalog => Shipped.Value;

    [Fact]
    public void The_Table_Has_A_Header_And_One_Aligned_Row_Per_Entry()
    {
        using var writer = new StringWriter { NewLine = "\n" };

        CatalogText.WriteTable(Catalog, writer);

        var lines = writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(Catalog.Entries.Length + 1, lines.Length);
        Assert.StartsWith("id ", lines[0], StringComparison.Ordinal);
        var basalColumn = lines[0].IndexOf("basal level", StringComparison.Ordinal);
        var il6 = lines.Single(l => l.StartsWith("IL6 ", StringComparison.Ordinal));
        Assert.Equal("1.47 pg/mL", il6[basalColumn..]);
        Assert.All(lines, l => Assert.Equal(l.TrimEnd(), l));
    }

    [Theory]
    [InlineData("IL6", "1.47 pg/mL")]
    [InlineData("BDNF", "22.4 ng/mL (serum)")]
    [InlineData("apelin", "7.7–23.3 pg/mL")]
    [InlineData("SPARC", "- (ng/mL)")]
    [InlineData("BAIBA", "2–3 µmol/L (serum)")]
    public void Basal_Levels_Read_Short(string id, string expected)
    {
        Assert.Equal(expected, CatalogText.FormatBasal(Catalog.Find(id)!.BasalPlasma));
    }

    [Fact]
    public void A_Row_Shows_The_Main_Source_And_Shortens_Long_Target_Lists()
    {
        var row = CatalogText.TableRow(Catalog.Find("IL6")!);

        Assert.Equal(["IL6", "Interleukin-6", "IL6", "skeletal muscle", "liver, adipose tissue, skeletal muscle, +3", "1.47 pg/mL"], row);
        Assert.Equal("CHEBI:16651", CatalogText.TableRow(Catalog.Find("lactate")!)[2]);
        Assert.Equal("liver", CatalogText.TableRow(Catalog.Find("FGF21")!)[3]);
    }

    [Fact]
    public void An_Entry_Is_Wrapped_To_The_Width_With_Every_Section()
    {
        using var writer = new StringWriter { NewLine = "\n" };

        CatalogText.WriteEntry(Catalog.Find("irisin")!, writer, width: 80);

        var text = writer.ToString();
        var lines = text.Split('\n');
        Assert.Equal("irisin — Irisin", lines[0]);
        Assert.All(lines, l => Assert.True(l.Length <= 80 || !l.Trim().Contains(' ', StringComparison.Ordinal), l));
        Assert.All(lines, l => Assert.Equal(l.TrimEnd(), l));
        foreach (var section in new[] { "Source tissues", "Mechanism", "Outcomes", "Basal level (plasma)", "Half-life", "Exercise response [READ]", "Notes", "References" })
        {
            Assert.Contains(section, lines);
        }

        Assert.Contains("  level: 3.6 ng/mL [READ]", lines);
        Assert.Contains("  half-life: 0.3–0.4 h (mouse) [READ-2°]", lines);
        Assert.Contains(lines, l => l.StartsWith("  [1] Boström P", StringComparison.Ordinal));
        Assert.Contains("doi:10.1038/nature10777", text, StringComparison.Ordinal);
        Assert.Contains("PMID 26278051", text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_Entry_Without_Numbers_Says_So()
    {
        using var writer = new StringWriter { NewLine = "\n" };

        CatalogText.WriteEntry(Catalog.Find("LIF")!, writer);

        var lines = writer.ToString().Split('\n');
        Assert.Contains("  level: not collected (pg/mL)", lines);
        Assert.Contains("  half-life: not found", lines);
        Assert.Contains("  model observable: none", lines);
    }
}
