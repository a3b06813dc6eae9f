using Myokinetics.Core.Diagnostics;
using static Myokinetics.Sbml.Tests.Comp.CompText;

namespace Myokinetics.Sbml.Tests.Comp;

public sealed class ReplacementTests
{
    private static readonly string Decay = Definition(
        "decay",
        $"""
        <listOfCompartments><compartment id="C" size="1" constant="true"/></listOfCompartments>
        <listOfSpecies>
          <species id="S" compartment="C" initialAmount="7" hasOnlySubstanceUnits="true" boundaryCondition="false" constant="false"/>
        </listOfSpecies>
        {Parameters(Parameter("k", 0.5), Parameter("rate", 0, constant: false))}
        <listOfRules><assignmentRule variable="rate">{Math("<apply><times/><ci>k</ci><ci>S</ci></apply>")}</assignmentRule></listOfRules>
        <listOfReactions>
          <reaction id="J" reversible="false">
            <listOfReactants><speciesReference id="J_S" species="S" stoichiometry="1" constant="true"/></listOfReactants>
            <kineticLaw>{Math("<ci>rate</ci>")}</kineticLaw>
          </reaction>
        </listOfReactions>
        """);

    [Fact]
    public void A_Replaced_Element_Is_Dropped_And_References_To_It_Mean_Its_Replacement()
    {
        var model = Flatten(Document(
            $"""
            <listOfCompartments><compartment id="cell" size="2" constant="true">{Replaces("sub", "comp:idRef=\"C\"")}</compartment></listOfCompartments>
            {Parameters(Parameter("kdeg", 0.1, content: Replaces("sub", "comp:idRef=\"k\"")))}
            {Submodels(Submodel("sub", "decay"))}
            """,
            Decay));

        Assert.Equal(["cell"], model.Compartments.Select(c => c.Id));
        Assert.Equal(["kdeg", "sub__rate"], model.Parameters.Select(p => p.Id));
        Assert.Equal("cell", model.Species.Single().Compartment);
        Assert.Equal("Times(kdeg, sub__S)", model.RuleFor("sub__rate"));
    }

    [Fact]
    public void A_Replacing_Species_Keeps_Its_Own_Values_And_Takes_The_Submodels_Reactions()
    {
        var model = Flatten(Document(
            $"""
            <listOfCompartments><compartment id="C" size="1" constant="true">{Replaces("sub", "comp:idRef=\"C\"")}</compartment></listOfCompartments>
            <listOfSpecies>
              <species id="A" compartment="C" initialAmount="3" hasOnlySubstanceUnits="true" boundaryCondition="false" constant="false">{Replaces("sub", "comp:idRef=\"S\"")}</species>
            </listOfSpecies>
            {Submodels(Submodel("sub", "decay"))}
            """,
            Decay));

        var species = Assert.Single(model.Species);
        Assert.Equal(("A", 3.0), (species.Id, species.InitialAmount!.Value));
        Assert.Equal("A", model.Reactions.Single().Reactants.Single().Species);
        Assert.Equal("Times(sub__k, A)", model.RuleFor("sub__rate"));
    }

    [Fact]
    public void A_Replaced_Reaction_Is_Dropped_With_Its_Species_References_Unless_They_Are_Replaced_Too()
    {
        var model = Flatten(Document(
            $"""
            <listOfCompartments><compartment id="C" size="1" constant="true">{Replaces("sub", "comp:idRef=\"C\"")}</compartment></listOfCompartments>
            <listOfSpecies>
              <species id="S" compartment="C" initialAmount="3" hasOnlySubstanceUnits="true" boundaryCondition="false" constant="false">{Replaces("sub", "comp:idRef=\"S\"")}</species>
            </listOfSpecies>
            {Parameters(Parameter("sto", 0, constant: false))}
            <listOfRules><assignmentRule variable="sto">{Math("<ci>R_S</ci>")}</assignmentRule></listOfRules>
            <listOfReactions>
              <reaction id="R" reversible="false">
                <listOfReactants><speciesReference id="R_S" species="S" stoichiometry="2" constant="true">{Replaces("sub", "comp:idRef=\"J_S\"")}</speciesReference></listOfReactants>
                <kineticLaw>{Math("<cn>1</cn>")}</kineticLaw>
                {Replaces("sub", "comp:idRef=\"J\"")}
              </reaction>
            </listOfReactions>
            {Submodels(Submodel("sub", "decay"))}
            """,
            Decay));

        var reaction = Assert.Single(model.Reactions);
        Assert.Equal("R", reaction.Id);
        Assert.Equal(2.0, reaction.Reactants.Single().Stoichiometry);
    }

    [Fact]
    public void A_Reference_To_An_Element_Removed_With_Its_Replaced_Parent_Is_An_Error()
    {
        var xml = Document(
            $"""
            {Parameters(Parameter("sto", 0, constant: false))}
            <listOfReactions>
              <reaction id="R" reversible="false">{Replaces("sub", "comp:idRef=\"J\"")}</reaction>
            </listOfReactions>
            {Submodels(Submodel("sub", "decay"))}
            """,
            Definition(
                "decay",
                $"""
                <listOfCompartments><compartment id="C" size="1" constant="true"/></listOfCompartments>
                <listOfSpecies><species id="S" compartment="C" initialAmount="7" hasOnlySubstanceUnits="true" boundaryCondition="false" constant="false"/></listOfSpecies>
                {Parameters(Parameter("n", 0, constant: false))}
                <listOfRules><assignmentRule variable="n">{Math("<ci>J_S</ci>")}</assignmentRule></listOfRules>
                <listOfReactions>
                  <reaction id="J" reversible="false"><listOfReactants><speciesReference id="J_S" species="S" stoichiometry="1" constant="true"/></listOfReactants></reaction>
                </listOfReactions>
                """));

        var error = Assert.Throws<ModelFormatException>(() => Flatten(xml));
        Assert.Contains("'J_S'", error.Message, StringComparison.Ordinal);
        Assert.Contains("enclosing <reaction> 'J'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_ReplacedBy_Element_Takes_The_Id_Of_The_Element_It_Replaces()
    {
        var model = Flatten(Document(
            $"""
            {Parameters(Parameter("k", 99, content: "<comp:replacedBy comp:submodelRef=\"sub\" comp:idRef=\"k\"/>"), Parameter("twice", 0, constant: false))}
            <listOfRules><assignmentRule variable="twice">{Math("<apply><times/><cn>2</cn><ci>k</ci></apply>")}</assignmentRule></listOfRules>
            {Submodels(Submodel("sub", "decay"))}
            """,
            Decay));

        var k = model.Parameter("k");
        Assert.Equal(0.5, k.Value);
        Assert.DoesNotContain(model.Parameters, p => p.Id == "sub__k");
        Assert.Equal("Times(2, k)", model.RuleFor("twice"));
        Assert.Equal("Times(k, sub__S)", model.RuleFor("sub__rate"));
    }

    [Fact]
    public void Replacements_Chain_Through_Levels_And_The_Outermost_ReplacedBy_Names_The_Survivor()
    {
        // As SBML Test Suite case 01136: p2 replaces sub.p16 and is replaced by sub.inner.p8, which also
        // replaces sub.p4 (which replaces sub.inner.p16). Everything becomes one parameter, p2 = 8.
        var leaf = Definition("leaf", Parameters(Parameter("p8", 8, constant: false), Parameter("p16", 16)));
        var middle = Definition(
            "middle",
            Parameters(
                Parameter("p4", 4, constant: false, content: Replaces("inner", "comp:idRef=\"p16\"") + "<comp:replacedBy comp:submodelRef=\"inner\" comp:idRef=\"p8\"/>"),
                Parameter("p16", 16))
            + Submodels(Submodel("inner", "leaf")));
        var model = Flatten(Document(
            Parameters(Parameter("p2", 2, constant: false, content: Replaces("sub", "comp:idRef=\"p16\"") + "<comp:replacedBy comp:submodelRef=\"sub\" comp:idRef=\"inner\"><comp:sBaseRef comp:idRef=\"p8\"/></comp:replacedBy>"))
            + Submodels(Submodel("sub", "middle")),
            leaf + middle));

        var p2 = Assert.Single(model.Parameters);
        Assert.Equal(("p2", 8.0), (p2.Id, p2.Value!.Value));
    }

    [Fact]
    public void A_Replaced_Local_Parameter_Leaves_The_Kinetic_Law_Pointing_At_Its_Replacement()
    {
        var model = Flatten(Document(
            $"""
            {Parameters(Parameter("kglobal", 4, content: "<comp:listOfReplacedElements><comp:replacedElement comp:submodelRef=\"sub\" comp:metaIdRef=\"local_k\"/></comp:listOfReplacedElements>"))}
            {Submodels(Submodel("sub", "law"))}
            """,
            Definition(
                "law",
                $"""
                <listOfCompartments><compartment id="C" size="1" constant="true"/></listOfCompartments>
                <listOfSpecies><species id="S" compartment="C" initialAmount="7" hasOnlySubstanceUnits="true" boundaryCondition="false" constant="false"/></listOfSpecies>
                <listOfReactions>
                  <reaction id="J" reversible="false">
                    <listOfReactants><speciesReference species="S" stoichiometry="1" constant="true"/></listOfReactants>
                    <kineticLaw>
                      {Math("<apply><times/><ci>k</ci><ci>S</ci></apply>")}
                      <listOfLocalParameters><localParameter metaid="local_k" id="k" value="1"/></listOfLocalParameters>
                    </kineticLaw>
                  </reaction>
                </listOfReactions>
                """)));

        var law = model.Reactions.Single().KineticLaw!;
        Assert.Empty(law.LocalParameters);
        Assert.Equal("Times(kglobal, sub__S)", Describe(law.Math));
    }

    [Fact]
    public void An_Element_Replaced_Twice_Is_An_Error()
    {
        var xml = Document(
            Parameters(Parameter("a", 1, content: Replaces("sub", "comp:idRef=\"k\"")), Parameter("b", 2, content: Replaces("sub", "comp:idRef=\"k\"")))
            + Submodels(Submodel("sub", "decay")),
            Decay);

        var error = Assert.Throws<ModelFormatException>(() => Flatten(xml));
        Assert.Contains("already replaced", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_Replacement_Naming_A_Missing_Element_Is_An_Error_At_Its_Line()
    {
        var xml = Document(
            Parameters(Parameter("a", 1, content: Replaces("sub", "comp:idRef=\"nothing\"")))
            + Submodels(Submodel("sub", "decay")),
            Decay);

        var error = Assert.Throws<ModelFormatException>(() => Flatten(xml));
        Assert.Contains("submodel 'sub' has no element with the id 'nothing'", error.Message, StringComparison.Ordinal);
        Assert.True(error.Location.Line > 0);
    }
}
