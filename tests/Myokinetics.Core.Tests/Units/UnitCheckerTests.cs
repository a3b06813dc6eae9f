using Myokinetics.Core.Diagnostics;
using Myokinetics.Core.Math;
using Myokinetics.Core.Model;
using Myokinetics.Core.Units;
using static Myokinetics.Core.Tests.Units.UnitTestModels;
using IrModel = Myokinetics.Core.Model.Model;

namespace Myokinetics.Core.Tests.Units;

/// <summary>What each place in a model requires of its expression's units.</summary>
public sealed class UnitCheckerTests
{
    [Fact]
    public void A_Consistent_Model_Has_No_Diagnostics()
    {
        var model = Consistent() with
        {
            Functions = [new FunctionDefinition("f", ["a", "b"], Times(Sym("a"), Sym("b")))],
            Parameters = Consistent().Parameters.AddRange(
                Param("y", "mole_per_second", constant: false),
                Param("z", "molar", constant: false),
                Param("h", "dimensionless", constant: false),
                Param("tt", "second", constant: false)),
            Rules =
            [
                new AssignmentRule("x", Plus(Sym("A"), Times(Sym("c"), Sym("cell")))),
                new RateRule("A", Times(Sym("k"), Sym("A"))),
                new AssignmentRule("y", new CallNode("f", Sym("k"), Sym("A"))),
                new AssignmentRule("z", new PiecewiseNode([new Piece(Sym("S"), Ap(MathOperator.Gt, Sym("S"), Sym("c")))], Sym("c"))),
                new AssignmentRule("h", Ap(
                    MathOperator.Divide,
                    Ap(MathOperator.Power, Sym("S"), Sym("n")),
                    Plus(Ap(MathOperator.Power, Sym("c"), Sym("n")), Ap(MathOperator.Power, Sym("S"), Sym("n"))))),
                new AssignmentRule("tt", CSymbolNode.Time),
            ],
            InitialAssignments = [new InitialAssignment("S", Sym("c"))],
            Events =
            [
                Event("E", Ap(MathOperator.Gt, Sym("S"), Sym("c")), new EventAssignment("x", Times(Sym("S"), Sym("cell"))))
                    with { Delay = Num(10, "second"), Priority = Num(1, "dimensionless") },
            ],
        };

        Assert.Empty(UnitChecker.Check(model));
    }

    [Fact]
    public void A_Kinetic_Law_In_Concentration_Per_Time_Is_Reported_With_Both_Units()
    {
        var location = new SourceLocation("model.xml", 40, 9);
        var model = Consistent() with
        {
            Reactions = [Reaction("J1", Times(Sym("k"), Sym("S")), [Ref("S")]) with { Location = location }],
        };

        var d = Assert.Single(UnitChecker.Check(model));

        Assert.Equal(Severity.Warning, d.Severity);
        Assert.Equal("kinetic law of reaction J1 has units mole/litre/second; expected mole/second (extent/time)", d.Message);
        Assert.Equal("J1", d.Element);
        Assert.Equal(location, d.Location);
    }

    [Fact]
    public void A_Millimole_Rate_Is_Not_A_Mole_Rate()
    {
        var model = Consistent() with
        {
            Species = [Spec("S"), Spec("M", substanceUnits: "mmol", onlySubstance: true)],
            Reactions = [Reaction("J1", Times(Sym("k"), Sym("M")), [Ref("S")])],
        };

        var d = Assert.Single(UnitChecker.Check(model));

        Assert.Equal("kinetic law of reaction J1 has units millimole/second; expected mole/second (extent/time)", d.Message);
    }

    [Fact]
    public void A_Per_Minute_Constant_In_A_Model_Timed_In_Seconds_Is_Reported()
    {
        var model = Consistent() with
        {
            Reactions = [Reaction("J1", Times(Sym("kmin"), Sym("S"), Sym("cell")), [Ref("S")])],
        };

        var d = Assert.Single(UnitChecker.Check(model));

        Assert.Equal("kinetic law of reaction J1 has units mole/minute; expected mole/second (extent/time)", d.Message);
    }

    [Fact]
    public void A_Per_Minute_Constant_In_A_Model_Timed_In_Minutes_Is_Consistent()
    {
        var model = Consistent() with
        {
            Units = new ModelUnits(Substance: "mole", Time: "minute", Volume: "litre", Extent: "mole"),
            Reactions = [Reaction("J1", Times(Sym("kmin"), Sym("S"), Sym("cell")), [Ref("S")])],
        };

        Assert.Empty(UnitChecker.Check(model));
    }

    [Fact]
    public void A_Local_Parameter_Shadows_The_Global_One()
    {
        var model = Consistent() with
        {
            Reactions = [Reaction("J1", Times(Sym("k"), Sym("S"), Sym("cell")), [Ref("S")], Param("k", "per_minute"))],
        };

        var d = Assert.Single(UnitChecker.Check(model));

        Assert.Equal("kinetic law of reaction J1 has units mole/minute; expected mole/second (extent/time)", d.Message);
    }

    [Fact]
    public void A_Rate_Rule_Must_Have_The_Variables_Units_Per_Time()
    {
        var model = Consistent() with { Rules = [new RateRule("A", Sym("k"))] };

        var d = Assert.Single(UnitChecker.Check(model));

        Assert.Equal("rate rule for A has units 1/second; expected mole/second (units of A/time)", d.Message);
        Assert.Equal("A", d.Element);
    }

    [Fact]
    public void A_Rate_Rule_For_A_Concentration_Expects_Concentration_Per_Time()
    {
        var model = Consistent() with { Rules = [new RateRule("S", Times(Sym("k"), Sym("A")))] };

        var d = Assert.Single(UnitChecker.Check(model));

        Assert.Equal("rate rule for S has units mole/second; expected mole/litre/second (units of S/time)", d.Message);
    }

    [Fact]
    public void An_Assignment_Rule_Must_Have_The_Variables_Units()
    {
        var d = Assert.Single(UnitChecker.Check(WithRuleForX(Sym("S"))));

        Assert.Equal("assignment rule for x has units mole/litre; expected mole (units of x)", d.Message);
        Assert.Equal("x", d.Element);
    }

    [Fact]
    public void An_Initial_Assignment_Must_Have_The_Symbols_Units()
    {
        var model = Consistent() with { InitialAssignments = [new InitialAssignment("cell", Sym("A"))] };

        var d = Assert.Single(UnitChecker.Check(model));

        Assert.Equal("initial assignment to cell has units mole; expected litre (units of cell)", d.Message);
    }

    [Fact]
    public void An_Assignment_To_A_Species_Reference_Must_Be_Dimensionless()
    {
        var model = Consistent() with
        {
            Reactions = [Reaction("J1", Times(Sym("k"), Sym("S"), Sym("cell")), [Ref("S", id: "sr")])],
            Rules = [new AssignmentRule("sr", Sym("k"))],
        };

        var d = Assert.Single(UnitChecker.Check(model));

        Assert.Equal("assignment rule for sr has units 1/second; expected dimensionless (units of sr)", d.Message);
    }

    [Fact]
    public void Stoichiometry_Math_Must_Be_Dimensionless()
    {
        var reference = new SpeciesReference("S", null, Constant: false, StoichiometryMath: Sym("A"));
        var model = Consistent() with
        {
            SbmlLevelVersion = (2, 4),
            Reactions = [Reaction("J1", Times(Sym("k"), Sym("S"), Sym("cell")), [reference])],
        };

        var d = Assert.Single(UnitChecker.Check(model));

        Assert.Equal("stoichiometry of species S in reaction J1 has units mole; expected dimensionless", d.Message);
    }

    [Fact]
    public void Event_Parts_Are_Checked_Against_Their_Requirements()
    {
        var model = Consistent() with
        {
            Events =
            [
                Event("E", Sym("A"), new EventAssignment("x", Sym("S")))
                    with { Delay = Num(1, "minute"), Priority = Sym("k") },
            ],
        };

        var messages = UnitChecker.Check(model).Select(d => d.Message);

        Assert.Equal(
            [
                "trigger of event E has units mole; expected a boolean or dimensionless",
                "delay of event E has units minute; expected second (model time units)",
                "priority of event E has units 1/second; expected dimensionless",
                "assignment to x in event E has units mole/litre; expected mole (units of x)",
            ],
            messages);
    }

    [Fact]
    public void An_Event_Without_An_Id_Is_Named_By_Its_Position()
    {
        var model = Consistent() with
        {
            Events = [Event(null, Ap(MathOperator.Gt, Sym("A"), Sym("S")))],
        };

        var d = Assert.Single(UnitChecker.Check(model));

        Assert.Equal("trigger of event #1: the arguments of gt have different units: mole and mole/litre", d.Message);
    }

    [Fact]
    public void A_Species_Changed_In_Other_Units_Than_Extent_Needs_A_Conversion_Factor()
    {
        var model = Consistent() with
        {
            Species = [Spec("S"), Spec("B", substanceUnits: "item", onlySubstance: true)],
            Reactions = [Reaction("J1", Times(Sym("k"), Sym("S"), Sym("cell")), [Ref("S"), Ref("B")])],
        };

        var d = Assert.Single(UnitChecker.Check(model));

        Assert.Equal("species B has substance units item; reactions change it in mole (extent units)", d.Message);
        Assert.Equal("B", d.Element);
    }

    [Fact]
    public void A_Conversion_Factor_With_The_Right_Units_Satisfies_The_Conversion_Check()
    {
        var model = Consistent() with
        {
            UnitDefinitions = Consistent().UnitDefinitions.Add(Def("item_per_mole", new Unit("item"), new Unit("mole", -1))),
            Species = [Spec("S"), Spec("B", substanceUnits: "item", onlySubstance: true) with { ConversionFactor = "nA" }],
            Parameters = Consistent().Parameters.Add(Param("nA", "item_per_mole", 6.02214179e23)),
            Reactions = [Reaction("J1", Times(Sym("k"), Sym("S"), Sym("cell")), [Ref("S"), Ref("B")])],
        };

        Assert.Empty(UnitChecker.Check(model));
    }

    [Fact]
    public void A_Conversion_Factor_With_Wrong_Units_Is_Reported()
    {
        var model = Consistent() with
        {
            Species = [Spec("S"), Spec("B", substanceUnits: "item", onlySubstance: true)],
            Parameters = Consistent().Parameters.Add(Param("cf", "dimensionless")),
            Reactions = [Reaction("J1", Times(Sym("k"), Sym("S"), Sym("cell")), [Ref("S"), Ref("B")])],
        } with
        {
            ConversionFactor = "cf",
        };

        var d = Assert.Single(UnitChecker.Check(model));

        Assert.Equal(
            "species B has substance units item; reactions change it in mole (extent units times the units of conversion factor cf)",
            d.Message);
    }

    [Fact]
    public void A_Level2_Model_Is_Checked_With_The_Built_In_Units()
    {
        var model = IrModel.Empty("m") with
        {
            SbmlLevelVersion = (2, 4),
            UnitDefinitions = [Def("per_second", new Unit("second", -1))],
            Compartments = [Comp("cell", units: null, dimensions: null)],
            Species = [Spec("S")],
            Parameters = [Param("k", "per_second")],
            Reactions = [Reaction("J1", Times(Sym("k"), Sym("S")), [Ref("S")])],
        };

        var d = Assert.Single(UnitChecker.Check(model));

        Assert.Equal("kinetic law of reaction J1 has units mole/litre/second; expected mole/second (extent/time)", d.Message);
    }

    [Fact]
    public void A_Level2_Model_With_Redefined_Substance_Expects_Its_Rates_In_That_Substance()
    {
        var model = IrModel.Empty("m") with
        {
            SbmlLevelVersion = (2, 4),
            UnitDefinitions =
            [
                Def("substance", new Unit("mole", 1, -3)),
                Def("per_second", new Unit("second", -1)),
                Def("mole_per_second", new Unit("mole"), new Unit("second", -1)),
            ],
            Compartments = [Comp("cell", units: null, dimensions: null)],
            Species = [Spec("S")],
            Parameters = [Param("k", "per_second"), Param("v", "mole_per_second", constant: false)],
            Reactions = [Reaction("J1", Times(Sym("k"), Sym("S"), Sym("cell")), [Ref("S")])],
        };

        Assert.Empty(UnitChecker.Check(model));
        var d = Assert.Single(UnitChecker.Check(model with { Rules = [new AssignmentRule("v", Sym("J1"))] }));
        Assert.Equal("assignment rule for v has units millimole/second; expected mole/second (units of v)", d.Message);
    }

    [Fact]
    public void Unit_Declaration_Problems_Come_First_Even_When_Unused()
    {
        var model = Consistent() with
        {
            UnitDefinitions = Consistent().UnitDefinitions.Add(Def("odd", new Unit("fortnight"))),
            Parameters = Consistent().Parameters.Add(Param("q", "furlong")),
            Rules = [new AssignmentRule("x", Sym("S"))],
        };

        var diagnostics = UnitChecker.Check(model);

        Assert.Equal(
            [
                "unit definition 'odd': 'fortnight' is not a unit kind",
                "parameter q: unit 'furlong' is not defined",
                "assignment rule for x has units mole/litre; expected mole (units of x)",
            ],
            diagnostics.Select(d => d.Message));
        Assert.All(diagnostics, d => Assert.Equal(Severity.Warning, d.Severity));
    }

    [Fact]
    public void A_Model_Without_Time_Units_Reports_Them_As_Undeclared_Once()
    {
        var model = Consistent() with
        {
            Units = new ModelUnits(Substance: "mole", Volume: "litre"),
            Rules = [new RateRule("A", Sym("k"))],
        };

        var d = Assert.Single(UnitChecker.Check(model));

        Assert.Equal(Severity.Info, d.Severity);
        Assert.Equal("units are undeclared for model time units; expressions using them could not be fully checked", d.Message);
    }

    [Fact]
    public void Broken_Models_Never_Make_The_Checker_Throw()
    {
        var model = IrModel.Empty("m") with
        {
            Functions =
            [
                new FunctionDefinition("loop", ["a"], new CallNode("loop", Sym("a"))),
                new FunctionDefinition("ping", ["a"], new CallNode("pong", Sym("a"))),
                new FunctionDefinition("pong", ["a"], new CallNode("ping", Sym("a"))),
            ],
            UnitDefinitions = [Def("self", new Unit("self")), Def("nan", new Unit("metre", double.NaN))],
            Species = [Spec("S", compartment: "nowhere", substanceUnits: "self")],
            Parameters = [Param("p", "nan")],
            Rules =
            [
                new AssignmentRule("ghost", new CallNode("loop", Num(1))),
                new RateRule("S", new CallNode("ping", Ap(MathOperator.Power, Sym("S")))),
                new AlgebraicRule(Ap(MathOperator.Delay, Sym("p"))),
                new AssignmentRule("p", new CallNode("undefined", Sym("S"), new PiecewiseNode([], null))),
            ],
            Events = [Event(null, Ap(MathOperator.RateOf), new EventAssignment("S", Ap(MathOperator.Root, Num(0), Sym("p"))))],
            Reactions = [Reaction("J", Ap(MathOperator.Divide, Sym("S")), [Ref("missing")])],
        };

        var diagnostics = UnitChecker.Check(model);

        Assert.Equal(
            [
                "unit definition 'self' refers to itself",
                "unit definition 'nan': a unit needs a positive finite multiplier and a finite exponent (found multiplier 1, exponent NaN)",
                "units are undeclared for model extent units, model time units, S, p; expressions using them could not be fully checked",
            ],
            diagnostics.Select(d => d.Message));
    }
}
