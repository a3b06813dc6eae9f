using Myokinetics.Core.Analysis;
using Myokinetics.Core.Diagnostics;
using Myokinetics.Core.Model;

namespace Myokinetics.Sbml.Tests.Fbc;

public sealed class FbcReadingTests
{
    private const string V1 = "http://www.sbml.org/sbml/level3/version1/fbc/version1";
    private const string V2 = "http://www.sbml.org/sbml/level3/version1/fbc/version2";

    private const string Network = """
            <listOfCompartments><compartment id="c" size="1" constant="true"/></listOfCompartments>
            <listOfSpecies>
              <species id="X" compartment="c" initialConcentration="0" hasOnlySubstanceUnits="false" boundaryCondition="true" constant="false"/>
              <species id="A" compartment="c" initialConcentration="0" hasOnlySubstanceUnits="false" boundaryCondition="false" constant="false"/>
              <species id="Y" compartment="c" initialConcentration="0" hasOnlySubstanceUnits="false" boundaryCondition="true" constant="false"/>
            </listOfSpecies>
        """;

    private static string Document(string fbcNamespace, string model, string modelAttributes = "", string required = "false") =>
        $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <sbml xmlns="http://www.sbml.org/sbml/level3/version2/core" xmlns:fbc="{fbcNamespace}" level="3" version="2" fbc:required="{required}">
          <model id="m" {modelAttributes}>
        {model}
          </model>
        </sbml>
        """;

    private static string Reactions(string r1Attributes = "", string r2Attributes = "") => $"""
            <listOfReactions>
              <reaction id="R1" reversible="false" {r1Attributes}>
                <listOfReactants><speciesReference species="X" stoichiometry="1" constant="true"/></listOfReactants>
                <listOfProducts><speciesReference species="A" stoichiometry="1" constant="true"/></listOfProducts>
              </reaction>
              <reaction id="R2" reversible="false" {r2Attributes}>
                <listOfReactants><speciesReference species="A" stoichiometry="2" constant="true"/></listOfReactants>
                <listOfProducts><speciesReference species="Y" stoichiometry="1" constant="true"/></listOfProducts>
              </reaction>
            </listOfReactions>
        """;

    private const string Objectives = """
            <fbc:listOfObjectives fbc:activeObjective="obj">
              <fbc:objective fbc:id="obj" fbc:type="maximize" name="export">
                <fbc:listOfFluxObjectives>
                  <fbc:fluxObjective fbc:reaction="R2" fbc:coefficient="1.5"/>
                </fbc:listOfFluxObjectives>
              </fbc:objective>
              <fbc:objective fbc:id="other" fbc:type="minimize">
                <fbc:listOfFluxObjectives>
                  <fbc:fluxObjective fbc:reaction="R1" fbc:coefficient="1"/>
                </fbc:listOfFluxObjectives>
              </fbc:objective>
            </fbc:listOfObjectives>
        """;

    private static string Version1(string bounds) => Document(V1, Network + Reactions() + $"""
            <fbc:listOfFluxBounds>
            {bounds}
            </fbc:listOfFluxBounds>
        """ + Objectives);

    private const string V1Bounds = """
              <fbc:fluxBound fbc:id="b1" fbc:reaction="R1" fbc:operation="lessEqual" fbc:value="10"/>
              <fbc:fluxBound fbc:reaction="R1" fbc:operation="greaterEqual" fbc:value="0"/>
              <fbc:fluxBound fbc:reaction="R2" fbc:operation="equal" fbc:value="INF"/>
        """;

    private static string Version2(string modelAttributes = "fbc:strict=\"true\"") => Document(
        V2,
        Network + """
            <listOfParameters>
              <parameter id="zero" value="0" constant="true"/>
              <parameter id="ten" value="10" constant="true"/>
              <parameter id="big" value="INF" constant="true"/>
            </listOfParameters>
        """ + Reactions("fbc:lowerFluxBound=\"zero\" fbc:upperFluxBound=\"ten\"", "fbc:lowerFluxBound=\"zero\" fbc:upperFluxBound=\"big\"") + Objectives,
        modelAttributes);

    [Fact]
    public void Version_1_Flux_Bounds_And_Objectives_Are_Read()
    {
        var document = SbmlReader.ReadString(Version1(V1Bounds));
        var fbc = document.Model.FluxBalance;

        Assert.NotNull(fbc);
        Assert.Equal(1, fbc.PackageVersion);
        Assert.False(fbc.Strict);
        Assert.Equal("obj", fbc.ActiveObjective);
        Assert.Equal(
            [
                ("b1", "R1", FluxBoundOperation.LessEqual, 10.0),
                (null, "R1", FluxBoundOperation.GreaterEqual, 0.0),
                (null, "R2", FluxBoundOperation.Equal, double.PositiveInfinity),
            ],
            fbc.Bounds.Select(b => (b.Id, b.Reaction, b.Operation, b.Value!.Value)));
        Assert.All(fbc.Bounds, b => Assert.Null(b.Parameter));
        var objective = fbc.Objectives[0];
        Assert.Equal(("obj", FluxObjectiveType.Maximize, "export"), (objective.Id, objective.Type, objective.Name));
        Assert.Equal(new FluxObjectiveTerm("R2", 1.5), objective.Terms.Single() with { Location = null });
        Assert.Equal(FluxObjectiveType.Minimize, fbc.Objectives[1].Type);
        Assert.DoesNotContain(document.Diagnostics, d => d.Message.Contains("ignored", StringComparison.Ordinal));
    }

    [Fact]
    public void Version_1_Attributes_Written_Without_The_Prefix_Are_Read_Too()
    {
        var bounds = """<fbc:fluxBound id="c0" reaction="R1" operation="lessEqual" value="3"/>""";

        var bound = SbmlReader.ReadString(Version1(bounds)).Model.FluxBalance!.Bounds.Single();

        Assert.Equal(("c0", "R1", FluxBoundOperation.LessEqual, 3.0), (bound.Id, bound.Reaction, bound.Operation, bound.Value!.Value));
    }

    [Fact]
    public void Version_2_Reaction_Bounds_Name_Their_Parameters()
    {
        var fbc = SbmlReader.ReadString(Version2()).Model.FluxBalance;

        Assert.NotNull(fbc);
        Assert.Equal(2, fbc.PackageVersion);
        Assert.True(fbc.Strict);
        Assert.Equal(
            [
                ("R1", FluxBoundOperation.GreaterEqual, "zero"),
                ("R1", FluxBoundOperation.LessEqual, "ten"),
                ("R2", FluxBoundOperation.GreaterEqual, "zero"),
                ("R2", FluxBoundOperation.LessEqual, "big"),
            ],
            fbc.Bounds.Select(b => (b.Reaction, b.Operation, b.Parameter!)));
        Assert.All(fbc.Bounds, b => Assert.Null(b.Value));
    }

    [Fact]
    public void A_Version_2_Model_Without_Strict_Is_Read_As_Not_Strict_With_A_Warning()
    {
        var document = SbmlReader.ReadString(Version2(modelAttributes: ""));

        Assert.False(document.Model.FluxBalance!.Strict);
        Assert.Contains(document.Diagnostics, d => d.Severity == Severity.Warning && d.Message.Contains("fbc:strict", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_Documents_Solve_To_The_Same_Optimum_In_Both_Versions()
    {
        // R1 ≤ 10 feeds A; R2 takes 2 A per Y: the export is 5 and the objective 1.5 · 5
        var v1 = FluxBalanceAnalysis.Solve(SbmlReader.ReadString(Version1(V1Bounds.Replace("fbc:operation=\"equal\" fbc:value=\"INF\"", "fbc:operation=\"lessEqual\" fbc:value=\"INF\"", StringComparison.Ordinal))).Model);
        var v2 = FluxBalanceAnalysis.Solve(SbmlReader.ReadString(Version2()).Model);

        Assert.Equal(7.5, v1.ObjectiveValue, 1e-12);
        Assert.Equal(7.5, v2.ObjectiveValue, 1e-12);
        Assert.Equal(5, v2.Fluxes["R2"], 1e-12);
    }

    [Fact]
    public void A_Document_That_Marks_Fbc_Required_Is_Read_With_Its_Constraints()
    {
        var document = SbmlReader.ReadString(Document(V2, Network + Reactions() + Objectives, "fbc:strict=\"false\"", required: "true"));

        Assert.NotNull(document.Model.FluxBalance);
        Assert.Equal(2, document.Model.FluxBalance.Objectives.Length);
    }

    [Fact]
    public void Species_Charge_And_Formula_And_Gene_Products_Are_Noted_Once_And_Not_Kept()
    {
        var species = """
            <listOfCompartments><compartment id="c" size="1" constant="true"/></listOfCompartments>
            <listOfSpecies>
              <species id="X" compartment="c" hasOnlySubstanceUnits="false" boundaryCondition="true" constant="false" fbc:charge="-1" fbc:chemicalFormula="C6H12O6"/>
              <species id="A" compartment="c" hasOnlySubstanceUnits="false" boundaryCondition="false" constant="false" fbc:charge="0"/>
              <species id="Y" compartment="c" hasOnlySubstanceUnits="false" boundaryCondition="true" constant="false"/>
            </listOfSpecies>
            """;
        var genes = """
            <fbc:listOfGeneProducts>
              <fbc:geneProduct fbc:id="g1" fbc:label="b0001"/>
            </fbc:listOfGeneProducts>
            """;
        var reactions = Reactions().Replace(
            "<listOfProducts><speciesReference species=\"A\"",
            "<fbc:geneProductAssociation><fbc:geneProductRef fbc:geneProduct=\"g1\"/></fbc:geneProductAssociation><listOfProducts><speciesReference species=\"A\"",
            StringComparison.Ordinal);

        var document = SbmlReader.ReadString(Document(V2, species + reactions + Objectives + genes, "fbc:strict=\"false\""));

        var infos = document.Diagnostics.Where(d => d.Severity == Severity.Info).Select(d => d.Message).ToList();
        Assert.Single(infos, m => m.Contains("'charge'", StringComparison.Ordinal));
        Assert.Single(infos, m => m.Contains("'chemicalFormula'", StringComparison.Ordinal));
        Assert.Single(infos, m => m.Contains("gene products", StringComparison.Ordinal));
        Assert.DoesNotContain(document.Diagnostics, d => d.Severity == Severity.Warning);
    }

    [Theory]
    [InlineData("""<fbc:fluxBound fbc:reaction="R1" fbc:value="1"/>""", "needs the attribute 'fbc:operation'")]
    [InlineData("""<fbc:fluxBound fbc:operation="lessEqual" fbc:value="1"/>""", "needs the attribute 'fbc:reaction'")]
    [InlineData("""<fbc:fluxBound fbc:reaction="R1" fbc:operation="atMost" fbc:value="1"/>""", "must be lessEqual, greaterEqual or equal, found 'atMost'")]
    [InlineData("""<fbc:fluxBound fbc:reaction="R1" fbc:operation="lessEqual" fbc:value="ten"/>""", "must be a number, found 'ten'")]
    public void Malformed_Flux_Bounds_Are_Refused_At_Their_Line(string bound, string expected)
    {
        var ex = Assert.Throws<ModelFormatException>(() => SbmlReader.ReadString(Version1(bound), "model.xml"));

        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
        Assert.StartsWith("model.xml:", ex.Message, StringComparison.Ordinal);
        Assert.True(ex.Location.Line > 1);
    }

    [Theory]
    [InlineData("fbc:type=\"maximize\"", "fbc:coefficient=\"1\"", "needs the attribute 'fbc:id'")]
    [InlineData("fbc:id=\"o\"", "fbc:coefficient=\"1\"", "needs the attribute 'fbc:type'")]
    [InlineData("fbc:id=\"o\" fbc:type=\"best\"", "fbc:coefficient=\"1\"", "must be maximize or minimize")]
    [InlineData("fbc:id=\"o\" fbc:type=\"maximize\"", "", "needs the attribute 'fbc:coefficient'")]
    public void Malformed_Objectives_Are_Refused(string objectiveAttributes, string termAttributes, string expected)
    {
        var objectives = $"""
            <fbc:listOfObjectives fbc:activeObjective="o">
              <fbc:objective {objectiveAttributes}>
                <fbc:listOfFluxObjectives><fbc:fluxObjective fbc:reaction="R1" {termAttributes}/></fbc:listOfFluxObjectives>
              </fbc:objective>
            </fbc:listOfObjectives>
            """;

        var ex = Assert.Throws<ModelFormatException>(() => SbmlReader.ReadString(Document(V1, Network + Reactions() + objectives)));

        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_Legacy_Operations_Less_And_Greater_Are_Read_With_A_Warning()
    {
        var document = SbmlReader.ReadString(Version1("""<fbc:fluxBound fbc:reaction="R1" fbc:operation="less" fbc:value="4"/>"""));

        Assert.Equal(FluxBoundOperation.LessEqual, document.Model.FluxBalance!.Bounds.Single().Operation);
        Assert.Contains(document.Diagnostics, d => d.Severity == Severity.Warning && d.Message.Contains("'less'", StringComparison.Ordinal));
    }

    [Fact]
    public void Elements_Of_The_Other_Fbc_Version_Are_Ignored_With_A_Warning()
    {
        // A version 2 document with a version 1 list of flux bounds
        var document = SbmlReader.ReadString(Document(
            V2,
            Network + Reactions() + """<fbc:listOfFluxBounds><fbc:fluxBound fbc:reaction="R1" fbc:operation="lessEqual" fbc:value="1"/></fbc:listOfFluxBounds>""" + Objectives,
            "fbc:strict=\"false\""));

        Assert.Empty(document.Model.FluxBalance!.Bounds);
        Assert.Contains(document.Diagnostics, d => d.Severity == Severity.Warning && d.Message.Contains("belongs to fbc version 1", StringComparison.Ordinal));
    }

    [Fact]
    public void Documents_Without_Fbc_Or_With_An_Unknown_Fbc_Version_Have_No_Flux_Balance()
    {
        var core = SbmlText.Read(SbmlText.L3V2(Network + Reactions()));
        var version3 = SbmlReader.ReadString(Document("http://www.sbml.org/sbml/level3/version1/fbc/version3", Network + Reactions(), "fbc:strict=\"false\""));

        Assert.Null(core.FluxBalance);
        Assert.Null(version3.Model.FluxBalance);
        Assert.Contains(version3.Diagnostics, d => d.Severity == Severity.Info && d.Message.Contains("'fbc' package is not required", StringComparison.Ordinal));
    }
}
