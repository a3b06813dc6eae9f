using Myokinetics.Core.Diagnostics;
using Myokinetics.Core.Math;
using Myokinetics.Core.Model;

namespace Myokinetics.Sbml.Tests;

public sealed class Level3ReadingTests
{
    private static readonly string Full = SbmlText.L3V2(
        $"""
        <listOfCompartments><compartment id="c" spatialDimensions="2.5" size="1.5" units="litre" constant="true"/></listOfCompartments>
        <listOfSpecies>
          <species id="S" compartment="c" initialConcentration="3" substanceUnits="mole" hasOnlySubstanceUnits="false" boundaryCondition="true" constant="false" conversionFactor="cf"/>
        </listOfSpecies>
        <listOfParameters>
          <parameter id="cf" value="2" constant="true"/>
          <parameter id="mcf" value="1e-3" units="dimensionless" constant="true"/>
          <parameter id="k" constant="false"/>
        </listOfParameters>
        <listOfReactions>
          <reaction id="r" reversible="false" compartment="c">
            <listOfReactants><speciesReference id="sr" species="S" stoichiometry="2" constant="false"/></listOfReactants>
            <listOfProducts><speciesReference species="S" constant="true"/></listOfProducts>
            <listOfModifiers><modifierSpeciesReference id="mod" species="S"/></listOfModifiers>
            <kineticLaw>
              {SbmlText.Math("<apply><times/><ci>kl</ci><ci>S</ci></apply>")}
              <listOfLocalParameters><localParameter id="kl" value="0.25" units="per_second"/></listOfLocalParameters>
            </kineticLaw>
          </reaction>
        </listOfReactions>
        <listOfEvents>
          <event id="e" useValuesFromTriggerTime="false">
            <trigger initialValue="false" persistent="false">{SbmlText.Math("<apply><geq/><ci>S</ci><cn>1</cn></apply>")}</trigger>
            <priority>{SbmlText.Math("<cn>5</cn>")}</priority>
            <delay>{SbmlText.Math("<ci>k</ci>")}</delay>
            <listOfEventAssignments><eventAssignment variable="sr">{SbmlText.Math("<cn>1</cn>")}</eventAssignment></listOfEventAssignments>
          </event>
        </listOfEvents>
        """,
        """substanceUnits="mole" timeUnits="second" volumeUnits="litre" areaUnits="a" lengthUnits="metre" extentUnits="mole" conversionFactor="mcf" """);

    [Fact]
    public void Model_Attributes_Give_Units_Conversion_Factor_And_Level()
    {
        var document = SbmlReader.ReadString(Full);
        var model = document.Model;
        Assert.Equal("m", model.Id);
        Assert.Equal(new ModelUnits("mole", "second", "litre", "a", "metre", "mole"), model.Units);
        Assert.Equal("mcf", model.ConversionFactor);
        Assert.Equal((3, 2), model.SbmlLevelVersion);
        Assert.Empty(model.UnitDefinitions);
        var undefined = Assert.Single(document.Diagnostics);
        Assert.Equal(Severity.Warning, undefined.Severity);
        Assert.Contains("'S' in reaction 'r' has no stoichiometry", undefined.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compartments_Species_And_Parameters_Keep_Every_Attribute()
    {
        var model = SbmlText.Read(Full);
        Assert.Equal(new Compartment("c", 2.5, 1.5, "litre", true), model.Compartments.Single() with { Location = null });
        Assert.Equal(new Species("S", "c", null, 3, "mole", false, true, false, "cf"), model.Species.Single() with { Location = null });
        Assert.Equal(
            [new Parameter("cf", 2, null, true), new Parameter("mcf", 1e-3, "dimensionless", true), new Parameter("k", null, null, false)],
            model.Parameters.Select(p => p with { Location = null }));
    }

    [Fact]
    public void Reactions_Keep_References_Local_Parameters_And_Compartment()
    {
        var r = SbmlText.Read(Full).Reactions.Single();
        Assert.False(r.Reversible);
        Assert.False(r.Fast);
        Assert.Equal("c", r.Compartment);
        Assert.Equal(new SpeciesReference("S", 2, false, "sr"), r.Reactants.Single() with { Location = null });
        Assert.Equal(new SpeciesReference("S", null, true), r.Products.Single() with { Location = null });
        Assert.Equal(new ModifierReference("S", "mod"), r.Modifiers.Single() with { Location = null });
        Assert.Equal(new Parameter("kl", 0.25, "per_second", true), r.KineticLaw!.LocalParameters.Single() with { Location = null });
        MathAssert.Equal(new ApplyNode(MathOperator.Times, new SymbolNode("kl"), new SymbolNode("S")), r.KineticLaw.Math);
    }

    [Fact]
    public void Events_Keep_Delay_Priority_Persistence_Initial_Value_And_Evaluation_Time()
    {
        var e = SbmlText.Read(Full).Events.Single();
        Assert.Equal("e", e.Id);
        Assert.False(e.UseValuesFromTriggerTime);
        Assert.False(e.Trigger.InitialValue);
        Assert.False(e.Trigger.Persistent);
        MathAssert.Equal(new ApplyNode(MathOperator.Geq, new SymbolNode("S"), new NumberNode(1)), e.Trigger.Math);
        MathAssert.Equal(new NumberNode(5), e.Priority);
        MathAssert.Equal(new SymbolNode("k"), e.Delay);
        var assignment = e.Assignments.Single();
        Assert.Equal("sr", assignment.Variable);
        MathAssert.Equal(new NumberNode(1), assignment.Math);
        Assert.NotNull(e.Trigger.Location);
        Assert.NotNull(assignment.Location);
    }

    [Fact]
    public void Missing_Required_Attributes_Give_Warnings_And_Level3_Meanings()
    {
        var document = SbmlReader.ReadString(SbmlText.L3V2($"""
            <listOfUnitDefinitions><unitDefinition id="u"><listOfUnits><unit kind="second"/></listOfUnits></unitDefinition></listOfUnitDefinitions>
            <listOfCompartments><compartment id="c"/></listOfCompartments>
            <listOfSpecies><species id="S" compartment="c"/></listOfSpecies>
            <listOfParameters><parameter id="p"/></listOfParameters>
            <listOfReactions>
              <reaction id="r"><listOfReactants><speciesReference species="S"/></listOfReactants></reaction>
            </listOfReactions>
            <listOfEvents>
              <event><trigger>{SbmlText.Math("<false/>")}</trigger></event>
            </listOfEvents>
            """));
        var model = document.Model;
        Assert.Null(model.Compartments[0].SpatialDimensions);
        Assert.Null(model.Compartments[0].Size);
        Assert.True(model.Compartments[0].Constant);
        Assert.Equal(new Species("S", "c", null, null, null, false, false, false, null), model.Species[0] with { Location = null });
        Assert.True(model.Parameters[0].Constant);
        Assert.Null(model.Reactions[0].Reactants[0].Stoichiometry);
        Assert.True(model.Reactions[0].Reversible);
        Assert.True(model.Events[0].UseValuesFromTriggerTime);
        Assert.True(model.Events[0].Trigger.InitialValue);
        Assert.True(model.Events[0].Trigger.Persistent);
        Assert.Equal(new Unit("second", 1, 0, 1), model.UnitDefinitions[0].Units[0]);
        Assert.Equal(Enumerable.Repeat(Severity.Warning, 14), document.Diagnostics.Select(d => d.Severity));
        Assert.Equal(13, document.Diagnostics.Count(d => d.Message.Contains("SBML Level 3 Version 2 requires", StringComparison.Ordinal)));
        Assert.Contains("no stoichiometry", document.Diagnostics[^1].Message, StringComparison.Ordinal);
        Assert.Contains(document.Diagnostics, d => d.Message.Contains("'hasOnlySubstanceUnits'", StringComparison.Ordinal) && d.Element == "S");
    }

    [Fact]
    public void Level3_Version1_Reads_Fast_And_Requires_It()
    {
        var document = SbmlReader.ReadString(SbmlText.L3V1("""
            <listOfReactions>
              <reaction id="fast" reversible="true" fast="true"/>
              <reaction id="slow" reversible="true"/>
            </listOfReactions>
            """));
        Assert.Equal([true, false], document.Model.Reactions.Select(r => r.Fast));
        var warning = Assert.Single(document.Diagnostics);
        Assert.Equal("slow", warning.Element);
        Assert.Equal((3, 1), document.Model.SbmlLevelVersion);
    }

    [Fact]
    public void A_Stoichiometry_Set_By_A_Rule_Or_Initial_Assignment_Is_Not_Reported()
    {
        var document = SbmlReader.ReadString(SbmlText.L3V2($"""
            <listOfReactions>
              <reaction id="r" reversible="true">
                <listOfReactants><speciesReference id="a" species="S" constant="true"/></listOfReactants>
                <listOfProducts><speciesReference id="b" species="S" constant="false"/></listOfProducts>
              </reaction>
            </listOfReactions>
            <listOfInitialAssignments><initialAssignment symbol="a">{SbmlText.Math("<cn>2</cn>")}</initialAssignment></listOfInitialAssignments>
            <listOfRules><assignmentRule variable="b">{SbmlText.Math("<cn>3</cn>")}</assignmentRule></listOfRules>
            """));
        Assert.Empty(document.Diagnostics);
    }

    [Fact]
    public void Species_And_Model_Conversion_Factors_Are_Kept()
    {
        var model = SbmlText.Read(Full);
        Assert.Equal("cf", model.Species[0].ConversionFactor);
        Assert.Equal("mcf", model.ConversionFactor);
    }

    [Fact]
    public void Elements_Without_Math_Are_Dropped_With_A_Warning_And_A_Trigger_Without_Math_Never_Fires()
    {
        var document = SbmlReader.ReadString(SbmlText.L3V2("""
            <listOfFunctionDefinitions><functionDefinition id="f"/></listOfFunctionDefinitions>
            <listOfParameters><parameter id="p" value="3" constant="false"/></listOfParameters>
            <listOfInitialAssignments><initialAssignment symbol="p"/></listOfInitialAssignments>
            <listOfRules><assignmentRule variable="p"/><algebraicRule/></listOfRules>
            <listOfEvents><event useValuesFromTriggerTime="true"><trigger initialValue="true" persistent="true"/><listOfEventAssignments><eventAssignment variable="p"/></listOfEventAssignments></event></listOfEvents>
            """));
        var model = document.Model;
        Assert.Empty(model.Functions);
        Assert.Empty(model.InitialAssignments);
        Assert.Empty(model.Rules);
        Assert.Empty(model.Events[0].Assignments);
        MathAssert.Equal(BooleanNode.False, model.Events[0].Trigger.Math);
        Assert.Equal(6, document.Diagnostics.Count(d => d.Severity == Severity.Warning));
    }

    [Fact]
    public void Rules_Of_Every_Kind_And_Function_Definitions_Are_Read()
    {
        var model = SbmlText.Read(SbmlText.L3V2($"""
            <listOfFunctionDefinitions>
              <functionDefinition id="f">{SbmlText.Math("<lambda><bvar><ci> x </ci></bvar><bvar><ci>y</ci></bvar><apply><plus/><ci>x</ci><ci>y</ci></apply></lambda>")}</functionDefinition>
            </listOfFunctionDefinitions>
            <listOfParameters><parameter id="a" constant="false"/><parameter id="b" constant="false"/></listOfParameters>
            <listOfRules>
              <assignmentRule variable="a">{SbmlText.Math("<apply><ci>f</ci><cn>1</cn><ci>b</ci></apply>")}</assignmentRule>
              <rateRule variable="b">{SbmlText.Math("<cn>-1</cn>")}</rateRule>
              <algebraicRule>{SbmlText.Math("<apply><minus/><ci>a</ci><ci>b</ci></apply>")}</algebraicRule>
            </listOfRules>
            """));
        var f = model.Functions.Single();
        Assert.Equal(["x", "y"], f.Arguments.ToArray());
        MathAssert.Equal(new ApplyNode(MathOperator.Plus, new SymbolNode("x"), new SymbolNode("y")), f.Body);
        var assignment = Assert.IsType<AssignmentRule>(model.Rules[0]);
        Assert.Equal("a", assignment.Variable);
        MathAssert.Equal(new CallNode("f", new NumberNode(1), new SymbolNode("b")), assignment.Math);
        Assert.Equal("b", Assert.IsType<RateRule>(model.Rules[1]).Variable);
        MathAssert.Equal(new ApplyNode(MathOperator.Minus, new SymbolNode("a"), new SymbolNode("b")), Assert.IsType<AlgebraicRule>(model.Rules[2]).Math);
    }

    [Fact]
    public void Constraints_And_Unknown_Core_Elements_Are_Reported_And_Skipped()
    {
        var document = SbmlReader.ReadString(SbmlText.L3V2($"""
            <listOfConstraints><constraint>{SbmlText.Math("<true/>")}</constraint></listOfConstraints>
            <listOfWidgets/>
            """));
        Assert.Equal([Severity.Info, Severity.Warning], document.Diagnostics.Select(d => d.Severity));
        Assert.Contains("listOfWidgets", document.Diagnostics[1].Message, StringComparison.Ordinal);
        Assert.Equal(5, document.Diagnostics[1].Location!.Value.Line);
    }
}
