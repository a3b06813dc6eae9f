using Myokinetics.Core.Math.Infix;

namespace Myokinetics.Core.Tests.Math.Infix;

public sealed class InfixLexerTests
{
    [Theory]
    [InlineData("3", 3.0)]
    [InlineData("0.25", 0.25)]
    [InlineData(".5", 0.5)]
    [InlineData("1e-3", 1e-3)]
    [InlineData("2.5E+21", 2.5e21)]
    [InlineData("7.", 7.0)]
    public void Numbers_Are_Read_Culture_Invariantly(string text, double expected)
    {
        var tokens = InfixLexer.Tokenize(text);

        Assert.Equal(2, tokens.Length);
        Assert.Equal(InfixTokenKind.Number, tokens[0].Kind);
        Assert.Equal(expected, tokens[0].Number);
        Assert.Equal(InfixTokenKind.End, tokens[1].Kind);
    }

    [Fact]
    public void A_Letter_E_Without_Digits_Ends_The_Number()
    {
        var tokens = InfixLexer.Tokenize("2e x");

        Assert.Equal(["2", "e", "x"], tokens.Take(3).Select(t => t.Text));
        Assert.Equal(InfixTokenKind.Identifier, tokens[1].Kind);
    }

    [Fact]
    public void Dotted_Names_Are_One_Identifier()
    {
        var tokens = InfixLexer.Tokenize("a1.k_2 + b");

        Assert.Equal(InfixTokenKind.Identifier, tokens[0].Kind);
        Assert.Equal("a1.k_2", tokens[0].Text);
    }

    [Fact]
    public void Two_Character_Symbols_Are_Matched_Before_Single_Characters()
    {
        var tokens = InfixLexer.Tokenize("a->b=>c:=d==e!=f<=g>=h&&i||j<>k");

        var symbols = tokens.Where(t => t.Kind == InfixTokenKind.Symbol).Select(t => t.Text);
        Assert.Equal(["->", "=>", ":=", "==", "!=", "<=", ">=", "&&", "||", "<>"], symbols);
    }

    [Fact]
    public void Lines_And_Columns_Are_One_Based()
    {
        var tokens = InfixLexer.Tokenize("x\n  + y", InfixLexerOptions.ModelText);

        Assert.Equal((1, 1), (tokens[0].Line, tokens[0].Column));
        Assert.Equal(InfixTokenKind.Newline, tokens[1].Kind);
        Assert.Equal((2, 3), (tokens[2].Line, tokens[2].Column));
        Assert.Equal((2, 5), (tokens[3].Line, tokens[3].Column));
    }

    [Fact]
    public void Newlines_Are_White_Space_In_A_Single_Formula()
    {
        var tokens = InfixLexer.Tokenize("x\n+ y");

        Assert.DoesNotContain(tokens, t => t.Kind == InfixTokenKind.Newline);
    }

    [Fact]
    public void Antimony_Comments_Are_Skipped_In_Model_Text()
    {
        var tokens = InfixLexer.Tokenize("a // one\nb # two\n/* three\nfour */ c", InfixLexerOptions.ModelText);

        var names = tokens.Where(t => t.Kind == InfixTokenKind.Identifier).Select(t => t.Text);
        Assert.Equal(["a", "b", "c"], names);
        Assert.Equal(4, tokens.Single(t => t.Text == "c").Line);
    }

    [Fact]
    public void Quoted_And_Fenced_Strings_Keep_Their_Content()
    {
        var tokens = InfixLexer.Tokenize("\"Glu \\\"D\\\"\" ```\nline one\nline two\n``` x", InfixLexerOptions.ModelText);

        Assert.Equal(InfixTokenKind.String, tokens[0].Kind);
        Assert.Equal("Glu \"D\"", tokens[0].Text);
        Assert.Equal(InfixTokenKind.String, tokens[1].Kind);
        Assert.Equal("line one\nline two", tokens[1].Text);
        Assert.Equal(4, tokens[2].Line);
    }

    [Theory]
    [InlineData("a @ b", 3, "unexpected character '@'")]
    [InlineData("x = \"open", 5, "unterminated string")]
    public void Bad_Input_Is_Reported_With_Its_Column(string text, int column, string message)
    {
        var e = Assert.Throws<InfixParseException>(() => InfixLexer.Tokenize(text));

        Assert.Equal(column, e.Column);
        Assert.Contains(message, e.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void An_Unterminated_Block_Comment_Points_At_Its_Start()
    {
        var e = Assert.Throws<InfixParseException>(() => InfixLexer.Tokenize("x\n  /* never closed", InfixLexerOptions.ModelText));

        Assert.Equal((2, 3), (e.Line, e.Column));
        Assert.Equal(1, e.ExitCode);
    }
}
