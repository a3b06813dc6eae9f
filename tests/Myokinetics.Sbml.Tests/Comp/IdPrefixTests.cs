using Myokinetics.Core.Model;
using static Myokinetics.Sbml.Tests.Comp.CompText;

namespace Myokinetics.Sbml.Tests.Comp;

public sealed class IdPrefixTests
{
    private static readonly string Inner = Definition(
        "inner",
        $"""
        <listOfFunctionDefinitions>
          <functionDefinition id="twice">{Math("<lambda><bvar><ci>v</ci></bvar><apply><times/><cn>2</cn><ci>v</ci></apply></lambda>")}</functionDefinition>
        </listOfFunctionDefinitions>
        <listOfUnitDefinitions>
          <unitDefinition id="per_min"><listOfUnits><unit kind="second" exponent="-1" scale="0" multiplier="60"/></listOfUnits></unitDefinition>
        </listOfUnitDefinitions>
        <listOfCompartments><compartment id="C" size="2" constant="true"/></listOfCompartments>
        <listOfSpecies>
          <species id="S" metaid="meta_S" compartment="C" initialAmount="1" hasOnlySubstanceUnits="false" boundaryCondition="false" constant="false" conversionFactor="cf"/>
        </listOfSpecies>
        {Parameters(Parameter("k", 3, attributes: "units=\"per_min\""), Parameter("cf", 1), Parameter("x", 0, constant: false), Parameter("y", 0, constant: false), Parameter("z", 0, constant: false))}
        <listOfInitialAssignments>
          <initialAssignment symbol="y">{Math("<apply><ci>twice</ci><ci>k</ci></apply>")}</initialAssignment>
        </listOfInitialAssignments>
        <listOfRules>
          <assignmentRule variable="x">{Math("<apply><plus/><ci>S</ci><cn xmlns:sbml=\"http://www.sbml.org/sbml/level3/version2/core\" sbml:units=\"per_min\">1</cn></apply>")}</assignmentRule>
        </listOfRules>
        <listOfReactions>
          <reaction id="J" reversible="false">
            <listOfReactants><speciesReference id="sr" species="S" stoichiometry="1" constant="true"/></listOfReactants>
            <kineticLaw>
              {Math("<apply><times/><ci>k</ci><ci>kl</ci><ci>S</ci></apply>")}
              <listOfLocalParameters><localParameter id="kl" value="0.5"/></listOfLocalParameters>
            </kineticLaw>
          </reaction>
        </listOfReactions>
        <listOfEvents>
          <event id="E" useValuesFromTriggerTime="true">
            <trigger initialValue="true" persistent="true">{Math("<apply><gt/><ci>S</ci><ci>k</ci></apply>")}</trigger>
            <listOfEventAssignments><eventAssignment variable="z">{Math("<ci>sr</ci>")}</eventAssignment></listOfEventAssignments>
          </event>
        </listOfEvents>
        """);

    private static Model Flat() => Flatten(Document(Submodels(Submodel("sub", "inner")), Inner));

    [Fact]
    public void Submodel_Element_Ids_And_Metaids_Are_Prefixed_With_The_Submodel_Id()
    {
        var model = Flat();
        Assert.Equal("main", model.Id);
        Assert.Equal(["sub__C"], model.Compartments.Select(c => c.Id));
        Assert.Equal(["sub__S"], model.Species.Select(s => s.Id));
        Assert.Equal("sub__meta_S", model.Species.Single().MetaId);
        Assert.Equal(["sub__k", "sub__cf", "sub__x", "sub__y", "sub__z"], model.Parameters.Select(p => p.Id));
        Assert.Equal(["sub__J"], model.Reactions.Select(r => r.Id));
        Assert.Equal(["sub__E"], model.Events.Select(e => e.Id));
        Assert.Equal(["sub__twice"], model.Functions.Select(f => f.Id));
        Assert.Equal(["sub__per_min"], model.UnitDefinitions.Select(u => u.Id));
    }

    [Fact]
    public void References_To_Submodel_Elements_Use_The_Prefixed_Ids()
    {
        var model = Flat();
        var species = model.Species.Single();
        Assert.Equal("sub__C", species.Compartment);
        Assert.Equal("sub__cf", species.ConversionFactor);
        Assert.Equal("sub__per_min", model.Parameter("sub__k").Units);
        var reaction = model.Reactions.Single();
        Assert.Equal("sub__S", reaction.Reactants.Single().Species);
        Assert.Equal("sub__sr", reaction.Reactants.Single().Id);
        Assert.Equal("sub__x", ((AssignmentRule)model.Rules.Single()).Variable);
        Assert.Equal("Plus(sub__S, 1[sub__per_min])", model.RuleFor("sub__x"));
        Assert.Equal("sub__y", model.InitialAssignments.Single().Symbol);
        Assert.Equal("sub__twice!(sub__k)", Describe(model.InitialAssignments.Single().Math));
        Assert.Equal("sub__z", model.Events.Single().Assignments.Single().Variable);
        Assert.Equal("sub__sr", Describe(model.Events.Single().Assignments.Single().Math));
        Assert.Equal("Gt(sub__S, sub__k)", Describe(model.Events.Single().Trigger.Math));
    }

    [Fact]
    public void Local_Parameters_And_Function_Arguments_Keep_Their_Scope()
    {
        var model = Flat();
        var law = model.Reactions.Single().KineticLaw!;
        Assert.Equal(["sub__kl"], law.LocalParameters.Select(p => p.Id));
        Assert.Equal("Times(sub__k, sub__kl, sub__S)", Describe(law.Math));
        var function = model.Functions.Single();
        Assert.Equal("v", Assert.Single(function.Arguments));
        Assert.Equal("Times(2, v)", Describe(function.Body));
    }

    [Fact]
    public void Nested_Submodels_Join_Their_Ids_With_Double_Underscores()
    {
        var outer = Definition("outer", Submodels(Submodel("b", "inner")));
        var model = Flatten(Document(Submodels(Submodel("a", "outer"), Submodel("c", "inner")), outer + Inner));
        Assert.Equal(["a__b__S", "c__S"], model.Species.Select(s => s.Id));
        Assert.Equal(["a__b__C", "c__C"], model.Species.Select(s => s.Compartment));
    }

    [Fact]
    public void The_Main_Model_Keeps_Its_Own_Ids_And_Comes_First()
    {
        var model = Flatten(Document(Parameters(Parameter("p", 1)) + Submodels(Submodel("sub", "inner")), Inner));
        Assert.Equal("p", model.Parameters[0].Id);
        Assert.All(model.Parameters.Skip(1), p => Assert.StartsWith("sub__", p.Id, StringComparison.Ordinal));
    }

    [Fact]
    public void A_Document_Without_Submodels_Reads_As_Its_Main_Model()
    {
        var model = Flatten(Document(Parameters(Parameter("p", 1)), Inner));
        Assert.Equal(["p"], model.Parameters.Select(p => p.Id));
        Assert.Empty(model.Species);
    }
}
