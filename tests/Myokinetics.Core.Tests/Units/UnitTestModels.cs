using Myokinetics.Core.Math;
using Myokinetics.Core.Model;
using IrModel = Myokinetics.Core.Model.Model;

namespace Myokinetics.Core.Tests.Units;

/// <summary>Small IR models and expression builders for the unit tests.</summary>
internal static class UnitTestModels
{
    public static NumberNode Num(double value, string? units = null) => new(value, units);

    public static SymbolNode Sym(string name) => new(name);

    public static ApplyNode Ap(MathOperator op, params MathNode[] args) => new(op, args);

    public static ApplyNode Times(params MathNode[] args) => new(MathOperator.Times, args);

    public static ApplyNode Plus(params MathNode[] args) => new(MathOperator.Plus, args);

    public static UnitDefinition Def(string id, params Unit[] units) => new(id, [.. units]);

    public static Parameter Param(string id, string? units, double? value = 1.0, bool constant = true) =>
        new(id, value, units, constant);

    public static Compartment Comp(string id, string? units = "litre", double? dimensions = 3) =>
        new(id, dimensions, 1.0, units, Constant: true);

    public static Species Spec(string id, string compartment = "cell", string? substanceUnits = null, bool onlySubstance = false) =>
        new(id, compartment, null, 1.0, substanceUnits, onlySubstance, BoundaryCondition: false, Constant: false, ConversionFactor: null);

    public static SpeciesReference Ref(string species, double stoichiometry = 1.0, string? id = null) =>
        new(species, stoichiometry, Constant: true, id);

    public static Reaction Reaction(string id, MathNode law, ImmutableArray<SpeciesReference> reactants, params Parameter[] locals) =>
        new(
            id,
            reactants,
            ImmutableArray<SpeciesReference>.Empty,
            ImmutableArray<ModifierReference>.Empty,
            new KineticLaw(law, [.. locals]),
            Reversible: false,
            Fast: false,
            Compartment: null);

    public static Event Event(string? id, MathNode trigger, params EventAssignment[] assignments) =>
        new(id, new Trigger(trigger, InitialValue: false, Persistent: true), null, null, UseValuesFromTriggerTime: true, [.. assignments]);

    /// <summary>
    /// A consistent SBML Level 3 model: time in seconds, substance and extent in mole, volume in
    /// litre; compartment <c>cell</c> (litre); species <c>S</c> (a concentration, mole/litre) and
    /// <c>A</c> (an amount, mole); parameters <c>k</c> (1/second), <c>kmin</c> (1/minute),
    /// <c>c</c> (mole/litre), <c>n</c> (dimensionless, 4), <c>x</c> (mole, variable); reaction
    /// <c>J1</c>: S → with kinetic law <c>k·S·cell</c> (mole/second).
    /// </summary>
    public static IrModel Consistent() => IrModel.Empty("m") with
    {
        SbmlLevelVersion = (3, 2),
        Units = new ModelUnits(Substance: "mole", Time: "second", Volume: "litre", Extent: "mole"),
        UnitDefinitions =
        [
            Def("per_second", new Unit("second", -1)),
            Def("per_minute", new Unit("second", -1, 0, 60)),
            Def("minute", new Unit("second", 1, 0, 60)),
            Def("mM", new Unit("mole", 1, -3), new Unit("litre", -1)),
            Def("molar", new Unit("mole"), new Unit("litre", -1)),
            Def("mmol", new Unit("mole", 1, -3)),
            Def("mole_per_second", new Unit("mole"), new Unit("second", -1)),
        ],
        Compartments = [Comp("cell")],
        Species = [Spec("S"), Spec("A", onlySubstance: true)],
        Parameters =
        [
            Param("k", "per_second"),
            Param("kmin", "per_minute"),
            Param("c", "molar"),
            Param("n", "dimensionless", 4.0),
            Param("x", "mole", 0.0, constant: false),
        ],
        Reactions = [Reaction("J1", Times(Sym("k"), Sym("S"), Sym("cell")), [Ref("S")])],
    };

    /// <summary><see cref="Consistent"/> with one more assignment rule <c>x := math</c>.</summary>
    public static IrModel WithRuleForX(MathNode math) => Consistent() with { Rules = [new AssignmentRule("x", math)] };
}
