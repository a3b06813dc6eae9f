using Myokinetics.Core.Diagnostics;
using static Myokinetics.Sbml.Tests.Comp.CompText;

namespace Myokinetics.Sbml.Tests.Comp;

public sealed class ConversionFactorTests
{
    private const string TimeUrl = "http://www.sbml.org/sbml/symbols/time";
    private const string DelayUrl = "http://www.sbml.org/sbml/symbols/delay";
    private const string RateOfUrl = "http://www.sbml.org/sbml/symbols/rateOf";

    private static readonly string Clock = Definition(
        "clock",
        $"""
        <listOfCompartments><compartment id="C" size="1" constant="true"/></listOfCompartments>
        <listOfSpecies><species id="S" compartment="C" initialAmount="1" hasOnlySubstanceUnits="true" boundaryCondition="false" constant="false"/></listOfSpecies>
        {Parameters(Parameter("x", 1, constant: false), Parameter("t", 0, constant: false), Parameter("lag", 0, constant: false), Parameter("flux", 0, constant: false), Parameter("d", 0, constant: false))}
        <listOfRules>
          <rateRule variable="x">{Math("<apply><times/><cn>2</cn><ci>x</ci></apply>")}</rateRule>
          <assignmentRule variable="t">{Math($"<csymbol encoding=\"text\" definitionURL=\"{TimeUrl}\">time</csymbol>")}</assignmentRule>
          <assignmentRule variable="lag">{Math($"<apply><csymbol encoding=\"text\" definitionURL=\"{DelayUrl}\">delay</csymbol><ci>x</ci><cn>3</cn></apply>")}</assignmentRule>
          <assignmentRule variable="flux">{Math("<ci>J</ci>")}</assignmentRule>
          <assignmentRule variable="d">{Math($"<apply><csymbol encoding=\"text\" definitionURL=\"{RateOfUrl}\">rateOf</csymbol><ci>x</ci></apply>")}</assignmentRule>
        </listOfRules>
        <listOfReactions>
          <reaction id="J" reversible="false">
            <listOfProducts><speciesReference species="S" stoichiometry="1" constant="true"/></listOfProducts>
            <kineticLaw>{Math("<cn>10</cn>")}</kineticLaw>
          </reaction>
        </listOfReactions>
        <listOfEvents>
          <event id="E" useValuesFromTriggerTime="true">
            <trigger initialValue="true" persistent="true">{Math("<apply><gt/><ci>x</ci><cn>5</cn></apply>")}</trigger>
            <delay>{Math("<cn>4</cn>")}</delay>
            <listOfEventAssignments><eventAssignment variable="x">{Math("<cn>1</cn>")}</eventAssignment></listOfEventAssignments>
          </event>
        </listOfEvents>
        """);

    private static readonly string Factors = Parameters(Parameter("tc", 60), Parameter("xc", 1000));

    [Fact]
    public void A_Time_Conversion_Factor_Rescales_Time_Rates_And_Delays()
    {
        var model = Flatten(Document(Factors + Submodels(Submodel("sub", "clock", "comp:timeConversionFactor=\"tc\"")), Clock));

        Assert.Equal("Divide(time, tc)", model.RuleFor("sub__t"));
        Assert.Equal("Divide(Times(2, sub__x), tc)", model.RuleFor("sub__x"));
        Assert.Equal("Delay(sub__x, Times(3, tc))", model.RuleFor("sub__lag"));
        Assert.Equal("Times(RateOf(sub__x), tc)", model.RuleFor("sub__d"));
        Assert.Equal("Divide(10, tc)", Describe(model.Reactions.Single().KineticLaw!.Math));
        Assert.Equal("Times(sub__J, tc)", model.RuleFor("sub__flux"));
        Assert.Equal("Times(4, tc)", Describe(model.Events.Single().Delay!));
        Assert.Equal("Gt(sub__x, 5)", Describe(model.Events.Single().Trigger.Math));
    }

    [Fact]
    public void An_Extent_Conversion_Factor_Multiplies_Kinetic_Laws_And_Divides_Reaction_References()
    {
        var model = Flatten(Document(
            Factors + Submodels(Submodel("sub", "clock", "comp:timeConversionFactor=\"tc\" comp:extentConversionFactor=\"xc\"")),
            Clock));

        Assert.Equal("Divide(Times(10, xc), tc)", Describe(model.Reactions.Single().KineticLaw!.Math));
        Assert.Equal("Divide(Times(sub__J, tc), xc)", model.RuleFor("sub__flux"));
    }

    [Fact]
    public void Time_Conversion_Factors_Of_Nested_Submodels_Multiply()
    {
        var outer = Definition("outer", Parameters(Parameter("tc2", 24)) + Submodels(Submodel("inner", "clock", "comp:timeConversionFactor=\"tc2\"")));
        var model = Flatten(Document(Factors + Submodels(Submodel("sub", "outer", "comp:timeConversionFactor=\"tc\"")), Clock + outer));

        Assert.Equal("Divide(time, Times(tc, sub__tc2))", model.RuleFor("sub__inner__t"));
        Assert.Equal("Divide(Times(2, sub__inner__x), Times(tc, sub__tc2))", model.RuleFor("sub__inner__x"));
    }

    [Fact]
    public void A_Conversion_Factor_On_A_Replacement_Divides_References_And_Multiplies_Assignments()
    {
        var model = Flatten(Document(
            Parameters(Parameter("cf", 0.1), Parameter("X", 8, constant: false, content: Replaces("sub", "comp:idRef=\"x\"", "comp:conversionFactor=\"cf\"")))
            + Submodels(Submodel("sub", "clock")),
            Clock));

        Assert.Equal("Times(Times(2, Divide(X, cf)), cf)", model.RuleFor("X"));
        Assert.Equal("Gt(Divide(X, cf), 5)", Describe(model.Events.Single().Trigger.Math));
        Assert.Equal("Times(1, cf)", Describe(model.Events.Single().Assignments.Single().Math));
        Assert.Equal("Delay(Divide(X, cf), 3)", model.RuleFor("sub__lag"));
        Assert.Equal("Divide(RateOf(X), cf)", model.RuleFor("sub__d"));
    }

    [Fact]
    public void A_Reaction_Replaced_With_A_Conversion_Factor_Uses_Only_That_Factor()
    {
        // As SBML Test Suite case 01183: the submodel's time and extent factors do not apply on top.
        var model = Flatten(Document(
            $"""
            {Factors}
            {Parameters(Parameter("per", 16.6667))}
            <listOfCompartments><compartment id="C" size="1" constant="true"/></listOfCompartments>
            <listOfSpecies><species id="S" compartment="C" initialAmount="1" hasOnlySubstanceUnits="true" boundaryCondition="false" constant="false"/></listOfSpecies>
            <listOfReactions>
              <reaction id="R" reversible="false">
                <listOfProducts><speciesReference species="S" stoichiometry="1" constant="true"/></listOfProducts>
                <kineticLaw>{Math("<cn>10</cn>")}</kineticLaw>
                {Replaces("sub", "comp:idRef=\"J\"", "comp:conversionFactor=\"per\"")}
              </reaction>
            </listOfReactions>
            {Submodels(Submodel("sub", "clock", "comp:timeConversionFactor=\"tc\" comp:extentConversionFactor=\"xc\""))}
            """,
            Clock));

        Assert.Equal("Divide(R, per)", model.RuleFor("sub__flux"));
        Assert.Equal("10", Describe(Assert.Single(model.Reactions).KineticLaw!.Math));
    }

    [Fact]
    public void A_Species_Replaced_With_A_Conversion_Factor_Warns_That_Reactions_Do_Not_Convert()
    {
        var document = SbmlReader.ReadString(Document(
            $"""
            {Parameters(Parameter("cf", 10))}
            <listOfCompartments><compartment id="C" size="1" constant="true">{Replaces("sub", "comp:idRef=\"C\"")}</compartment></listOfCompartments>
            <listOfSpecies>
              <species id="S" compartment="C" initialAmount="2" hasOnlySubstanceUnits="true" boundaryCondition="false" constant="false">{Replaces("sub", "comp:idRef=\"S\"", "comp:conversionFactor=\"cf\"")}</species>
            </listOfSpecies>
            {Submodels(Submodel("sub", "clock"))}
            """,
            Clock));

        Assert.Equal("S", document.Model.Reactions.Single().Products.Single().Species);
        Assert.Contains(document.Diagnostics, d => d.Severity == Severity.Warning && d.Message.Contains("conversion factor", StringComparison.Ordinal));
    }

    [Fact]
    public void A_Submodels_Model_Conversion_Factor_Becomes_Its_Species_Own()
    {
        var model = Flatten(Document(
            Submodels(Submodel("sub", "withFactor")),
            Definition(
                "withFactor",
                """
                <listOfCompartments><compartment id="C" size="1" constant="true"/></listOfCompartments>
                <listOfSpecies><species id="S" compartment="C" initialAmount="1" hasOnlySubstanceUnits="true" boundaryCondition="false" constant="false"/></listOfSpecies>
                <listOfParameters><parameter id="f" value="2" constant="true"/></listOfParameters>
                """).Replace("<comp:modelDefinition id=\"withFactor\">", "<comp:modelDefinition id=\"withFactor\" conversionFactor=\"f\">", StringComparison.Ordinal)));

        Assert.Equal("sub__f", model.Species.Single().ConversionFactor);
        Assert.Null(model.ConversionFactor);
    }

    [Fact]
    public void The_Main_Models_Conversion_Factor_Reaching_A_Submodel_Species_Is_Refused()
    {
        var xml = Document(Parameters(Parameter("f", 2)) + Submodels(Submodel("sub", "clock")), Clock, modelAttributes: "conversionFactor=\"f\"");
        var error = Assert.Throws<UnsupportedFeatureException>(() => Flatten(xml));
        Assert.Equal("comp package", error.Feature);
        Assert.Contains("'S' of submodel 'sub'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Time_In_A_Function_Of_A_Time_Converted_Submodel_Is_Refused()
    {
        var xml = Document(
            Factors + Submodels(Submodel("sub", "f", "comp:timeConversionFactor=\"tc\"")),
            Definition("f", $"<listOfFunctionDefinitions><functionDefinition id=\"now\">{Math($"<lambda><csymbol encoding=\"text\" definitionURL=\"{TimeUrl}\">time</csymbol></lambda>")}</functionDefinition></listOfFunctionDefinitions>"));
        var error = Assert.Throws<UnsupportedFeatureException>(() => Flatten(xml));
        Assert.Contains("time conversion factor", error.Message, StringComparison.Ordinal);
    }
}
