using Myokinetics.Core.Diagnostics;
using static Myokinetics.Sbml.Tests.Comp.CompText;

namespace Myokinetics.Sbml.Tests.Comp;

public sealed class DeletionAndPortTests
{
    private static readonly string Module = Definition(
        "module",
        $"""
        <listOfUnitDefinitions>
          <unitDefinition id="per_min"><listOfUnits><unit kind="second" exponent="-1" scale="0" multiplier="60"/></listOfUnits></unitDefinition>
        </listOfUnitDefinitions>
        {Parameters(Parameter("x", 1, constant: false), Parameter("y", 2, constant: false), Parameter("k", 3, attributes: "units=\"per_min\""))}
        <listOfRules>
          <rateRule metaid="x_rule" variable="x">{Math("<ci>k</ci>")}</rateRule>
          <assignmentRule variable="y">{Math("<apply><times/><cn>2</cn><ci>x</ci></apply>")}</assignmentRule>
        </listOfRules>
        <listOfEvents>
          <event id="E" useValuesFromTriggerTime="true">
            <trigger initialValue="true" persistent="true">{Math("<apply><gt/><ci>x</ci><cn>5</cn></apply>")}</trigger>
            <priority metaid="E_priority">{Math("<cn>1</cn>")}</priority>
            <listOfEventAssignments><eventAssignment metaid="E_x" variable="x">{Math("<cn>0</cn>")}</eventAssignment></listOfEventAssignments>
          </event>
        </listOfEvents>
        <comp:listOfPorts>
          <comp:port comp:id="x_port" comp:idRef="x"/>
          <comp:port comp:id="rule_port" comp:metaIdRef="x_rule"/>
          <comp:port comp:id="unit_port" comp:unitRef="per_min"/>
        </comp:listOfPorts>
        """);

    private static string WithDeletions(string deletions, string mainContent = "") =>
        Document(mainContent + Submodels(Submodel("sub", "module", content: $"<comp:listOfDeletions>{deletions}</comp:listOfDeletions>")), Module);

    [Fact]
    public void A_Deletion_By_MetaIdRef_Removes_The_Rule()
    {
        var model = Flatten(WithDeletions("<comp:deletion comp:metaIdRef=\"x_rule\"/>"));
        Assert.DoesNotContain(model.Rules, r => r is Core.Model.RateRule);
        Assert.Equal("Times(2, sub__x)", model.RuleFor("sub__y"));
    }

    [Fact]
    public void A_Deletion_By_PortRef_Removes_What_The_Port_Names()
    {
        var model = Flatten(WithDeletions("<comp:deletion comp:portRef=\"rule_port\"/>"));
        Assert.Single(model.Rules);
    }

    [Fact]
    public void Deleting_Parts_Of_An_Event_Keeps_The_Rest()
    {
        var model = Flatten(WithDeletions("<comp:deletion comp:metaIdRef=\"E_priority\"/><comp:deletion comp:metaIdRef=\"E_x\"/>"));
        var e = Assert.Single(model.Events);
        Assert.Null(e.Priority);
        Assert.Empty(e.Assignments);
        Assert.Equal("Gt(sub__x, 5)", Describe(e.Trigger.Math));
    }

    [Fact]
    public void A_Deletion_By_IdRef_Of_A_Used_Element_Is_An_Error_Naming_The_Deletion()
    {
        var error = Assert.Throws<ModelFormatException>(() => Flatten(WithDeletions("<comp:deletion comp:idRef=\"k\"/>")));
        Assert.Contains("'k'", error.Message, StringComparison.Ordinal);
        Assert.Contains("a deletion removes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_Deletion_By_UnitRef_Is_An_Error_While_The_Unit_Is_Used_And_Works_Once_It_Is_Replaced()
    {
        var error = Assert.Throws<ModelFormatException>(() => Flatten(WithDeletions("<comp:deletion comp:unitRef=\"per_min\"/>")));
        Assert.Contains("'per_min'", error.Message, StringComparison.Ordinal);

        var model = Flatten(Document(
            $"""
            <listOfUnitDefinitions>
              <unitDefinition id="rate_unit">
                <listOfUnits><unit kind="second" exponent="-1" scale="0" multiplier="60"/></listOfUnits>
                {Replaces("sub", "comp:portRef=\"unit_port\"")}
              </unitDefinition>
            </listOfUnitDefinitions>
            {Submodels(Submodel("sub", "module"))}
            """,
            Module));
        Assert.Equal(["rate_unit"], model.UnitDefinitions.Select(u => u.Id));
        Assert.Equal("rate_unit", model.Parameter("sub__k").Units);
    }

    [Fact]
    public void A_Deleted_Submodel_Contributes_Nothing()
    {
        var outer = Definition("outer", Parameters(Parameter("q", 1)) + Submodels(Submodel("inner", "module")));
        var model = Flatten(Document(
            Submodels(Submodel("sub", "outer", content: "<comp:listOfDeletions><comp:deletion comp:idRef=\"inner\"/></comp:listOfDeletions>")),
            Module + outer));
        Assert.Equal(["sub__q"], model.Parameters.Select(p => p.Id));
        Assert.Empty(model.Rules);
    }

    [Fact]
    public void A_Replacement_Through_A_Port_Replaces_The_Ports_Element()
    {
        var model = Flatten(Document(
            Parameters(Parameter("X", 10, constant: false, content: Replaces("sub", "comp:portRef=\"x_port\"")))
            + Submodels(Submodel("sub", "module")),
            Module));
        Assert.DoesNotContain(model.Parameters, p => p.Id == "sub__x");
        Assert.Equal("sub__k", model.RuleFor("X"));
        Assert.Equal("Times(2, X)", model.RuleFor("sub__y"));
        Assert.Equal("X", model.Events.Single().Assignments.Single().Variable);
    }

    [Fact]
    public void SBaseRefs_Reach_Elements_Of_Submodels_Of_Submodels()
    {
        var outer = Definition("outer", Submodels(Submodel("inner", "module")));
        var model = Flatten(Document(
            $"""
            {Parameters(Parameter("X", 10, constant: false, content: "<comp:listOfReplacedElements><comp:replacedElement comp:submodelRef=\"sub\" comp:idRef=\"inner\"><comp:sBaseRef comp:portRef=\"x_port\"/></comp:replacedElement></comp:listOfReplacedElements>"))}
            {Submodels(Submodel("sub", "outer", content: "<comp:listOfDeletions><comp:deletion comp:idRef=\"inner\"><comp:sBaseRef comp:metaIdRef=\"x_rule\"/></comp:deletion></comp:listOfDeletions>"))}
            """,
            Module + outer));
        Assert.Equal(["X", "sub__inner__y", "sub__inner__k"], model.Parameters.Select(p => p.Id));
        Assert.Equal("Times(2, X)", model.RuleFor("sub__inner__y"));
        Assert.Single(model.Rules);
    }

    [Fact]
    public void A_Missing_Port_Is_An_Error()
    {
        var error = Assert.Throws<ModelFormatException>(() => Flatten(WithDeletions("<comp:deletion comp:portRef=\"nope\"/>")));
        Assert.Contains("submodel 'sub' has no port 'nope'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_Element_Replacing_A_Deletion_Stands_For_The_Deleted_Element()
    {
        var model = Flatten(WithDeletions(
            "<comp:deletion comp:id=\"gone\" comp:idRef=\"k\"/>",
            Parameters(Parameter("K", 7, content: "<comp:listOfReplacedElements><comp:replacedElement comp:submodelRef=\"sub\" comp:deletion=\"gone\"/></comp:listOfReplacedElements>"))));
        Assert.Equal("K", model.RuleFor("sub__x"));
        Assert.DoesNotContain(model.Parameters, p => p.Id == "sub__k");
    }
}
