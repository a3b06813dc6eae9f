using Myokinetics.Core.Diagnostics;
using Myokinetics.Core.Math;
using Myokinetics.Core.Model;

namespace Myokinetics.Sbml.Tests;

public sealed class Level2ReadingTests
{
    private static readonly string Minimal = SbmlText.L2V4($"""
        <listOfCompartments><compartment id="c"/></listOfCompartments>
        <listOfSpecies><species id="S" compartment="c" initialAmount="2"/></listOfSpecies>
        <listOfParameters><parameter id="k" value="0.5"/></listOfParameters>
        <listOfReactions>
          <reaction id="r">
            <listOfReactants><speciesReference species="S"/></listOfReactants>
            <kineticLaw>
              {SbmlText.Math("<apply><times/><ci>k</ci><ci>kl</ci><ci>S</ci></apply>")}
              <listOfParameters><parameter id="kl" value="3" units="per_second"/></listOfParameters>
            </kineticLaw>
          </reaction>
        </listOfReactions>
        <listOfEvents>
          <event id="e">
            <trigger>{SbmlText.Math("<apply><gt/><csymbol encoding=\"text\" definitionURL=\"http://www.sbml.org/sbml/symbols/time\">t</csymbol><cn>1</cn></apply>")}</trigger>
            <listOfEventAssignments><eventAssignment variable="k">{SbmlText.Math("<cn>2</cn>")}</eventAssignment></listOfEventAssignments>
          </event>
        </listOfEvents>
        """);

    [Fact]
    public void Compartment_Defaults_Are_Three_Dimensions_Constant_And_No_Size()
    {
        var c = SbmlText.Read(Minimal).Compartments.Single();
        Assert.Equal(3.0, c.SpatialDimensions);
        Assert.True(c.Constant);
        Assert.Null(c.Size);
        Assert.Null(c.Units);
    }

    [Fact]
    public void Species_Defaults_Are_Concentration_Not_Boundary_Not_Constant()
    {
        var s = SbmlText.Read(Minimal).Species.Single();
        Assert.Equal(("S", "c", 2.0), (s.Id, s.Compartment, s.InitialAmount));
        Assert.Null(s.InitialConcentration);
        Assert.False(s.HasOnlySubstanceUnits);
        Assert.False(s.BoundaryCondition);
        Assert.False(s.Constant);
        Assert.Null(s.ConversionFactor);
    }

    [Fact]
    public void Parameter_Default_Is_Constant()
    {
        Assert.True(SbmlText.Read(Minimal).Parameters.Single().Constant);
    }

    [Fact]
    public void Reaction_Defaults_Are_Reversible_Not_Fast_With_Stoichiometry_One()
    {
        var r = SbmlText.Read(Minimal).Reactions.Single();
        Assert.True(r.Reversible);
        Assert.False(r.Fast);
        Assert.Null(r.Compartment);
        var reactant = r.Reactants.Single();
        Assert.Equal(1.0, reactant.Stoichiometry);
        Assert.True(reactant.Constant);
        Assert.Null(reactant.StoichiometryMath);
    }

    [Fact]
    public void Kinetic_Law_Parameters_Become_Constant_Local_Parameters()
    {
        var law = SbmlText.Read(Minimal).Reactions.Single().KineticLaw!;
        var p = Assert.Single(law.LocalParameters);
        Assert.Equal(new Parameter("kl", 3, "per_second", true), p with { Location = null });
        var lines = Minimal.Split('\n');
        var line = Array.FindIndex(lines, l => l.Contains("<parameter id=\"kl\"", StringComparison.Ordinal));
        var column = lines[line].IndexOf("parameter id=\"kl\"", StringComparison.Ordinal);
        Assert.Equal(new SourceLocation("<string>", line + 1, column + 1), p.Location);
    }

    [Fact]
    public void Event_Defaults_Are_Values_From_Trigger_Time_And_A_Persistent_Trigger_Initially_True()
    {
        var e = SbmlText.Read(Minimal).Events.Single();
        Assert.Equal("e", e.Id);
        Assert.True(e.UseValuesFromTriggerTime);
        Assert.True(e.Trigger.InitialValue);
        Assert.True(e.Trigger.Persistent);
        Assert.Null(e.Delay);
        Assert.Null(e.Priority);
        MathAssert.Equal(new ApplyNode(MathOperator.Gt, CSymbolNode.Time, new NumberNode(1)), e.Trigger.Math);
    }

    [Fact]
    public void Builtin_Units_Become_Explicit_Model_Units()
    {
        var model = SbmlText.Read(Minimal);
        Assert.Equal(new ModelUnits("mole", "second", "litre", "area", "metre", "mole"), model.Units);
        var area = Assert.Single(model.UnitDefinitions);
        Assert.Equal("area", area.Id);
        Assert.Equal(new Unit("metre", 2), Assert.Single(area.Units));
        Assert.Equal((2, 4), model.SbmlLevelVersion);
    }

    [Fact]
    public void Redefined_Builtin_Units_Are_Used_And_References_To_The_Others_Become_Base_Units()
    {
        var model = SbmlText.Read(SbmlText.L2V4("""
            <listOfUnitDefinitions>
              <unitDefinition id="substance"><listOfUnits><unit kind="mole" scale="-3"/></listOfUnits></unitDefinition>
            </listOfUnitDefinitions>
            <listOfCompartments><compartment id="c" size="1" units="volume"/></listOfCompartments>
            <listOfSpecies><species id="S" compartment="c" substanceUnits="substance"/></listOfSpecies>
            <listOfParameters><parameter id="t0" value="1" units="time"/></listOfParameters>
            """));
        Assert.Equal("substance", model.Units.Substance);
        Assert.Equal("substance", model.Units.Extent);
        Assert.Equal("litre", model.Units.Volume);
        Assert.Equal("litre", model.Compartments[0].Units);
        Assert.Equal("substance", model.Species[0].SubstanceUnits);
        Assert.Equal("second", model.Parameters[0].Units);
        Assert.Equal(new Unit("mole", 1, -3, 1), model.UnitDefinitions[0].Units.Single());
    }

    [Fact]
    public void Stoichiometry_Math_Is_Kept_And_Makes_The_Stoichiometry_Variable()
    {
        var model = SbmlText.Read(SbmlText.L2V4($"""
            <listOfCompartments><compartment id="c" size="1"/></listOfCompartments>
            <listOfSpecies><species id="S" compartment="c" initialAmount="1"/></listOfSpecies>
            <listOfParameters><parameter id="p" value="2"/></listOfParameters>
            <listOfReactions>
              <reaction id="r" reversible="false">
                <listOfProducts>
                  <speciesReference species="S"><stoichiometryMath>{SbmlText.Math("<apply><times/><cn>2</cn><ci>p</ci></apply>")}</stoichiometryMath></speciesReference>
                </listOfProducts>
              </reaction>
            </listOfReactions>
            """));
        var product = model.Reactions.Single().Products.Single();
        Assert.Null(product.Stoichiometry);
        Assert.False(product.Constant);
        MathAssert.Equal(new ApplyNode(MathOperator.Times, new NumberNode(2), new SymbolNode("p")), product.StoichiometryMath);
        Assert.Null(model.Reactions.Single().KineticLaw);
    }

    [Fact]
    public void Explicit_Values_Override_The_Defaults()
    {
        var model = SbmlText.Read(SbmlText.L2V4($"""
            <listOfCompartments><compartment id="c" spatialDimensions="2" size="4" constant="false"/></listOfCompartments>
            <listOfSpecies><species id="S" compartment="c" initialConcentration="0.1" hasOnlySubstanceUnits="true" boundaryCondition="true" constant="true"/></listOfSpecies>
            <listOfParameters><parameter id="k" constant="false"/></listOfParameters>
            <listOfReactions>
              <reaction id="r" reversible="false" fast="true">
                <listOfReactants><speciesReference id="sr" species="S" stoichiometry="2.5"/></listOfReactants>
                <listOfModifiers><modifierSpeciesReference species="S"/></listOfModifiers>
              </reaction>
            </listOfReactions>
            <listOfEvents>
              <event useValuesFromTriggerTime="false">
                <trigger>{SbmlText.Math("<true/>")}</trigger>
                <delay>{SbmlText.Math("<cn>3</cn>")}</delay>
              </event>
            </listOfEvents>
            """));
        Assert.Equal(new Compartment("c", 2, 4, null, false), model.Compartments[0] with { Location = null });
        Assert.Equal(new Species("S", "c", null, 0.1, null, true, true, true, null), model.Species[0] with { Location = null });
        Assert.Equal(new Parameter("k", null, null, false), model.Parameters[0] with { Location = null });
        var r = model.Reactions[0];
        Assert.False(r.Reversible);
        Assert.True(r.Fast);
        Assert.Equal(new SpeciesReference("sr", 2.5, true, "sr").Stoichiometry, r.Reactants[0].Stoichiometry);
        Assert.Equal("sr", r.Reactants[0].Id);
        Assert.Equal("S", r.Modifiers.Single().Species);
        var e = model.Events.Single();
        Assert.Null(e.Id);
        Assert.False(e.UseValuesFromTriggerTime);
        MathAssert.Equal(new NumberNode(3), e.Delay);
    }

    [Fact]
    public void Level2_Version1_Reads_With_Its_Own_Namespace_And_Old_Unit_Spellings()
    {
        var document = SbmlReader.ReadString(SbmlText.L2V1("""
            <listOfUnitDefinitions>
              <unitDefinition id="u"><listOfUnits><unit kind="liter"/><unit kind="meter" exponent="-1"/><unit kind="Celsius" offset="273.15"/></listOfUnits></unitDefinition>
            </listOfUnitDefinitions>
            """));
        Assert.Equal(["litre", "metre", "kelvin"], document.Model.UnitDefinitions[0].Units.Select(u => u.Kind));
        Assert.Equal((2, 1), document.Model.SbmlLevelVersion);
        Assert.Equal(2, document.Diagnostics.Count(d => d.Severity == Severity.Warning));
    }

    [Fact]
    public void Attributes_Without_A_Place_In_The_Model_Are_Reported_Once()
    {
        var document = SbmlReader.ReadString(SbmlText.L2V4("""
            <listOfCompartments><compartment id="a" outside="b"/><compartment id="b"/></listOfCompartments>
            <listOfSpecies><species id="S" compartment="a" charge="2"/><species id="T" compartment="a" charge="1"/></listOfSpecies>
            """));
        var infos = document.Diagnostics.Where(d => d.Severity == Severity.Info).Select(d => d.Message).ToList();
        Assert.Equal(2, infos.Count);
        Assert.Contains(infos, m => m.Contains("'outside'", StringComparison.Ordinal));
        Assert.Contains(infos, m => m.Contains("'charge'", StringComparison.Ordinal));
    }

    [Fact]
    public void Versions_Two_Three_And_Five_Are_Read()
    {
        foreach (var version in new[] { 2, 3, 5 })
        {
            var xml = SbmlText.Document(2, version, $"http://www.sbml.org/sbml/level2/version{version}", "<listOfCompartments><compartment id=\"c\"/></listOfCompartments>");
            Assert.Equal((2, version), SbmlText.Read(xml).SbmlLevelVersion);
        }
    }
}
