using Myokinetics.Core.Math;
using Myokinetics.Core.Math.Infix;
using static Myokinetics.Core.Tests.Math.Infix.M;

namespace Myokinetics.Core.Tests.Math.Infix;

/// <summary>The precedence table of libSBML's Level 3 formula syntax, one row at a time.</summary>
public sealed class InfixPrecedenceTests
{
    public static TheoryData<string, string> Cases => new()
    {
        // power binds tighter than unary minus, and is right-associative
        { "-x^2", "(Minus (Power x 2))" },
        { "2^3^2", "(Power 2 (Power 3 2))" },
        { "2^-x", "(Power 2 (Minus x))" },
        { "(-x)^2", "(Power (Minus x) 2)" },
        { "-2^2", "(Minus (Power 2 2))" },
        { "(-2)^2", "(Power -2 2)" },

        // unary minus binds tighter than * and /
        { "-a*b", "(Times (Minus a) b)" },
        { "a*-b", "(Times a (Minus b))" },
        { "- -a", "(Minus (Minus a))" },
        { "-3", "-3" },
        { "-(3)", "(Minus 3)" },
        { "+a", "a" },

        // * / % are one left-associative level; * chains become one n-ary node
        { "a*b*c", "(Times a b c)" },
        { "a/b/c", "(Divide (Divide a b) c)" },
        { "a/b*c", "(Times (Divide a b) c)" },
        { "a*b/c", "(Divide (Times a b) c)" },
        { "(a*b)*c", "(Times (Times a b) c)" },
        { "a*(b*c)", "(Times a (Times b c))" },
        { "a % b", "(Rem a b)" },

        // + - are one left-associative level below * /
        { "a+b*c", "(Plus a (Times b c))" },
        { "a+b+c", "(Plus a b c)" },
        { "a-b-c", "(Minus (Minus a b) c)" },
        { "a-b+c", "(Plus (Minus a b) c)" },
        { "a+b-c", "(Minus (Plus a b) c)" },
        { "(a+b)+c", "(Plus (Plus a b) c)" },

        // comparisons sit below + -, and are left-associative
        { "a+1 > b*2", "(Gt (Plus a 1) (Times b 2))" },
        { "a < b < c", "(Lt (Lt a b) c)" },
        { "a == b", "(Eq a b)" },
        { "a != b", "(Neq a b)" },
        { "a <> b", "(Neq a b)" },
        { "a <= b", "(Leq a b)" },
        { "a >= b", "(Geq a b)" },

        // ! is a unary operator: tighter than comparisons
        { "!a > b", "(Gt (Not a) b)" },
        { "!(a > b)", "(Not (Gt a b))" },

        // && and || share the lowest level, left-associative (libSBML's table)
        { "a && b || c", "(Or (And a b) c)" },
        { "a || b && c", "(And (Or a b) c)" },
        { "a && b && c", "(And a b c)" },
        { "x > 1 && y < 2", "(And (Gt x 1) (Lt y 2))" },
        { "a and b or not c", "(Or (And a b) (Not c))" },

        // parentheses, calls and units bind tightest
        { "(a + b) * c", "(Times (Plus a b) c)" },
        { "f(a + b, -c) ^ 2", "(Power (call f (Plus a b) (Minus c)) 2)" },
        { "3 mole * x", "(Times 3[mole] x)" },
        { "-3 mole", "-3[mole]" },
        { "2 mole^2", "(Power 2[mole] 2)" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Operators_Group_As_The_Precedence_Table_Says(string text, string expectedShape)
    {
        Assert.Equal(expectedShape, InfixParser.Parse(text).Describe());
    }

    [Fact]
    public void Line_Breaks_Inside_Parentheses_Are_White_Space_In_A_Model_Text()
    {
        var cursor = new InfixTokenCursor(InfixLexer.Tokenize("(a +\n b)\n c", InfixLexerOptions.ModelText));

        var node = InfixParser.ParseExpression(cursor);

        Equal(A(MathOperator.Plus, S("a"), S("b")), node);
        Assert.Equal(InfixTokenKind.Newline, cursor.Current.Kind);
    }

    [Fact]
    public void An_Unclosed_Parenthesis_Names_The_Line_It_Opened_On()
    {
        var cursor = new InfixTokenCursor(InfixLexer.Tokenize("(a +\n b\n c", InfixLexerOptions.ModelText));

        var e = Assert.Throws<InfixParseException>(() => InfixParser.ParseExpression(cursor));

        Assert.Equal("expected ')' to close the '(' at line 1, column 1, found 'c'", e.Detail);
        Assert.Equal((3, 2), (e.Line, e.Column));
        Assert.Equal("line 3, column 2: " + e.Detail, e.Message);
    }

    [Fact]
    public void A_Formula_Stops_Before_A_Reserved_Word_Without_Taking_It_As_A_Unit()
    {
        var cursor = new InfixTokenCursor(InfixLexer.Tokenize("2 after (x > 5)", InfixLexerOptions.ModelText));
        var options = new InfixParserOptions(["after"]);

        var node = InfixParser.ParseExpression(cursor, options);

        Equal(N(2), node);
        Assert.True(cursor.Current.IsIdentifier("after"));
    }
}
