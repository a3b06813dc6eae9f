using Myokinetics.Physiology.Catalog;

namespace Myokinetics.Physiology.Tests.Catalog;

/// <summary>Finding entries by id, name or alias, suggesting near names, and the JSON round trip.</summary>
public sealed class CatalogLookupTests
{
    private static readonly Lazy<MyokineCatalog> Shipped = new(MyokineCatalog.Default);

    private static MyokineCatalog Catalog => Shipped.Value;

    [Theory]
    [InlineData("IL6", "IL6")]
    [InlineData("il-6", "IL6")]
    [InlineData("Interleukin-6", "IL6")]
    [InlineData("  il 6 ", "IL6")]
    [InlineData("GDF-8", "myostatin")]
    [InlineData("gdf8", "myostatin")]
    [InlineData("MCP-1", "CCL2")]
    [InlineData("fractalkine", "CX3CL1")]
    [InlineData("erythroferrone", "myonectin")]
    [InlineData("fndc5", "irisin")]
    [InlineData("beta-aminoisobutyric acid", "BAIBA")]
    [InlineData("exosomes", "EV_miRNA")]
    public void Names_And_Aliases_Find_Their_Entry(string text, string id)
    {
        Assert.Equal(id, Catalog.Find(text)?.Id);
        Assert.True(Catalog.TryFind(text, out var entry));
        Assert.Equal(id, entry.Id);
    }

    [Theory]
    [InlineData("IL-99")]
    [InlineData("insulin")]
    [InlineData("")]
    [InlineData("---")]
    public void An_Unknown_Name_Finds_Nothing(string text)
    {
        Assert.Null(Catalog.Find(text));
        Assert.False(Catalog.TryFind(text, out _));
    }

    [Theory]
    [InlineData("IL-7", "IL6")]
    [InlineData("iris", "irisin")]
    [InlineData("myostatn", "myostatin")]
    [InlineData("folistatin", "follistatin")]
    [InlineData("lactat", "lactate")]
    public void The_Suggestion_Is_The_Nearest_Name(string text, string id)
    {
        var suggestion = Catalog.Suggest(text);

        Assert.Equal(id, suggestion.Entry.Id);
        Assert.Same(suggestion.Entry, Catalog.Find(suggestion.Key));
        Assert.True(suggestion.Distance <= 2, suggestion.ToString());
    }

    [Fact]
    public void An_Entry_Survives_The_Json_Round_Trip()
    {
        foreach (var entry in Catalog.Entries)
        {
            var json = MyokineCatalog.ToJson(entry);
            var back = MyokineCatalog.ReadEntry(json);

            Assert.Equal(json, MyokineCatalog.ToJson(back));
            Assert.Equal(entry.Id, back.Id);
            Assert.Equal(entry.BasalPlasma, back.BasalPlasma);
            Assert.Equal(entry.HalfLife, back.HalfLife);
            Assert.Equal(entry.Aliases.AsEnumerable(), back.Aliases.AsEnumerable());
        }
    }

    [Fact]
    public void The_Whole_Catalogue_Survives_The_Json_Round_Trip()
    {
        var json = Catalog.ToJson();
        var back = MyokineCatalog.ReadEntries(json);

        Assert.Equal(Catalog.Entries.Select(e => e.Id), back.Select(e => e.Id));
        Assert.Equal(Catalog.Entries.Select(MyokineCatalog.ToJson), back.Select(MyokineCatalog.ToJson));
    }

    [Fact]
    public void The_Json_Of_An_Entry_Uses_The_File_Names_And_Readable_Characters()
    {
        var json = MyokineCatalog.ToJson(Catalog.Find("BAIBA")!);

        Assert.Contains("\"basal_plasma\": {", json, StringComparison.Ordinal);
        Assert.Contains("\"kind\": \"metabolite\"", json, StringComparison.Ordinal);
        Assert.Contains("µmol/L", json, StringComparison.Ordinal);
        Assert.DoesNotContain("main_source", json, StringComparison.Ordinal);
        Assert.DoesNotContain("lookup_keys", json, StringComparison.Ordinal);
    }
}
