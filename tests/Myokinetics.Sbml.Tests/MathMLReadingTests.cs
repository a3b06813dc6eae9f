using Myokinetics.Core.Diagnostics;
using Myokinetics.Core.Math;

namespace Myokinetics.Sbml.Tests;

public sealed class MathMLReadingTests
{
    private const string Csymbol = "http://www.sbml.org/sbml/symbols/";

    public static TheoryData<string, MathOperator, int> Operators => new()
    {
        { "plus", MathOperator.Plus, 3 }, { "minus", MathOperator.Minus, 2 }, { "times", MathOperator.Times, 3 },
        { "divide", MathOperator.Divide, 2 }, { "power", MathOperator.Power, 2 }, { "abs", MathOperator.Abs, 1 },
        { "exp", MathOperator.Exp, 1 }, { "ln", MathOperator.Ln, 1 }, { "floor", MathOperator.Floor, 1 },
        { "ceiling", MathOperator.Ceiling, 1 }, { "factorial", MathOperator.Factorial, 1 },
        { "quotient", MathOperator.Quotient, 2 }, { "rem", MathOperator.Rem, 2 }, { "max", MathOperator.Max, 3 },
        { "min", MathOperator.Min, 2 }, { "sin", MathOperator.Sin, 1 }, { "cos", MathOperator.Cos, 1 },
        { "tan", MathOperator.Tan, 1 }, { "sec", MathOperator.Sec, 1 }, { "csc", MathOperator.Csc, 1 },
        { "cot", MathOperator.Cot, 1 }, { "sinh", MathOperator.Sinh, 1 }, { "cosh", MathOperator.Cosh, 1 },
        { "tanh", MathOperator.Tanh, 1 }, { "sech", MathOperator.Sech, 1 }, { "csch", MathOperator.Csch, 1 },
        { "coth", MathOperator.Coth, 1 }, { "arcsin", MathOperator.ArcSin, 1 }, { "arccos", MathOperator.ArcCos, 1 },
        { "arctan", MathOperator.ArcTan, 1 }, { "arcsec", MathOperator.ArcSec, 1 }, { "arccsc", MathOperator.ArcCsc, 1 },
        { "arccot", MathOperator.ArcCot, 1 }, { "arcsinh", MathOperator.ArcSinh, 1 }, { "arccosh", MathOperator.ArcCosh, 1 },
        { "arctanh", MathOperator.ArcTanh, 1 }, { "arcsech", MathOperator.ArcSech, 1 }, { "arccsch", MathOperator.ArcCsch, 1 },
        { "arccoth", MathOperator.ArcCoth, 1 }, { "eq", MathOperator.Eq, 2 }, { "neq", MathOperator.Neq, 2 },
        { "gt", MathOperator.Gt, 3 }, { "lt", MathOperator.Lt, 2 }, { "geq", MathOperator.Geq, 2 },
        { "leq", MathOperator.Leq, 2 }, { "and", MathOperator.And, 2 }, { "or", MathOperator.Or, 3 },
        { "xor", MathOperator.Xor, 2 }, { "not", MathOperator.Not, 1 }, { "implies", MathOperator.Implies, 2 },
    };

    [Theory]
    [MemberData(nameof(Operators))]
    public void Every_Operator_Reads_As_An_Apply_Node(string element, MathOperator op, int arity)
    {
        var args = Enumerable.Range(0, arity).Select(i => $"a{i}").ToArray();
        var math = SbmlText.ReadMath($"<apply><{element}/>{string.Concat(args.Select(a => $"<ci>{a}</ci>"))}</apply>");
        MathAssert.Equal(new ApplyNode(op, args.Select(a => (MathNode)new SymbolNode(a)).ToArray()), math);
    }

    [Fact]
    public void Every_Operator_Of_The_Enumeration_Except_The_Csymbols_Has_A_MathML_Element()
    {
        var covered = Operators.Select(row => (MathOperator)row[1]).Concat([MathOperator.Root, MathOperator.Log, MathOperator.Delay, MathOperator.RateOf]);
        Assert.Equal(Enum.GetValues<MathOperator>().Order(), covered.Order());
    }

    [Theory]
    [InlineData("<apply><plus/></apply>", 0.0)]
    [InlineData("<apply><times/></apply>", 1.0)]
    public void Nary_Plus_And_Times_Without_Arguments_Are_Their_Identities(string xml, double value)
    {
        MathAssert.Equal(new NumberNode(value), SbmlText.ReadMath(xml));
    }

    [Fact]
    public void Logical_Operators_Without_Arguments_Are_Their_Identities()
    {
        MathAssert.Equal(BooleanNode.True, SbmlText.ReadMath("<apply><and/></apply>"));
        MathAssert.Equal(BooleanNode.False, SbmlText.ReadMath("<apply><or/></apply>"));
        MathAssert.Equal(BooleanNode.False, SbmlText.ReadMath("<apply><xor/></apply>"));
    }

    [Fact]
    public void Plus_And_Times_With_One_Argument_Keep_It()
    {
        MathAssert.Equal(new ApplyNode(MathOperator.Plus, new SymbolNode("x")), SbmlText.ReadMath("<apply><plus/><ci>x</ci></apply>"));
        MathAssert.Equal(new ApplyNode(MathOperator.Times, new SymbolNode("x")), SbmlText.ReadMath("<apply><times/><ci>x</ci></apply>"));
    }

    [Fact]
    public void Unary_Minus_Is_Negation()
    {
        MathAssert.Equal(new ApplyNode(MathOperator.Minus, new SymbolNode("x")), SbmlText.ReadMath("<apply><minus/><ci>x</ci></apply>"));
    }

    [Fact]
    public void Root_Takes_Degree_Then_Argument_With_Default_Two()
    {
        MathAssert.Equal(new ApplyNode(MathOperator.Root, new NumberNode(2), new SymbolNode("x")), SbmlText.ReadMath("<apply><root/><ci>x</ci></apply>"));
        MathAssert.Equal(
            new ApplyNode(MathOperator.Root, new NumberNode(3), new SymbolNode("x")),
            SbmlText.ReadMath("<apply><root/><degree><cn type=\"integer\">3</cn></degree><ci>x</ci></apply>"));
    }

    [Fact]
    public void Log_Takes_Base_Then_Argument_With_Default_Ten()
    {
        MathAssert.Equal(new ApplyNode(MathOperator.Log, new NumberNode(10), new SymbolNode("x")), SbmlText.ReadMath("<apply><log/><ci>x</ci></apply>"));
        MathAssert.Equal(
            new ApplyNode(MathOperator.Log, new NumberNode(2), new SymbolNode("x")),
            SbmlText.ReadMath("<apply><log/><logbase><cn>2</cn></logbase><ci>x</ci></apply>"));
    }

    [Theory]
    [InlineData("<cn> 2.5 </cn>", 2.5)]
    [InlineData("<cn type=\"real\">-1e-3</cn>", -1e-3)]
    [InlineData("<cn type=\"double\">7</cn>", 7.0)]
    [InlineData("<cn type=\"integer\">\n 42 \n</cn>", 42.0)]
    [InlineData("<cn type=\"e-notation\"> 1.5 <sep/> -3 </cn>", 1.5e-3)]
    [InlineData("<cn type=\"e-notation\">6.02214076<sep/>23</cn>", 6.02214076e23)]
    [InlineData("<cn type=\"rational\"> 1 <sep/> 3 </cn>", 1.0 / 3.0)]
    [InlineData("<cn type=\"rational\">-7<sep/>2</cn>", -3.5)]
    [InlineData("<cn>INF</cn>", double.PositiveInfinity)]
    [InlineData("<cn>-INF</cn>", double.NegativeInfinity)]
    public void Numbers_Of_Every_Type_Are_Read_Exactly(string xml, double value)
    {
        var n = Assert.IsType<NumberNode>(SbmlText.ReadMath(xml));
        Assert.Equal(value, n.Value);
        Assert.Null(n.Units);
    }

    [Fact]
    public void Number_Units_Are_Kept()
    {
        var n = Assert.IsType<NumberNode>(SbmlText.ReadMath("<cn sbml:units=\"mole\">3</cn>"));
        Assert.Equal(new NumberNode(3, "mole"), n);
    }

    [Fact]
    public void Constants_Are_Read_As_Literals()
    {
        Assert.Equal(Math.PI, Assert.IsType<NumberNode>(SbmlText.ReadMath("<pi/>")).Value);
        Assert.Equal(Math.E, Assert.IsType<NumberNode>(SbmlText.ReadMath("<exponentiale/>")).Value);
        Assert.Equal(double.PositiveInfinity, Assert.IsType<NumberNode>(SbmlText.ReadMath("<infinity/>")).Value);
        Assert.True(double.IsNaN(Assert.IsType<NumberNode>(SbmlText.ReadMath("<notanumber/>")).Value));
        Assert.Equal(BooleanNode.True, SbmlText.ReadMath("<true/>"));
        Assert.Equal(BooleanNode.False, SbmlText.ReadMath("<false/>"));
    }

    [Fact]
    public void Identifiers_Are_Trimmed()
    {
        Assert.Equal(new SymbolNode("k_1"), SbmlText.ReadMath("<ci>\n   k_1  </ci>"));
    }

    [Fact]
    public void Csymbols_Are_Time_Avogadro_Delay_And_RateOf()
    {
        MathAssert.Equal(CSymbolNode.Time, SbmlText.ReadMath($"<csymbol encoding=\"text\" definitionURL=\"{Csymbol}time\"> t </csymbol>"));
        MathAssert.Equal(CSymbolNode.Avogadro, SbmlText.ReadMath($"<csymbol encoding=\"text\" definitionURL=\"{Csymbol}avogadro\">NA</csymbol>"));
        MathAssert.Equal(
            new ApplyNode(MathOperator.Delay, new SymbolNode("x"), new NumberNode(2)),
            SbmlText.ReadMath($"<apply><csymbol encoding=\"text\" definitionURL=\"{Csymbol}delay\">d</csymbol><ci>x</ci><cn>2</cn></apply>"));
        MathAssert.Equal(
            new ApplyNode(MathOperator.RateOf, new SymbolNode("S")),
            SbmlText.ReadMath($"<apply><csymbol encoding=\"text\" definitionURL=\"{Csymbol}rateOf\">rateOf</csymbol><ci>S</ci></apply>"));
    }

    [Fact]
    public void Piecewise_Keeps_Pieces_In_Order_And_The_Otherwise()
    {
        var math = SbmlText.ReadMath("""
            <piecewise>
              <piece><cn>1</cn><apply><lt/><ci>x</ci><cn>0</cn></apply></piece>
              <piece><cn>2</cn><apply><eq/><ci>x</ci><cn>0</cn></apply></piece>
              <otherwise><cn>3</cn></otherwise>
            </piecewise>
            """);
        MathAssert.Equal(
            new PiecewiseNode(
                [
                    new Piece(new NumberNode(1), new ApplyNode(MathOperator.Lt, new SymbolNode("x"), NumberNode.Zero)),
                    new Piece(new NumberNode(2), new ApplyNode(MathOperator.Eq, new SymbolNode("x"), NumberNode.Zero)),
                ],
                new NumberNode(3)),
            math);
    }

    [Fact]
    public void Piecewise_Without_Otherwise_Has_None()
    {
        var math = Assert.IsType<PiecewiseNode>(SbmlText.ReadMath("<piecewise><piece><cn>1</cn><true/></piece></piecewise>"));
        Assert.Null(math.Otherwise);
        Assert.Single(math.Pieces);
    }

    [Fact]
    public void Semantics_Wrappers_Give_Their_First_Child_And_Drop_Annotations()
    {
        MathAssert.Equal(
            new ApplyNode(MathOperator.Plus, new SymbolNode("a"), new SymbolNode("b")),
            SbmlText.ReadMath("<semantics><apply><plus/><ci>a</ci><ci>b</ci></apply><annotation encoding=\"text\">a+b</annotation></semantics>"));
    }

    [Fact]
    public void Function_Calls_Become_Call_Nodes()
    {
        MathAssert.Equal(new CallNode("f", new SymbolNode("x"), new NumberNode(1)), SbmlText.ReadMath("<apply><ci> f </ci><ci>x</ci><cn>1</cn></apply>"));
        MathAssert.Equal(new CallNode("g"), SbmlText.ReadMath("<apply><ci>g</ci></apply>"));
    }

    [Fact]
    public void A_Lambda_Inside_Semantics_Is_A_Function_Definition()
    {
        var model = SbmlText.Read(SbmlText.L3V2($"""
            <listOfFunctionDefinitions>
              <functionDefinition id="sq">{SbmlText.Math("<semantics><lambda><bvar><ci>x</ci></bvar><apply><power/><ci>x</ci><cn>2</cn></apply></lambda></semantics>")}</functionDefinition>
              <functionDefinition id="one">{SbmlText.Math("<lambda><cn>1</cn></lambda>")}</functionDefinition>
            </listOfFunctionDefinitions>
            """));
        Assert.Equal(["x"], model.Functions[0].Arguments.ToArray());
        MathAssert.Equal(new ApplyNode(MathOperator.Power, new SymbolNode("x"), new NumberNode(2)), model.Functions[0].Body);
        Assert.Empty(model.Functions[1].Arguments);
    }

    [Theory]
    [InlineData("<sum><ci>x</ci></sum>", "unknown MathML element <sum>")]
    [InlineData("<apply><diff/><ci>x</ci></apply>", "unknown MathML element <diff>")]
    [InlineData("<apply><divide/><ci>x</ci></apply>", "<divide> takes 2 argument(s), found 1")]
    [InlineData("<apply><sin/><ci>x</ci><ci>y</ci></apply>", "<sin> takes 1 argument(s), found 2")]
    [InlineData("<cn type=\"complex-cartesian\">1<sep/>2</cn>", "of type 'complex-cartesian' is not part of SBML")]
    [InlineData("<cn>abc</cn>", "<cn> must hold a number, found 'abc'")]
    [InlineData("<csymbol definitionURL=\"http://example.org/x\">x</csymbol>", "unknown csymbol definitionURL")]
    [InlineData("<lambda><cn>1</cn></lambda>", "<lambda> is allowed only as the math of a function definition")]
    [InlineData("<apply><cn>1</cn></apply>", "must start with an operator or a function name")]
    public void Invalid_Math_Throws_At_The_Element(string xml, string expected)
    {
        var ex = Assert.Throws<ModelFormatException>(() => SbmlText.ReadMath(xml));
        Assert.Contains(expected, ex.Detail, StringComparison.Ordinal);
        Assert.Equal(6, ex.Location.Line);
        Assert.True(ex.Location.Column > 0);
    }
}
