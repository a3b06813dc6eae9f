using Myokinetics.Core.Diagnostics;
using Myokinetics.Physiology.Catalog;

namespace Myokinetics.Physiology.Tests.Catalog;

/// <summary>A malformed catalogue is refused with one message naming the file, the line and what is wrong.</summary>
public sealed class CatalogFormatTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("myokinetics-catalog-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void A_Valid_Sample_Loads()
    {
        var catalog = MyokineCatalog.Parse(CatalogSamples.Catalogue(CatalogSamples.Entry()), "sample.json");

        var entry = Assert.Single(catalog.Entries);
        Assert.Equal("IL6", entry.Id);
        Assert.Equal(1.47, entry.BasalPlasma.Value);
        Assert.Equal(MyokineKind.Protein, entry.Kind);
    }

    [Fact]
    public void A_Syntax_Error_Names_The_File_Line_And_Column()
    {
        var text = CatalogSamples.Catalogue(CatalogSamples.Entry()).Replace("\"targets\": [\"liver\"],", "\"targets\": [\"liver\"", StringComparison.Ordinal);
        var path = Write("broken.json", text);

        var error = Assert.Throws<ModelFormatException>(() => MyokineCatalog.Load(path));

        Assert.Equal(path, error.Location.File);
        Assert.Equal(CatalogSamples.LineOf(text, "\"outcomes\""), error.Location.Line);
        Assert.True(error.Location.Column > 0);
        Assert.StartsWith($"{path}:{error.Location.Line}:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_Missing_Field_Is_Named_With_Its_Entry()
    {
        var text = CatalogSamples.Catalogue(CatalogSamples.Entry()).Replace("\"unit\": \"pg/mL\", ", string.Empty, StringComparison.Ordinal);

        var error = Assert.Throws<ModelFormatException>(() => MyokineCatalog.Parse(text, "missing.json"));

        Assert.Contains("unit", error.Detail, StringComparison.Ordinal);
        Assert.Contains("entries[0].basal_plasma", error.Detail, StringComparison.Ordinal);
        Assert.True(error.Location.Line > 0, error.Message);
    }

    [Fact]
    public void A_Null_Where_Text_Is_Required_Is_Refused()
    {
        var text = CatalogSamples.Catalogue(CatalogSamples.Entry()).Replace("\"name\": \"Interleukin-6\"", "\"name\": null", StringComparison.Ordinal);

        var error = Assert.Throws<ModelFormatException>(() => MyokineCatalog.Parse(text, "null.json"));

        Assert.Contains("name", error.Detail, StringComparison.Ordinal);
        Assert.Equal(CatalogSamples.LineOf(text, "\"name\": null"), error.Location.Line);
    }

    [Fact]
    public void An_Unknown_Field_Is_Refused()
    {
        var text = CatalogSamples.Catalogue(CatalogSamples.Entry()).Replace("\"chebi\": null,", "\"chebi\": null, \"chebl\": 1,", StringComparison.Ordinal);

        var error = Assert.Throws<ModelFormatException>(() => MyokineCatalog.Parse(text, "unknown.json"));

        Assert.Contains("chebl", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_Unknown_Kind_Is_Refused()
    {
        var text = CatalogSamples.Catalogue(CatalogSamples.Entry()).Replace("\"kind\": \"protein\"", "\"kind\": \"hormone\"", StringComparison.Ordinal);

        var error = Assert.Throws<ModelFormatException>(() => MyokineCatalog.Parse(text, "kind.json"));

        Assert.Contains("kind", error.Detail, StringComparison.Ordinal);
        Assert.Equal(CatalogSamples.LineOf(text, "hormone"), error.Location.Line);
    }

    [Fact]
    public void A_Bad_Uniprot_Accession_Is_Refused_At_Its_Line()
    {
        var text = CatalogSamples.Catalogue(CatalogSamples.Entry(accession: "P5231"));

        var error = Assert.Throws<ModelFormatException>(() => MyokineCatalog.Parse(text, "accession.json"));

        Assert.Contains("entry 'IL6', uniprot", error.Detail, StringComparison.Ordinal);
        Assert.Contains("P5231", error.Detail, StringComparison.Ordinal);
        Assert.Equal(CatalogSamples.LineOf(text, "\"uniprot\""), error.Location.Line);
    }

    [Fact]
    public void A_Number_Without_A_Source_Is_Refused()
    {
        var text = CatalogSamples.Catalogue(CatalogSamples.Entry()).Replace("\"source\": \"CoLaus 2011\"", "\"source\": null", StringComparison.Ordinal);

        var error = Assert.Throws<ModelFormatException>(() => MyokineCatalog.Parse(text, "source.json"));

        Assert.Contains("basal_plasma", error.Detail, StringComparison.Ordinal);
        Assert.Contains("source", error.Detail, StringComparison.Ordinal);
        Assert.Equal(CatalogSamples.LineOf(text, "\"basal_plasma\""), error.Location.Line);
    }

    [Fact]
    public void A_Tag_That_Is_Not_One_Of_The_Four_Is_Refused()
    {
        var text = CatalogSamples.Catalogue(CatalogSamples.Entry()).Replace("\"tag\": \"[DERIVED]\"", "\"tag\": \"[GUESSED]\"", StringComparison.Ordinal);

        var error = Assert.Throws<ModelFormatException>(() => MyokineCatalog.Parse(text, "tag.json"));

        Assert.Contains("half_life", error.Detail, StringComparison.Ordinal);
        Assert.Contains("[GUESSED]", error.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_Main_Sources_Are_Refused()
    {
        var text = CatalogSamples.Catalogue(CatalogSamples.Entry()).Replace(
            "{\"tissue\": \"skeletal muscle\", \"main\": true,",
            "{\"tissue\": \"adipose tissue\", \"main\": true, \"context\": \"rest\", \"note\": \"n\"}, {\"tissue\": \"skeletal muscle\", \"main\": true,",
            StringComparison.Ordinal);

        var error = Assert.Throws<ModelFormatException>(() => MyokineCatalog.Parse(text, "main.json"));

        Assert.Contains("exactly one", error.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void A_Duplicate_Id_Is_Refused_At_The_Second_Entry()
    {
        var text = CatalogSamples.Catalogue(CatalogSamples.Entry(), CatalogSamples.Entry(name: "Other", aliases: "\"other\""));

        var error = Assert.Throws<ModelFormatException>(() => MyokineCatalog.Parse(text, "duplicate.json"));

        Assert.Contains("id 'IL6' is already used", error.Detail, StringComparison.Ordinal);
        Assert.True(error.Location.Line > CatalogSamples.LineOf(text, "\"id\": \"IL6\""), error.Message);
    }

    [Fact]
    public void An_Alias_That_Names_Another_Entry_Is_Refused()
    {
        var text = CatalogSamples.Catalogue(
            CatalogSamples.Entry(),
            CatalogSamples.Entry(id: "IL15", name: "Interleukin-15", aliases: "\"il 6\"", accession: "P40933"));

        var error = Assert.Throws<ModelFormatException>(() => MyokineCatalog.Parse(text, "alias.json"));

        Assert.Contains("entry 'IL15'", error.Detail, StringComparison.Ordinal);
        Assert.Contains("'il 6' also names entry 'IL6'", error.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void An_Observable_That_Does_Not_Follow_The_Id_Is_Refused()
    {
        var text = CatalogSamples.Catalogue(CatalogSamples.Entry()).Replace("\"IL6_plasma\"", "\"interleukin6\"", StringComparison.Ordinal);

        var error = Assert.Throws<ModelFormatException>(() => MyokineCatalog.Parse(text, "observable.json"));

        Assert.Contains("'IL6_plasma' or 'IL6_serum'", error.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Another_Schema_Version_Is_Refused()
    {
        var text = CatalogSamples.Catalogue(CatalogSamples.Entry()).Replace("\"schema_version\": 1", "\"schema_version\": 2", StringComparison.Ordinal);

        var error = Assert.Throws<ModelFormatException>(() => MyokineCatalog.Parse(text, "version.json"));

        Assert.Contains("schema_version 2", error.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void A_Missing_File_Is_A_Format_Error_Naming_The_Path()
    {
        var path = Path.Combine(folder, "absent.json");

        var error = Assert.Throws<ModelFormatException>(() => MyokineCatalog.Load(path));

        Assert.Equal(path, error.Location.File);
        Assert.Contains("cannot read the myokine catalogue", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_Byte_Order_Mark_Is_Accepted()
    {
        var path = Path.Combine(folder, "bom.json");
        File.WriteAllText(path, CatalogSamples.Catalogue(CatalogSamples.Entry()), new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        Assert.Single(MyokineCatalog.Load(path).Entries);
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, text);
        return path;
    }
}
