namespace Myokinetics.Cli.Tests;

/// <summary>Small SBML documents written for the command-line tests.</summary>
internal static class TestModels
{
    public const string MathNs = "http://www.w3.org/1998/Math/MathML";

    private const string TimeSymbol = """<csymbol encoding="text" definitionURL="http://www.sbml.org/sbml/symbols/time">t</csymbol>""";

    private const string PerSecond = """
        <listOfUnitDefinitions>
          <unitDefinition id="per_second"><listOfUnits><unit kind="second" exponent="-1" scale="0" multiplier="1"/></listOfUnits></unitDefinition>
        </listOfUnitDefinitions>
        """;

    /// <summary>
    /// A → 2 B with rate k·[A]·V in a compartment of size 2, A₀ = 10 mol (5 mol/L), k = 0.5/s; so
    /// [A](t) = 5·e^(−t/2) and [B](t) = 10·(1 − e^(−t/2)). Parameter p has dp/dt = k (p = t/2), q is
    /// declared non-constant but nothing changes it.
    /// </summary>
    public static string Decay(string rate = "<apply><times/><ci>k</ci><ci>A</ci><ci>cell</ci></apply>") => L3V2(
        $"""
        {PerSecond}
        <listOfCompartments>
          <compartment id="cell" spatialDimensions="3" size="2" units="litre" constant="true"/>
        </listOfCompartments>
        <listOfSpecies>
          <species id="A" compartment="cell" initialAmount="10" hasOnlySubstanceUnits="false" boundaryCondition="false" constant="false"/>
          <species id="B" compartment="cell" initialAmount="0" hasOnlySubstanceUnits="false" boundaryCondition="false" constant="false"/>
        </listOfSpecies>
        <listOfParameters>
          <parameter id="k" value="0.5" units="per_second" constant="true"/>
          <parameter id="p" value="0" units="dimensionless" constant="false"/>
          <parameter id="q" value="3" constant="false"/>
        </listOfParameters>
        <listOfRules>
          <rateRule variable="p"><math xmlns="{MathNs}"><ci>k</ci></math></rateRule>
        </listOfRules>
        <listOfReactions>
          <reaction id="R1" reversible="false">
            <listOfReactants><speciesReference species="A" stoichiometry="1" constant="true"/></listOfReactants>
            <listOfProducts><speciesReference species="B" stoichiometry="2" constant="true"/></listOfProducts>
            <kineticLaw><math xmlns="{MathNs}">{rate}</math></kineticLaw>
          </reaction>
        </listOfReactions>
        """,
        """id="decay" name="First-order decay" timeUnits="second" substanceUnits="mole" extentUnits="mole" volumeUnits="litre" """);

    /// <summary>The decay model whose rate is the constant k/0.</summary>
    public static string DivisionByZero() => Decay("<apply><divide/><ci>k</ci><cn>0</cn></apply>");

    /// <summary>The decay model whose rate uses an undefined symbol <c>kk</c>.</summary>
    public static string UndefinedSymbol() => Decay("<apply><times/><ci>kk</ci><ci>A</ci></apply>");

    /// <summary>The decay model with a rate in concentration/time where extent/time is expected.</summary>
    public static string UnitMismatch() => Decay("<apply><times/><ci>k</ci><ci>A</ci></apply>");

    /// <summary>Species S counted in amounts only (6 mol in a compartment of size 3: 2 mol/L), nothing changes it.</summary>
    public static string OnlySubstance() => L3V2(
        """
        <listOfCompartments>
          <compartment id="box" spatialDimensions="3" size="3" units="litre" constant="true"/>
        </listOfCompartments>
        <listOfSpecies>
          <species id="S" compartment="box" initialAmount="6" hasOnlySubstanceUnits="true" boundaryCondition="false" constant="false"/>
        </listOfSpecies>
        """,
        """id="amounts" timeUnits="second" substanceUnits="mole" extentUnits="mole" """);

    /// <summary>A model with one of each kind of element, for <c>describe</c>.</summary>
    public static string Rich() => L3V2(
        $"""
        <listOfFunctionDefinitions>
          <functionDefinition id="f"><math xmlns="{MathNs}"><lambda><bvar><ci>x</ci></bvar><bvar><ci>y</ci></bvar><apply><times/><ci>x</ci><ci>y</ci></apply></lambda></math></functionDefinition>
        </listOfFunctionDefinitions>
        {PerSecond}
        <listOfCompartments>
          <compartment id="cell" spatialDimensions="3" size="1" units="litre" constant="true"/>
        </listOfCompartments>
        <listOfSpecies>
          <species id="S" name="substrate" compartment="cell" initialConcentration="2" hasOnlySubstanceUnits="false" boundaryCondition="false" constant="false"/>
          <species id="P" compartment="cell" initialAmount="0" hasOnlySubstanceUnits="false" boundaryCondition="false" constant="false"/>
          <species id="E" compartment="cell" initialAmount="1" hasOnlySubstanceUnits="true" boundaryCondition="true" constant="true"/>
        </listOfSpecies>
        <listOfParameters>
          <parameter id="k1" value="0.1" units="per_second" constant="true"/>
          <parameter id="double_k" units="per_second" constant="true"/>
          <parameter id="total" constant="false"/>
        </listOfParameters>
        <listOfInitialAssignments>
          <initialAssignment symbol="double_k"><math xmlns="{MathNs}"><apply><times/><cn>2</cn><ci>k1</ci></apply></math></initialAssignment>
        </listOfInitialAssignments>
        <listOfRules>
          <assignmentRule variable="total"><math xmlns="{MathNs}"><apply><plus/><ci>S</ci><ci>P</ci></apply></math></assignmentRule>
        </listOfRules>
        <listOfReactions>
          <reaction id="R1" name="conversion" reversible="false">
            <listOfReactants><speciesReference species="S" stoichiometry="1" constant="true"/></listOfReactants>
            <listOfProducts><speciesReference species="P" stoichiometry="2" constant="true"/></listOfProducts>
            <listOfModifiers><modifierSpeciesReference species="E"/></listOfModifiers>
            <kineticLaw>
              <math xmlns="{MathNs}"><apply><times/><ci>kl</ci><apply><ci>f</ci><ci>k1</ci><ci>S</ci></apply><ci>cell</ci></apply></math>
              <listOfLocalParameters><localParameter id="kl" value="3" units="dimensionless"/></listOfLocalParameters>
            </kineticLaw>
          </reaction>
        </listOfReactions>
        <listOfEvents>
          <event id="reset" useValuesFromTriggerTime="true">
            <trigger initialValue="true" persistent="true"><math xmlns="{MathNs}"><apply><gt/>{TimeSymbol}<cn>5</cn></apply></math></trigger>
            <delay><math xmlns="{MathNs}"><cn>1</cn></math></delay>
            <listOfEventAssignments>
              <eventAssignment variable="S"><math xmlns="{MathNs}"><cn>2</cn></math></eventAssignment>
            </listOfEventAssignments>
          </event>
        </listOfEvents>
        """,
        """id="rich" name="Rich model" timeUnits="second" substanceUnits="mole" extentUnits="mole" volumeUnits="litre" """);

    /// <summary>The decay model in Antimony: [A](t) = 5·e^(−t/2), [B](t) = 10·(1 − e^(−t/2)).</summary>
    public const string DecayAntimony = """
        // First-order decay
        model decay()
          compartment cell = 2;
          species A in cell, B in cell;
          A = 5;
          B = 0;
          k = 0.5;
          R1: A => 2 B; k * A * cell;
        end
        """;

    /// <summary>Nested entities that would expand to 10⁹ copies ("billion laughs").</summary>
    public static string XmlBomb()
    {
        var entities = new System.Text.StringBuilder("  <!ENTITY lol0 \"lol\">\n");
        for (var i = 1; i <= 9; i++)
        {
            var previous = string.Concat(Enumerable.Repeat($"&lol{i - 1};", 10));
            entities.Append($"  <!ENTITY lol{i} \"{previous}\">\n");
        }

        return $"""
            <?xml version="1.0"?>
            <!DOCTYPE sbml [
            {entities}]>
            <sbml xmlns="http://www.sbml.org/sbml/level3/version2/core" level="3" version="2"><model id="m" name="&lol9;"/></sbml>
            """;
    }

    /// <summary>An external entity that would pull <paramref name="secretPath"/> into the model's name.</summary>
    public static string ExternalEntity(string secretPath) => $"""
        <?xml version="1.0"?>
        <!DOCTYPE sbml [ <!ENTITY secret SYSTEM "file://{secretPath}"> ]>
        <sbml xmlns="http://www.sbml.org/sbml/level3/version2/core" level="3" version="2"><model id="m" name="&secret;"/></sbml>
        """;

    public static string L3V2(string content, string modelAttributes) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <sbml xmlns="http://www.sbml.org/sbml/level3/version2/core" level="3" version="2">
          <model {modelAttributes}>
        {content}
          </model>
        </sbml>
        """;
}
