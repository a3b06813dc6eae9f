using Myokinetics.Core.Math.Infix;

namespace Myokinetics.Core.Tests.Math.Infix;

public sealed class InfixParserErrorTests
{
    [Theory]
    [InlineData("", 1, "expected a number, a name or '(', found end of text")]
    [InlineData("a +", 4, "expected a number, a name or '(', found end of text")]
    [InlineData("(a + b", 7, "expected ')' to close the '(' at column 1, found end of text")]
    [InlineData("a + b)", 6, "expected an operator or the end of the formula, found ')'")]
    [InlineData("a b", 3, "expected an operator or the end of the formula, found 'b'")]
    [InlineData("f(a b)", 5, "expected ',' or ')' in the arguments of 'f' (opened at column 2), found 'b'")]
    [InlineData("sin(a, b)", 1, "'sin' takes 1 argument, found 2 arguments")]
    [InlineData("pow(a)", 1, "'pow' takes 2 arguments, found 1 argument")]
    [InlineData("log(a, b, c)", 1, "'log' takes 1 to 2 arguments, found 3 arguments")]
    [InlineData("max()", 1, "'max' takes at least 1 argument, found 0 arguments")]
    [InlineData("rateOf(2*x)", 1, "'rateOf' takes the name of a variable, not an expression")]
    [InlineData("a * * b", 5, "expected a number, a name or '(', found '*'")]
    [InlineData("x = 3", 3, "expected an operator or the end of the formula, found '='")]
    [InlineData("\"text\"", 1, "expected a number, a name or '(', found string \"text\"")]
    public void Malformed_Formulas_Say_Where_And_What_Was_Expected(string text, int column, string detail)
    {
        var e = Assert.Throws<InfixParseException>(() => InfixParser.Parse(text));

        Assert.Equal(detail, e.Detail);
        Assert.Equal(column, e.Column);
        Assert.Equal($"column {column}: {detail}", e.Message);
    }

    [Fact]
    public void TryParse_Returns_The_Error_Instead_Of_Throwing()
    {
        Assert.False(InfixParser.TryParse("(1", out var node, out var error));
        Assert.Null(node);
        Assert.Equal(3, error.Column);

        Assert.True(InfixParser.TryParse("1 + 2", out node, out error));
        Assert.NotNull(node);
        Assert.Null(error);
    }
}
