using Myokinetics.Core.Diagnostics;
using Myokinetics.Core.Math;
using Myokinetics.Core.Model;
using Myokinetics.Core.Units;
using static Myokinetics.Core.Tests.Units.UnitTestModels;

namespace Myokinetics.Core.Tests.Units;

/// <summary>How the units of expressions are derived; every case is a rule <c>x := ...</c> with
/// <c>x</c> in mole in the model of <see cref="UnitTestModels.Consistent"/>.</summary>
public sealed class UnitCheckerExpressionTests
{
    [Fact]
    public void Adding_Different_Units_Is_Reported_Once()
    {
        // Without the "once", k + A would also be reported as a 1/second rule for a mole variable.
        var d = Assert.Single(UnitChecker.Check(WithRuleForX(Plus(Sym("k"), Sym("A")))));

        Assert.Equal(Severity.Warning, d.Severity);
        Assert.Equal("assignment rule for x: the arguments of plus have different units: 1/second and mole", d.Message);
    }

    [Fact]
    public void Adding_Millimole_To_Mole_Is_Reported()
    {
        var d = Assert.Single(UnitChecker.Check(WithRuleForX(Ap(MathOperator.Minus, Sym("A"), Num(5, "mmol")))));

        Assert.Equal("assignment rule for x: the arguments of minus have different units: mole and millimole", d.Message);
    }

    [Fact]
    public void A_Number_Without_Units_Takes_The_Units_Of_What_It_Is_Added_To()
    {
        Assert.Empty(UnitChecker.Check(WithRuleForX(Plus(Sym("A"), Num(1)))));

        // (A + 1)·k is mole/second whatever the 1 is, so the mismatch with x is still found.
        var d = Assert.Single(UnitChecker.Check(WithRuleForX(Times(Plus(Sym("A"), Num(1)), Sym("k")))));
        Assert.Equal("assignment rule for x has units mole/second; expected mole (units of x)", d.Message);
    }

    [Fact]
    public void A_Product_With_A_Number_Without_Units_Is_Undetermined()
    {
        Assert.Empty(UnitChecker.Check(WithRuleForX(Times(Num(2), Sym("S")))));
    }

    [Fact]
    public void A_Number_With_Units_Counts_With_Them()
    {
        Assert.Empty(UnitChecker.Check(WithRuleForX(Times(Num(2, "litre"), Sym("S")))));

        var d = Assert.Single(UnitChecker.Check(WithRuleForX(Times(Num(2, "dimensionless"), Sym("S")))));
        Assert.Equal("assignment rule for x has units mole/litre; expected mole (units of x)", d.Message);
    }

    [Fact]
    public void A_Number_With_Undefined_Units_Is_Reported_And_Undetermined()
    {
        var d = Assert.Single(UnitChecker.Check(WithRuleForX(Times(Num(2.5, "furlong"), Sym("S")))));

        Assert.Equal("assignment rule for x: number 2.5 has undefined units 'furlong'", d.Message);
    }

    [Fact]
    public void Symbols_With_Undeclared_Units_Are_Listed_In_One_Info()
    {
        var model = Consistent() with
        {
            Parameters = Consistent().Parameters.AddRange(Param("u", null), Param("w", null)),
            Rules = [new AssignmentRule("x", Times(Sym("u"), Sym("A"))), new RateRule("A", Times(Sym("w"), Sym("u")))],
        };

        var d = Assert.Single(UnitChecker.Check(model));

        Assert.Equal(Severity.Info, d.Severity);
        Assert.Equal("units are undeclared for u, w; expressions using them could not be fully checked", d.Message);
        Assert.Null(d.Location);
    }

    [Fact]
    public void Exponential_Functions_Want_Dimensionless_Arguments()
    {
        var d = Assert.Single(UnitChecker.Check(WithRuleForX(Times(Sym("A"), Ap(MathOperator.Exp, Sym("k"))))));

        Assert.Equal("assignment rule for x: the argument of exp has units 1/second; expected dimensionless", d.Message);
    }

    [Theory]
    [InlineData(MathOperator.Ln, "ln")]
    [InlineData(MathOperator.Sin, "sin")]
    [InlineData(MathOperator.ArcTanh, "arctanh")]
    [InlineData(MathOperator.Factorial, "factorial")]
    public void Transcendental_Functions_Want_Dimensionless_Arguments(MathOperator op, string name)
    {
        var d = Assert.Single(UnitChecker.Check(WithRuleForX(Times(Sym("A"), Ap(op, Sym("c"))))));

        Assert.Equal($"assignment rule for x: the argument of {name} has units mole/litre; expected dimensionless", d.Message);
    }

    [Fact]
    public void A_Ratio_Of_Like_Quantities_Is_A_Valid_Argument_Of_Ln()
    {
        Assert.Empty(UnitChecker.Check(WithRuleForX(Times(Sym("A"), Ap(MathOperator.Ln, Ap(MathOperator.Divide, Sym("S"), Sym("c")))))));
    }

    [Fact]
    public void Abs_Floor_And_Ceiling_Keep_Their_Arguments_Units()
    {
        Assert.Empty(UnitChecker.Check(WithRuleForX(Ap(MathOperator.Abs, Ap(MathOperator.Floor, Ap(MathOperator.Ceiling, Sym("A")))))));
    }

    [Fact]
    public void Max_And_Min_Want_Equal_Units()
    {
        Assert.Empty(UnitChecker.Check(WithRuleForX(Ap(MathOperator.Max, Sym("A"), Num(0)))));

        var d = Assert.Single(UnitChecker.Check(WithRuleForX(Ap(MathOperator.Min, Sym("A"), Sym("S")))));
        Assert.Equal("assignment rule for x: the arguments of min have different units: mole and mole/litre", d.Message);
    }

    [Fact]
    public void Piecewise_Values_Must_Agree()
    {
        var math = new PiecewiseNode([new Piece(Sym("A"), Ap(MathOperator.Gt, Sym("S"), Sym("c")))], Sym("S"));

        var d = Assert.Single(UnitChecker.Check(WithRuleForX(math)));

        Assert.Equal("assignment rule for x: the pieces of piecewise have different units: mole and mole/litre", d.Message);
    }

    [Fact]
    public void Piecewise_Conditions_Must_Be_Booleans()
    {
        var math = new PiecewiseNode([new Piece(Sym("A"), Sym("S"))], Num(0));

        var d = Assert.Single(UnitChecker.Check(WithRuleForX(math)));

        Assert.Equal("assignment rule for x: a condition of piecewise has units mole/litre; expected a boolean or dimensionless", d.Message);
    }

    [Fact]
    public void Piecewise_Of_Booleans_Is_A_Boolean()
    {
        var condition = new PiecewiseNode([new Piece(BooleanNode.True, Ap(MathOperator.Lt, Sym("A"), Sym("x")))], BooleanNode.False);
        var model = Consistent() with { Events = [Event("E", condition)] };

        Assert.Empty(UnitChecker.Check(model));
    }

    [Fact]
    public void Logical_Operators_Want_Booleans()
    {
        var trigger = Ap(MathOperator.And, Ap(MathOperator.Gt, Sym("S"), Sym("c")), Sym("A"));
        var model = Consistent() with { Events = [Event("E", trigger)] };

        var d = Assert.Single(UnitChecker.Check(model));

        Assert.Equal("trigger of event E: the argument of and has units mole; expected a boolean or dimensionless", d.Message);
    }

    [Fact]
    public void A_Power_With_A_Constant_Exponent_Raises_The_Units()
    {
        // S^n with the constant n = 4: (mole/litre)^4; times litre^4/mole^3 gives mole.
        var math = Times(Ap(MathOperator.Power, Sym("S"), Sym("n")), Ap(MathOperator.Power, Sym("cell"), Num(4)), Ap(MathOperator.Power, Sym("A"), Num(-3)));

        Assert.Empty(UnitChecker.Check(WithRuleForX(math)));
    }

    [Fact]
    public void A_Power_With_A_Variable_Exponent_Wants_A_Dimensionless_Base()
    {
        var model = Consistent() with
        {
            Parameters = Consistent().Parameters.Add(Param("m", "dimensionless", 2.0, constant: false)),
            Rules = [new AssignmentRule("x", Ap(MathOperator.Power, Sym("A"), Sym("m")))],
        };

        var d = Assert.Single(UnitChecker.Check(model));

        Assert.Equal("assignment rule for x: the base of power has units mole and the exponent is not a constant; expected dimensionless", d.Message);
    }

    [Fact]
    public void The_Exponent_Of_A_Power_Must_Be_Dimensionless()
    {
        var d = Assert.Single(UnitChecker.Check(WithRuleForX(Ap(MathOperator.Power, Sym("A"), Sym("k")))));

        Assert.Equal("assignment rule for x: the exponent of power has units 1/second; expected dimensionless", d.Message);
    }

    [Fact]
    public void A_Root_With_A_Constant_Degree_Takes_The_Root_Of_The_Units()
    {
        // root(2, A^2) is mole; root(3, cell) is a length, not mole.
        Assert.Empty(UnitChecker.Check(WithRuleForX(Ap(MathOperator.Root, Num(2), Times(Sym("A"), Sym("A"))))));

        var d = Assert.Single(UnitChecker.Check(WithRuleForX(Ap(MathOperator.Root, Num(3), Sym("cell")))));
        Assert.Equal("assignment rule for x has units decimetre; expected mole (units of x)", d.Message);
    }

    [Fact]
    public void Delay_Has_The_Units_Of_Its_First_Argument_And_Wants_Time_Second()
    {
        Assert.Empty(UnitChecker.Check(WithRuleForX(Ap(MathOperator.Delay, Sym("A"), Num(5, "second")))));

        var d = Assert.Single(UnitChecker.Check(WithRuleForX(Ap(MathOperator.Delay, Sym("A"), Num(5, "minute")))));
        Assert.Equal("assignment rule for x: the delay argument of delay has units minute; expected second (model time units)", d.Message);
    }

    [Fact]
    public void RateOf_Has_The_Units_Of_Its_Argument_Per_Time()
    {
        var d = Assert.Single(UnitChecker.Check(WithRuleForX(Ap(MathOperator.RateOf, Sym("A")))));

        Assert.Equal("assignment rule for x has units mole/second; expected mole (units of x)", d.Message);
        Assert.Empty(UnitChecker.Check(WithRuleForX(Times(Ap(MathOperator.RateOf, Sym("A")), Num(1, "second")))));
    }

    [Fact]
    public void Time_Has_The_Models_Time_Units()
    {
        Assert.Empty(UnitChecker.Check(WithRuleForX(Times(CSymbolNode.Time, Sym("A"), Sym("k")))));

        var d = Assert.Single(UnitChecker.Check(WithRuleForX(Times(CSymbolNode.Time, Sym("A"), Sym("kmin")))));
        Assert.Equal("assignment rule for x has units 0.01666666667 mole; expected mole (units of x)", d.Message);
    }

    [Fact]
    public void Avogadro_Is_Dimensionless_And_Converts_Nothing()
    {
        Assert.Empty(UnitChecker.Check(WithRuleForX(Times(CSymbolNode.Avogadro, Sym("A")))));
    }

    [Fact]
    public void A_Reaction_Symbol_Is_Its_Rate_In_Extent_Per_Time()
    {
        var d = Assert.Single(UnitChecker.Check(WithRuleForX(Sym("J1"))));

        Assert.Equal("assignment rule for x has units mole/second; expected mole (units of x)", d.Message);
    }

    [Fact]
    public void Relational_Operators_Want_Equal_Units()
    {
        var model = Consistent() with { Events = [Event("E", Ap(MathOperator.Geq, CSymbolNode.Time, Num(10, "minute")))] };

        var d = Assert.Single(UnitChecker.Check(model));

        Assert.Equal("trigger of event E: the arguments of geq have different units: second and minute", d.Message);
    }

    [Fact]
    public void A_Function_Is_Checked_By_Inlining_Its_Body()
    {
        var model = Consistent() with
        {
            Functions = [new FunctionDefinition("mul", ["a", "b"], Times(Sym("a"), Sym("b")))],
            Rules = [new AssignmentRule("x", new CallNode("mul", Sym("A"), Sym("k")))],
        };

        var d = Assert.Single(UnitChecker.Check(model));

        Assert.Equal("assignment rule for x has units mole/second; expected mole (units of x)", d.Message);
    }

    [Fact]
    public void An_Inconsistency_Inside_A_Function_Names_The_Function()
    {
        var model = Consistent() with
        {
            Functions =
            [
                new FunctionDefinition("add", ["a", "b"], Plus(Sym("a"), Sym("b"))),
                new FunctionDefinition("twice", ["a"], new CallNode("add", Sym("a"), Sym("a"))),
            ],
            Rules = [new AssignmentRule("x", Plus(new CallNode("twice", Sym("A")), new CallNode("add", Sym("A"), Sym("S"))))],
        };

        var d = Assert.Single(UnitChecker.Check(model));

        Assert.Equal("assignment rule for x (in function add): the arguments of plus have different units: mole and mole/litre", d.Message);
    }

    [Fact]
    public void A_Function_Gives_Different_Units_For_Different_Arguments()
    {
        var model = Consistent() with
        {
            Functions = [new FunctionDefinition("hill", ["s", "K", "h"], Ap(
                MathOperator.Divide,
                Ap(MathOperator.Power, Sym("s"), Sym("h")),
                Plus(Ap(MathOperator.Power, Sym("K"), Sym("h")), Ap(MathOperator.Power, Sym("s"), Sym("h")))))],
            Rules = [new AssignmentRule("x", Times(Sym("A"), new CallNode("hill", Sym("S"), Sym("c"), Sym("n"))))],
        };

        Assert.Empty(UnitChecker.Check(model));
    }

    [Fact]
    public void Booleans_Used_As_Numbers_Are_Dimensionless()
    {
        var d = Assert.Single(UnitChecker.Check(WithRuleForX(Plus(Sym("A"), Ap(MathOperator.Gt, Sym("S"), Sym("c"))))));

        Assert.Equal("assignment rule for x: the arguments of plus have different units: mole and dimensionless", d.Message);
    }
}
