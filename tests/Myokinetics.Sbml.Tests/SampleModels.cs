using Myokinetics.Core.Math;
using Myokinetics.Core.Model;

namespace Myokinetics.Sbml.Tests;

/// <summary>Models built directly in the IR, setting every field.</summary>
internal static class SampleModels
{
    public static Model Everything()
    {
        var s = new SymbolNode("S");
        var k = new SymbolNode("k");
        var cv = ImmutableArray.Create(
            new CvTerm("bqbiol:is", ["http://identifiers.org/uniprot/P05231"]),
            new CvTerm("bqbiol:hasPart", ["http://identifiers.org/chebi/CHEBI:1", "http://identifiers.org/chebi/CHEBI:2"]));
        return Model.Empty("everything") with
        {
            Name = "Everything model",
            MetaId = "meta_model",
            SboTerm = "SBO:0000004",
            Notes = "<body xmlns=\"http://www.w3.org/1999/xhtml\"><p>Every field &amp; <b>more</b>.</p></body>",
            CvTerms = [new CvTerm("bqmodel:isDescribedBy", ["http://identifiers.org/pubmed/123"])],
            Units = new ModelUnits("mole", "second", "litre", "m2", "metre", "mole"),
            ConversionFactor = "cf",
            Functions = [new FunctionDefinition("f", ["x", "y"], new ApplyNode(MathOperator.Times, new SymbolNode("x"), new SymbolNode("y"))) { Name = "product" }],
            UnitDefinitions =
            [
                new UnitDefinition("m2", [new Unit("metre", 2)]),
                new UnitDefinition("per_hour", [new Unit("second", -1, 0, 3600), new Unit("dimensionless", 1.5, -3, 0.5)]) { SboTerm = "SBO:0000347" },
            ],
            Compartments =
            [
                new Compartment("c", 3, 1.5, "litre", true) { MetaId = "c_meta", CvTerms = cv },
                new Compartment("membrane", 2, null, "m2", false),
                new Compartment("point", null, null, null, true),
            ],
            Species =
            [
                new Species("S", "c", 1.25, null, "mole", false, false, false, "cf") { Name = "substrate" },
                new Species("P", "c", null, 0.5, null, true, true, true, null),
            ],
            Parameters =
            [
                new Parameter("k", 0.1, "per_hour", true),
                new Parameter("cf", 2, "dimensionless", true),
                new Parameter("v", null, null, false),
            ],
            InitialAssignments =
            [
                new InitialAssignment("v", new ApplyNode(MathOperator.Times, k, new NumberNode(3, "dimensionless"))),
                new InitialAssignment("r_P", NumberNode.One) { Name = "initial product stoichiometry" },
            ],
            Rules =
            [
                new AssignmentRule("v", new CallNode("f", k, s)),
                new RateRule("membrane", NumberNode.Zero) { Notes = "<p xmlns=\"http://www.w3.org/1999/xhtml\">rate</p>" },
                new AlgebraicRule(new ApplyNode(MathOperator.Minus, new SymbolNode("P"), new ApplyNode(MathOperator.RateOf, s))),
            ],
            Reactions =
            [
                new Reaction(
                    "r",
                    [new SpeciesReference("S", 2, true, "r_S") { SboTerm = "SBO:0000010" }],
                    [new SpeciesReference("P", null, false, "r_P")],
                    [new ModifierReference("P", "mod")],
                    new KineticLaw(new ApplyNode(MathOperator.Times, new SymbolNode("kl"), s), [new Parameter("kl", 4, "per_hour", true) { Name = "local" }]) { MetaId = "law" },
                    Reversible: false,
                    Fast: true,
                    Compartment: "c"),
                new Reaction("empty", [], [], [], null, true, false, null),
            ],
            Events =
            [
                new Event(
                    "e",
                    new Trigger(new ApplyNode(MathOperator.Gt, CSymbolNode.Time, new NumberNode(10)), InitialValue: false, Persistent: false) { SboTerm = "SBO:0000000" },
                    new ApplyNode(MathOperator.Delay, s, new NumberNode(1)),
                    new NumberNode(2),
                    UseValuesFromTriggerTime: false,
                    [new EventAssignment("S", new ApplyNode(MathOperator.Times, CSymbolNode.Avogadro, NumberNode.Zero)), new EventAssignment("r_P", new NumberNode(3))]),
                new Event(null, new Trigger(BooleanNode.True, true, true), null, null, true, []),
            ],
        };
    }
}
