using Myokinetics.Core.Diagnostics;
using static Myokinetics.Sbml.Tests.Comp.CompText;

namespace Myokinetics.Sbml.Tests.Comp;

public sealed class HierarchyErrorTests
{
    private static readonly string Leaf = Definition("leaf", Parameters(Parameter("x", 1)));

    [Fact]
    public void Model_Definitions_That_Instantiate_Each_Other_Are_An_Error_Naming_The_Cycle()
    {
        var xml = Document(
            Submodels(Submodel("a", "ping")),
            Definition("ping", Submodels(Submodel("b", "pong"))) + Definition("pong", Submodels(Submodel("c", "ping"))));

        var error = Assert.Throws<ModelFormatException>(() => Flatten(xml));
        Assert.Contains("cycle: 'ping' → 'pong' → 'ping'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_Submodel_Of_An_Unknown_Definition_Is_An_Error()
    {
        var error = Assert.Throws<ModelFormatException>(() => Flatten(Document(Submodels(Submodel("a", "missing")), Leaf)));
        Assert.Contains("no model definition, external model definition or model with the id 'missing'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_Hierarchy_That_Expands_Beyond_The_Instance_Limit_Is_An_Error()
    {
        // Each level instantiates the next twice: 2^15 leaves.
        var definitions = string.Concat(Enumerable.Range(0, 15).Select(i =>
            Definition($"d{i}", Submodels(Submodel("l", $"d{i + 1}"), Submodel("r", $"d{i + 1}")))));
        var xml = Document(Submodels(Submodel("top", "d0")), definitions + Definition("d15", Parameters(Parameter("x", 1))));

        var error = Assert.Throws<ModelFormatException>(() => Flatten(xml));
        Assert.Contains("more than 10,000 submodel instances", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_Reference_Must_Name_Its_Element_In_Exactly_One_Way()
    {
        var xml = Document(
            Parameters(Parameter("p", 1, content: Replaces("a", "comp:idRef=\"x\" comp:metaIdRef=\"m\"")))
            + Submodels(Submodel("a", "leaf")),
            Leaf);

        var error = Assert.Throws<ModelFormatException>(() => Flatten(xml));
        Assert.Contains("exactly one of", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_SBaseRef_Can_Only_Continue_Inside_A_Submodel()
    {
        var xml = Document(
            Parameters(Parameter("p", 1, content: "<comp:listOfReplacedElements><comp:replacedElement comp:submodelRef=\"a\" comp:idRef=\"x\"><comp:sBaseRef comp:idRef=\"y\"/></comp:replacedElement></comp:listOfReplacedElements>"))
            + Submodels(Submodel("a", "leaf")),
            Leaf);

        var error = Assert.Throws<ModelFormatException>(() => Flatten(xml));
        Assert.Contains("'x' in submodel 'a' is a <parameter>, not a submodel", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_Flat_Id_That_Collides_With_A_Main_Model_Id_Is_Refused()
    {
        var xml = Document(Parameters(Parameter("a__x", 1)) + Submodels(Submodel("a", "leaf")), Leaf);

        var error = Assert.Throws<UnsupportedFeatureException>(() => Flatten(xml));
        Assert.Equal("comp package", error.Feature);
        Assert.Contains("the flat id 'a__x'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_Same_Definition_Instantiated_Twice_Gives_Two_Independent_Copies()
    {
        var model = Flatten(Document(
            Parameters(Parameter("X", 5, content: Replaces("a", "comp:idRef=\"x\"")))
            + Submodels(Submodel("a", "leaf"), Submodel("b", "leaf")),
            Leaf));

        Assert.Equal(["X", "b__x"], model.Parameters.Select(p => p.Id));
    }

    [Fact]
    public void Reader_Messages_About_Submodel_Elements_Point_At_The_Lines_Written()
    {
        var xml = Document(
            Submodels(Submodel("a", "loose")),
            Definition("loose", "\n<listOfParameters>\n<parameter id=\"noConstant\" value=\"1\"/>\n</listOfParameters>"));
        var line = xml.Split('\n').ToList().FindIndex(l => l.Contains("noConstant", StringComparison.Ordinal)) + 1;

        var warning = Assert.Single(SbmlReader.ReadString(xml, "loose.xml").Diagnostics, d => d.Severity == Severity.Warning);
        Assert.Equal("a__noConstant", warning.Element);
        Assert.Equal(("loose.xml", line), (warning.Location!.Value.File, warning.Location.Value.Line));
    }

    [Fact]
    public void The_Flattening_Is_Reported_As_An_Info_Diagnostic()
    {
        var document = SbmlReader.ReadString(Document(Submodels(Submodel("a", "leaf")), Leaf));
        var diagnostic = Assert.Single(document.Diagnostics);
        Assert.Equal(Severity.Info, diagnostic.Severity);
        Assert.Contains("1 submodel instance(s)", diagnostic.Message, StringComparison.Ordinal);
    }
}
