using Myokinetics.Core.Math;
using Myokinetics.Core.Math.Infix;
using static Myokinetics.Core.Tests.Math.Infix.M;

namespace Myokinetics.Core.Tests.Math.Infix;

public sealed class InfixFormatterTests
{
    private static readonly SymbolNode a = S("a");
    private static readonly SymbolNode b = S("b");
    private static readonly SymbolNode c = S("c");
    private static readonly SymbolNode x = S("x");

    public static TheoryData<MathNode, string> Cases => new()
    {
        { A(MathOperator.Plus, a, A(MathOperator.Times, b, c)), "a + b * c" },
        { A(MathOperator.Times, A(MathOperator.Plus, a, b), c), "(a + b) * c" },
        { A(MathOperator.Minus, a, A(MathOperator.Minus, b, c)), "a - (b - c)" },
        { A(MathOperator.Minus, A(MathOperator.Minus, a, b), c), "a - b - c" },
        { A(MathOperator.Minus, A(MathOperator.Plus, a, b), c), "a + b - c" },
        { A(MathOperator.Plus, A(MathOperator.Minus, a, b), c), "a - b + c" },
        { A(MathOperator.Plus, a, A(MathOperator.Minus, b, c)), "a + (b - c)" },
        { A(MathOperator.Plus, A(MathOperator.Plus, a, b), c), "(a + b) + c" },
        { A(MathOperator.Plus, a, b, c), "a + b + c" },
        { A(MathOperator.Divide, a, A(MathOperator.Times, b, c)), "a / (b * c)" },
        { A(MathOperator.Times, A(MathOperator.Divide, a, b), c), "a / b * c" },
        { A(MathOperator.Times, a, A(MathOperator.Divide, b, c)), "a * (b / c)" },
        { A(MathOperator.Power, A(MathOperator.Power, a, b), c), "(a^b)^c" },
        { A(MathOperator.Power, a, A(MathOperator.Power, b, c)), "a^b^c" },
        { A(MathOperator.Minus, A(MathOperator.Power, x, N(2))), "-x^2" },
        { A(MathOperator.Power, A(MathOperator.Minus, x), N(2)), "(-x)^2" },
        { A(MathOperator.Power, N(-2), N(2)), "(-2)^2" },
        { A(MathOperator.Power, x, N(-2)), "x^-2" },
        { A(MathOperator.Times, a, A(MathOperator.Minus, b)), "a * -b" },
        { A(MathOperator.Minus, N(3)), "-(3)" },
        { A(MathOperator.Minus, A(MathOperator.Minus, x)), "-(-x)" },
        { A(MathOperator.Minus, A(MathOperator.Plus, a, b)), "-(a + b)" },
        { A(MathOperator.And, A(MathOperator.Or, a, b), c), "a || b && c" },
        { A(MathOperator.Or, a, A(MathOperator.And, b, c)), "a || (b && c)" },
        { A(MathOperator.And, A(MathOperator.Gt, a, N(1)), A(MathOperator.Not, b)), "a > 1 && !b" },
        { A(MathOperator.Not, A(MathOperator.Gt, a, b)), "!(a > b)" },
        { A(MathOperator.Lt, A(MathOperator.Lt, a, b), c), "a < b < c" },
        { A(MathOperator.Lt, a, A(MathOperator.Lt, b, c)), "a < (b < c)" },
        { A(MathOperator.Root, N(2), x), "sqrt(x)" },
        { A(MathOperator.Root, N(3), x), "root(3, x)" },
        { A(MathOperator.Log, N(10), x), "log10(x)" },
        { A(MathOperator.Log, N(2), x), "log(2, x)" },
        { A(MathOperator.Ln, x), "ln(x)" },
        { A(MathOperator.Eq, a, b, c), "eq(a, b, c)" },
        { A(MathOperator.Plus), "plus()" },
        { A(MathOperator.Times, a), "times(a)" },
        { A(MathOperator.Rem, a, b), "rem(a, b)" },
        { A(MathOperator.Delay, x, N(2)), "delay(x, 2)" },
        { Call("f", a, A(MathOperator.Plus, b, c)), "f(a, b + c)" },
        { new PiecewiseNode([new Piece(N(1), A(MathOperator.Gt, x, N(0)))], N(0)), "piecewise(1, x > 0, 0)" },
        { N(3, "mole"), "3 mole" },
        { A(MathOperator.Power, N(3, "mole"), N(2)), "3 mole^2" },
        { N(0.1), "0.1" },
        { N(1e-7), "1E-07" },
        { N(1e21), "1E+21" },
        { N(System.Math.PI), "pi" },
        { N(double.NegativeInfinity), "-inf" },
        { CSymbolNode.Time, "time" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Trees_Are_Written_With_The_Fewest_Parentheses(MathNode node, string expected)
    {
        var text = InfixFormatter.Format(node);

        Assert.Equal(expected, text);
        Equal(node, InfixParser.Parse(text));
    }
}
