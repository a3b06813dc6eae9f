using Myokinetics.Core.Diagnostics;
using static Myokinetics.Sbml.Tests.Comp.CompText;

namespace Myokinetics.Sbml.Tests.Comp;

public sealed class ExternalDefinitionTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("myokinetics-comp-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string Write(string relative, string xml)
    {
        var path = Path.Combine(folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, xml);
        return path;
    }

    private static string External(string id, string source, string modelRef = "") =>
        $"""<comp:externalModelDefinition comp:id="{id}" comp:source="{source}" {(modelRef.Length == 0 ? string.Empty : $"comp:modelRef=\"{modelRef}\"")}/>""";

    private static string Library(string modelId, string content, string definitions = "", string externals = "") =>
        Document(content, definitions, externals).Replace("<model id=\"main\" >", $"<model id=\"{modelId}\">", StringComparison.Ordinal);

    [Fact]
    public void An_External_Definition_Is_Read_From_A_File_Beside_The_Document()
    {
        Write("lib.xml", Library("lib", Parameters(Parameter("k", 4))));
        var main = Write("main.xml", Document(Submodels(Submodel("a", "ext")), externals: External("ext", "lib.xml")));

        var model = SbmlReader.Read(main).Model;
        Assert.Equal(4.0, model.Parameter("a__k").Value);
    }

    [Fact]
    public void External_Definitions_Chain_Through_Files_And_Name_Model_Definitions_Inside_Them()
    {
        Write(Path.Combine("parts", "inner.xml"), Library("unused", string.Empty, Definition("core", Parameters(Parameter("k", 2)))));
        Write(Path.Combine("parts", "outer.xml"), Library("outer", Submodels(Submodel("b", "innerExt")), externals: External("innerExt", "inner.xml", "core")));
        var main = Write("main.xml", Document(Submodels(Submodel("a", "ext")), externals: External("ext", "parts/outer.xml")));

        var model = SbmlReader.Read(main).Model;
        Assert.Equal(["a__b__k"], model.Parameters.Select(p => p.Id));
    }

    [Fact]
    public void Errors_In_An_External_File_Name_That_File()
    {
        Write("lib.xml", Library("lib", $"<listOfParameters><parameter id=\"k\" constant=\"true\">{Replaces("nowhere", "comp:idRef=\"x\"")}</parameter></listOfParameters>"));
        var main = Write("main.xml", Document(Submodels(Submodel("a", "ext")), externals: External("ext", "lib.xml")));

        var error = Assert.Throws<ModelFormatException>(() => SbmlReader.Read(main));
        Assert.EndsWith("lib.xml", error.Location.File, StringComparison.Ordinal);
        Assert.Contains("has no submodel 'nowhere'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_Missing_External_File_Is_An_Error_At_The_Definition()
    {
        var main = Write("main.xml", Document(Submodels(Submodel("a", "ext")), externals: External("ext", "absent.xml")));

        var error = Assert.Throws<ModelFormatException>(() => SbmlReader.Read(main));
        Assert.Contains("'absent.xml' does not exist", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("main.xml", error.Location.File, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://example.org/model.xml", "is a URL")]
    [InlineData("file:///tmp/model.xml", "is a URL")]
    [InlineData("/tmp/model.xml", "is an absolute path")]
    [InlineData("../model.xml", "lies outside the main document's folder")]
    public void Sources_Other_Than_Relative_Paths_Below_The_Document_Are_Refused(string source, string reason)
    {
        var main = Write("main.xml", Document(Submodels(Submodel("a", "ext")), externals: External("ext", source)));

        var error = Assert.Throws<UnsupportedFeatureException>(() => SbmlReader.Read(main));
        Assert.Equal("comp package", error.Feature);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_Document_Read_From_A_String_Cannot_Use_External_Definitions()
    {
        var error = Assert.Throws<UnsupportedFeatureException>(() => Flatten(Document(Submodels(Submodel("a", "ext")), externals: External("ext", "lib.xml"))));
        Assert.Contains("not read from a file", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void External_Definitions_That_Refer_To_Each_Other_In_A_Cycle_Are_An_Error()
    {
        Write("a.xml", Library("a", string.Empty, externals: External("toB", "b.xml", "toA")));
        Write("b.xml", Library("b", string.Empty, externals: External("toA", "a.xml", "toB")));
        var main = Write("main.xml", Document(Submodels(Submodel("s", "ext")), externals: External("ext", "a.xml", "toB")));

        var error = Assert.Throws<ModelFormatException>(() => SbmlReader.Read(main));
        Assert.Contains("cycle", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_Model_That_Instantiates_Itself_Through_Files_Is_An_Error()
    {
        Write("lib.xml", Library("lib", Submodels(Submodel("again", "back")), externals: External("back", "main.xml")));
        var main = Write("main.xml", Document(Submodels(Submodel("a", "ext")), externals: External("ext", "lib.xml")));

        var error = Assert.Throws<ModelFormatException>(() => SbmlReader.Read(main));
        Assert.Contains("submodels instantiate each other in a cycle", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_External_Level3_Version1_Document_Joins_A_Version2_Model()
    {
        Write("v1.xml", $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <sbml xmlns="http://www.sbml.org/sbml/level3/version1/core" level="3" version="1">
              <model id="v1">
                {Parameters(Parameter("k", 5))}
                <listOfRules><assignmentRule variable="k">{Math("<cn xmlns:sbml=\"http://www.sbml.org/sbml/level3/version1/core\" sbml:units=\"second\">5</cn>")}</assignmentRule></listOfRules>
              </model>
            </sbml>
            """);
        var main = Write("main.xml", Document(Submodels(Submodel("a", "ext")), externals: External("ext", "v1.xml")));

        var model = SbmlReader.Read(main).Model;
        Assert.Equal("5[second]", model.RuleFor("a__k"));
    }
}
