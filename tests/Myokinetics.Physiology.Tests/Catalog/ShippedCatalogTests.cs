using System.Text.Json;
using System.Text.RegularExpressions;
using Myokinetics.Physiology.Catalog;

namespace Myokinetics.Physiology.Tests.Catalog;

/// <summary>The catalogue the project ships (models/catalog/myokines.json) keeps its rules.</summary>
public sealed partial class ShippedCatalogTests
{
    private static readonly Lazy<MyokineCatalog> Shipped = new(MyokineCatalog.Default);

    /// <summary>The JSON names every entry must write out, even when the value is null.</summary>
    private static readonly string[] EntryFields =
    [
        "id", "name", "aliases", "kind", "gene", "uniprot", "chebi", "source_tissues", "receptors", "signalling",
        "targets", "outcomes", "basal_plasma", "half_life", "exercise_response", "model_observable", "model_module",
        "notes", "references",
    ];

    private static readonly string[] BasalFields = ["value", "low", "high", "spread", "unit", "matrix", "assay", "caveat", "source", "tag"];

    private static readonly string[] HalfLifeFields = ["value", "low", "high", "unit", "species", "source", "tag", "caveat"];

    private static MyokineCatalog Catalog => Shipped.Value;

    [Fact]
    public void The_Shipped_Catalogue_Loads_With_Every_Myokine_The_Issue_Lists()
    {
        string[] expected =
        [
            "IL6", "irisin", "IL15", "BDNF", "FGF21", "myostatin", "Metrnl", "myonectin", "apelin", "FSTL1", "CTSB",
            "LIF", "OSM", "SPARC", "decorin", "IGF1", "CCL2", "CX3CL1", "lactate", "BAIBA", "EV_miRNA", "follistatin",
        ];

        Assert.Equal(expected, Catalog.Entries.Select(e => e.Id));
    }

    [Fact]
    public void Every_Entry_Writes_Out_Every_Field()
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(MyokineCatalog.DefaultPath()));
        foreach (var entry in document.RootElement.GetProperty("entries").EnumerateArray())
        {
            var id = entry.GetProperty("id").GetString();
            Assert.True(Names(entry).SetEquals(EntryFields), $"{id}: fields {string.Join(", ", Names(entry))}");
            Assert.True(Names(entry.GetProperty("basal_plasma")).SetEquals(BasalFields), $"{id}: basal_plasma fields");
            Assert.True(Names(entry.GetProperty("half_life")).SetEquals(HalfLifeFields), $"{id}: half_life fields");
            foreach (var source in entry.GetProperty("source_tissues").EnumerateArray())
            {
                Assert.True(Names(source).SetEquals(["tissue", "main", "context", "note"]), $"{id}: source_tissues fields");
            }
        }
    }

    [Fact]
    public void Every_Text_Field_Says_Something()
    {
        foreach (var entry in Catalog.Entries)
        {
            Assert.False(string.IsNullOrWhiteSpace(entry.Name), entry.Id);
            Assert.NotEmpty(entry.SourceTissues);
            Assert.NotEmpty(entry.Targets);
            Assert.NotEmpty(entry.Outcomes);
            Assert.NotEmpty(entry.References);
            Assert.False(string.IsNullOrWhiteSpace(entry.ExerciseResponse.Text), entry.Id);
            Assert.False(string.IsNullOrWhiteSpace(entry.BasalPlasma.Unit), entry.Id);
            Assert.False(string.IsNullOrWhiteSpace(entry.BasalPlasma.Caveat), entry.Id);
            Assert.False(string.IsNullOrWhiteSpace(entry.HalfLife.Caveat), entry.Id);
            Assert.All(entry.References, r => Assert.False(string.IsNullOrWhiteSpace(r.Citation), entry.Id));
        }
    }

    [Fact]
    public void Every_Number_Has_A_Source_And_A_Tag()
    {
        foreach (var entry in Catalog.Entries)
        {
            var basal = entry.BasalPlasma;
            if (basal.Value is not null || basal.Low is not null || basal.High is not null)
            {
                Assert.False(string.IsNullOrWhiteSpace(basal.Source), $"{entry.Id}: basal level without a source");
                Assert.Contains(basal.Tag, SourceTags.All);
                Assert.False(string.IsNullOrWhiteSpace(basal.Spread), $"{entry.Id}: basal numbers without saying what they are");
            }

            var halfLife = entry.HalfLife;
            if (halfLife.Value is not null || halfLife.Low is not null || halfLife.High is not null)
            {
                Assert.False(string.IsNullOrWhiteSpace(halfLife.Source), $"{entry.Id}: half-life without a source");
                Assert.Contains(halfLife.Tag, SourceTags.All);
                Assert.NotNull(halfLife.Species);
            }

            Assert.False(string.IsNullOrWhiteSpace(entry.ExerciseResponse.Source), $"{entry.Id}: exercise response without a source");
            Assert.Contains(entry.ExerciseResponse.Tag, SourceTags.All);
        }
    }

    [Fact]
    public void Every_Tag_In_The_File_Is_One_Of_The_Four()
    {
        var text = File.ReadAllText(MyokineCatalog.DefaultPath());
        var tags = TagPattern().Matches(text).Select(m => m.Value).Distinct(StringComparer.Ordinal);

        Assert.All(tags, tag => Assert.Contains(tag, SourceTags.All));
    }

    [Fact]
    public void Protein_Accessions_Match_The_Uniprot_Accession_Pattern()
    {
        foreach (var entry in Catalog.Entries)
        {
            if (entry.Kind is MyokineKind.Protein or MyokineKind.Peptide)
            {
                Assert.Matches(UniprotPattern(), entry.Uniprot);
                Assert.Matches(HgncPattern(), entry.Gene);
                Assert.Null(entry.Chebi);
            }
            else
            {
                Assert.Null(entry.Uniprot);
                Assert.Null(entry.Gene);
            }

            if (entry.Kind is MyokineKind.Metabolite)
            {
                Assert.Matches(ChebiPattern(), entry.Chebi);
            }
        }
    }

    [Theory]
    [InlineData("IL6", "IL6", "P05231")]
    [InlineData("irisin", "FNDC5", "Q8NAU1")]
    [InlineData("IL15", "IL15", "P40933")]
    [InlineData("BDNF", "BDNF", "P23560")]
    [InlineData("FGF21", "FGF21", "Q9NSA1")]
    [InlineData("myostatin", "MSTN", "O14793")]
    [InlineData("Metrnl", "METRNL", "Q641Q3")]
    [InlineData("myonectin", "ERFE", "Q4G0M1")]
    [InlineData("IGF1", "IGF1", "P05019")]
    [InlineData("follistatin", "FST", "P19883")]
    public void Accessions_Are_The_Ones_Checked_Against_Uniprot(string id, string gene, string accession)
    {
        var entry = Catalog.Find(id)!;

        Assert.Equal(gene, entry.Gene);
        Assert.Equal(accession, entry.Uniprot);
    }

    [Fact]
    public void Ids_Are_Unique_Ignoring_Case()
    {
        var ids = Catalog.Entries.Select(e => e.Id.ToUpperInvariant()).ToList();

        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Every_Id_Name_And_Alias_Finds_Its_Own_Entry()
    {
        foreach (var entry in Catalog.Entries)
        {
            foreach (var key in entry.LookupKeys)
            {
                Assert.Same(entry, Catalog.Find(key));
                Assert.Same(entry, Catalog.Find(key.ToUpperInvariant()));
                Assert.Same(entry, Catalog.Find(key.ToLowerInvariant()));
            }
        }
    }

    [Fact]
    public void Each_Entry_Has_Exactly_One_Main_Source()
    {
        Assert.All(Catalog.Entries, e => Assert.Single(e.SourceTissues, s => s.Main));
    }

    [Theory]
    [InlineData("FGF21", "liver")]
    [InlineData("follistatin", "liver")]
    [InlineData("BDNF", "brain")]
    [InlineData("IL6", "skeletal muscle")]
    [InlineData("irisin", "skeletal muscle")]
    [InlineData("IGF1", "liver")]
    public void Main_Sources_Follow_The_Human_Literature(string id, string tissue)
    {
        Assert.Equal(tissue, Catalog.Find(id)!.MainSource.Tissue);
    }

    [Fact]
    public void Adipose_Tissue_Is_A_Resting_Source_Of_IL6()
    {
        var adipose = Catalog.Find("IL6")!.SourceTissues.Single(s => s.Tissue == "adipose tissue");

        Assert.Contains("rest", adipose.Context, StringComparison.Ordinal);
        Assert.False(adipose.Main);
    }

    [Fact]
    public void Model_Observables_Are_The_Id_With_Its_Matrix()
    {
        foreach (var entry in Catalog.Entries.Where(e => e.ModelObservable is not null))
        {
            Assert.Contains(entry.ModelObservable, new[] { entry.Id + "_plasma", entry.Id + "_serum" });
        }
    }

    [Theory]
    [InlineData("IL6", "IL6_plasma", "pg/mL")]
    [InlineData("irisin", "irisin_plasma", "ng/mL")]
    [InlineData("IL15", "IL15_plasma", "pg/mL")]
    [InlineData("BDNF", "BDNF_serum", "ng/mL")]
    [InlineData("FGF21", "FGF21_plasma", "pg/mL")]
    [InlineData("myostatin", "myostatin_serum", "ng/mL")]
    [InlineData("IGF1", "IGF1_serum", "ng/mL")]
    [InlineData("lactate", "lactate_plasma", "mmol/L")]
    public void The_Observables_Issue_3_Fixes_Have_Its_Ids_And_Units(string id, string observable, string unit)
    {
        var entry = Catalog.Find(id)!;

        Assert.Equal(observable, entry.ModelObservable);
        Assert.Equal(unit, entry.BasalPlasma.Unit);
    }

    [Fact]
    public void Every_Circulating_Myokine_Has_An_Observable_Except_The_Local_And_The_Vesicles()
    {
        var without = Catalog.Entries.Where(e => e.ModelObservable is null).Select(e => e.Id);

        Assert.Equal(["LIF", "EV_miRNA"], without);
    }

    [Fact]
    public void Resting_Levels_Agree_With_The_Targets_Of_Issue_3()
    {
        var il6 = Catalog.Find("IL6")!.BasalPlasma;
        var irisin = Catalog.Find("irisin")!.BasalPlasma;
        var bdnf = Catalog.Find("BDNF")!.BasalPlasma;

        Assert.InRange(il6.Value!.Value, 1.0, 5.0);
        Assert.Equal(3.6, irisin.Value);
        Assert.Contains("mass spectrometry", irisin.Assay, StringComparison.Ordinal);
        Assert.Equal("serum", bdnf.Matrix);
        Assert.InRange(bdnf.Value!.Value, 20.0, 40.0);
    }

    [Fact]
    public void Dois_And_Pmids_Have_Their_Formats()
    {
        foreach (var reference in Catalog.Entries.SelectMany(e => e.References))
        {
            if (reference.Doi is not null)
            {
                Assert.Matches(DoiPattern(), reference.Doi);
            }

            if (reference.Pmid is not null)
            {
                Assert.Matches(PmidPattern(), reference.Pmid);
            }
        }
    }

    [Fact]
    public void The_Disagreements_With_The_Seeds_Are_Written_Down()
    {
        var irisin = string.Join(' ', Catalog.Find("irisin")!.Notes);

        Assert.Contains("15–20 %", irisin, StringComparison.Ordinal);
        Assert.Contains("ELISA", irisin, StringComparison.Ordinal);
        Assert.Contains(Catalog.Find("BDNF")!.Notes, n => n.Contains("Matthews 2009", StringComparison.Ordinal));
        Assert.Contains(Catalog.Find("FGF21")!.Notes, n => n.Contains("hepatic", StringComparison.Ordinal));
    }

    private static HashSet<string> Names(JsonElement element) =>
        element.EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex("^([OPQ][0-9][A-Z0-9]{3}[0-9]|[A-NR-Z][0-9]([A-Z][A-Z0-9]{2}[0-9]){1,2})$")]
    private static partial Regex UniprotPattern();

    [GeneratedRegex("^[A-Z0-9][A-Z0-9-]*$")]
    private static partial Regex HgncPattern();

    [GeneratedRegex("^CHEBI:[0-9]+$")]
    private static partial Regex ChebiPattern();

    [GeneratedRegex(@"^10\.[0-9]{4,9}/\S+$")]
    private static partial Regex DoiPattern();

    [GeneratedRegex("^[0-9]+$")]
    private static partial Regex PmidPattern();

    [GeneratedRegex(@"\[(READ|READ-2°|DERIVED|RECALLED)[^\]]*\]")]
    private static partial Regex TagPattern();
}
