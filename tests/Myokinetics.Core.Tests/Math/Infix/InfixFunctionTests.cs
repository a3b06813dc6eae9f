using Myokinetics.Core.Math;
using Myokinetics.Core.Math.Infix;
using static Myokinetics.Core.Tests.Math.Infix.M;

namespace Myokinetics.Core.Tests.Math.Infix;

public sealed class InfixFunctionTests
{
    public static TheoryData<string, MathOperator> UnaryFunctions => new()
    {
        { "abs", MathOperator.Abs },
        { "exp", MathOperator.Exp },
        { "ln", MathOperator.Ln },
        { "floor", MathOperator.Floor },
        { "ceil", MathOperator.Ceiling },
        { "ceiling", MathOperator.Ceiling },
        { "factorial", MathOperator.Factorial },
        { "sin", MathOperator.Sin },
        { "cos", MathOperator.Cos },
        { "tan", MathOperator.Tan },
        { "sec", MathOperator.Sec },
        { "csc", MathOperator.Csc },
        { "cot", MathOperator.Cot },
        { "sinh", MathOperator.Sinh },
        { "cosh", MathOperator.Cosh },
        { "tanh", MathOperator.Tanh },
        { "sech", MathOperator.Sech },
        { "csch", MathOperator.Csch },
        { "coth", MathOperator.Coth },
        { "asin", MathOperator.ArcSin },
        { "arcsin", MathOperator.ArcSin },
        { "acos", MathOperator.ArcCos },
        { "arccos", MathOperator.ArcCos },
        { "atan", MathOperator.ArcTan },
        { "arctan", MathOperator.ArcTan },
        { "asec", MathOperator.ArcSec },
        { "arcsec", MathOperator.ArcSec },
        { "acsc", MathOperator.ArcCsc },
        { "arccsc", MathOperator.ArcCsc },
        { "acot", MathOperator.ArcCot },
        { "arccot", MathOperator.ArcCot },
        { "asinh", MathOperator.ArcSinh },
        { "arcsinh", MathOperator.ArcSinh },
        { "acosh", MathOperator.ArcCosh },
        { "arccosh", MathOperator.ArcCosh },
        { "atanh", MathOperator.ArcTanh },
        { "arctanh", MathOperator.ArcTanh },
        { "asech", MathOperator.ArcSech },
        { "arcsech", MathOperator.ArcSech },
        { "acsch", MathOperator.ArcCsch },
        { "arccsch", MathOperator.ArcCsch },
        { "acoth", MathOperator.ArcCoth },
        { "arccoth", MathOperator.ArcCoth },
        { "not", MathOperator.Not },
    };

    [Theory]
    [MemberData(nameof(UnaryFunctions))]
    public void Every_One_Argument_Function_Maps_To_Its_Operator(string name, MathOperator op)
    {
        Equal(A(op, S("x")), InfixParser.Parse($"{name}(x)"));
    }

    public static TheoryData<string, string> OtherForms => new()
    {
        { "log(x)", "(Ln x)" },
        { "log(2, x)", "(Log 2 x)" },
        { "log10(x)", "(Log 10 x)" },
        { "sqrt(x)", "(Root 2 x)" },
        { "root(x)", "(Root 2 x)" },
        { "root(3, x)", "(Root 3 x)" },
        { "sqr(x)", "(Power x 2)" },
        { "pow(x, y)", "(Power x y)" },
        { "power(x, y)", "(Power x y)" },
        { "delay(x, 2)", "(Delay x 2)" },
        { "rateOf(x)", "(RateOf x)" },
        { "max(a, b, c)", "(Max a b c)" },
        { "min(a)", "(Min a)" },
        { "rem(a, b)", "(Rem a b)" },
        { "quotient(a, b)", "(Quotient a b)" },
        { "implies(a, b)", "(Implies a b)" },
        { "and(a, b, c)", "(And a b c)" },
        { "or()", "(Or )" },
        { "xor(a, b)", "(Xor a b)" },
        { "plus(a, b, c)", "(Plus a b c)" },
        { "times()", "(Times )" },
        { "minus(a)", "(Minus a)" },
        { "minus(a, b)", "(Minus a b)" },
        { "divide(a, b)", "(Divide a b)" },
        { "eq(a, b, c)", "(Eq a b c)" },
        { "equals(a, b)", "(Eq a b)" },
        { "neq(a, b)", "(Neq a b)" },
        { "gt(a, b)", "(Gt a b)" },
        { "lt(a, b)", "(Lt a b)" },
        { "geq(a, b)", "(Geq a b)" },
        { "leq(a, b)", "(Leq a b)" },
        { "piecewise(1, x > 0, 2, x < 0, 3)", "(piecewise [1 if (Gt x 0)] [2 if (Lt x 0)] else 3)" },
        { "piecewise(1, x > 0)", "(piecewise [1 if (Gt x 0)])" },
        { "piecewise(7)", "(piecewise  else 7)" },
        { "myRate(S1, k)", "(call myRate S1 k)" },
        { "f()", "(call f )" },
        { "log2(x)", "(call log2 x)" },
        { "Sin(x)", "(call Sin x)" },
    };

    [Theory]
    [MemberData(nameof(OtherForms))]
    public void Function_Forms_Map_To_The_IR_Conventions(string text, string expectedShape)
    {
        Assert.Equal(expectedShape, InfixParser.Parse(text).Describe());
    }

    [Fact]
    public void Constants_And_Csymbols_Have_Their_Values()
    {
        Equal(N(System.Math.PI), InfixParser.Parse("pi"));
        Equal(N(System.Math.E), InfixParser.Parse("exponentiale"));
        Equal(N(double.PositiveInfinity), InfixParser.Parse("inf"));
        Equal(N(double.PositiveInfinity), InfixParser.Parse("INF"));
        Equal(N(double.PositiveInfinity), InfixParser.Parse("infinity"));
        Equal(N(double.NegativeInfinity), InfixParser.Parse("-inf"));
        Assert.True(double.IsNaN(((NumberNode)InfixParser.Parse("NaN")).Value));
        Assert.True(double.IsNaN(((NumberNode)InfixParser.Parse("notanumber")).Value));
        Equal(BooleanNode.True, InfixParser.Parse("true"));
        Equal(BooleanNode.False, InfixParser.Parse("false"));
        Equal(CSymbolNode.Time, InfixParser.Parse("time"));
        Equal(CSymbolNode.Avogadro, InfixParser.Parse("avogadro"));
    }

    [Theory]
    [InlineData("t")]
    [InlineData("e")]
    [InlineData("Time")]
    [InlineData("PI")]
    public void Names_That_Are_Not_Built_In_Are_Symbols(string name)
    {
        Equal(S(name), InfixParser.Parse(name));
    }

    [Fact]
    public void Built_In_Names_Are_Reported_As_Such()
    {
        Assert.True(InfixParser.IsBuiltinName("sin"));
        Assert.True(InfixParser.IsBuiltinName("time"));
        Assert.True(InfixParser.IsBuiltinName("and"));
        Assert.False(InfixParser.IsBuiltinName("k1"));
        Assert.False(InfixParser.IsBuiltinName("Sin"));
    }
}
