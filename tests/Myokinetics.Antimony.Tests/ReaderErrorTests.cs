using Myokinetics.Core.Diagnostics;

namespace Myokinetics.Antimony.Tests;

/// <summary>Malformed inputs: each error names file, line and column and what was expected.</summary>
public sealed class ReaderErrorTests
{
    public static TheoryData<string, int, int, string> Cases => new()
    {
        {
            "model m()\n  S1 -> S2; k*S1\n",
            3, 1, "expected 'end' to close model 'm' (opened at line 1), found end of file"
        },
        {
            "J1: A + B - > C; k",
            1, 11, "expected '->' or '=>' between the reactants and products, found '-'"
        },
        {
            "J1: A -> B k1*A",
            1, 12, "expected ';' after the products of reaction 'J1', found 'k1'"
        },
        {
            "J1: A -> B; k1*A x\n",
            1, 18, "expected ';' or newline after reaction rate law, found 'x'"
        },
        {
            "k = 1\nx := (k + 2\ny = 3",
            3, 3, "expected ')' to close the '(' at line 2, column 6, found '='"
        },
        {
            "x = 1\nE1: at (x > 5) y = 3",
            2, 16, "expected ':' after the event trigger, found 'y'"
        },
        {
            "at (x > 5), delay = 2: y = 3",
            1, 13, "unknown event option 'delay': expected priority, t0, persistent or fromTrigger"
        },
        {
            "at (x > 5), t0 = maybe: y = 3",
            1, 18, "expected true or false for 't0', found 'maybe'"
        },
        {
            "foo bar",
            1, 5, "expected '=', ':=', \"'\", ':', '->', 'is', 'has' or 'in' after 'foo', found 'bar'"
        },
        {
            "DNA d1",
            1, 1, "'DNA' declarations are not supported"
        },
        {
            "import other",
            1, 8, "expected a quoted file name after 'import', found 'other'"
        },
        {
            "model a()\n  model b()\n  end\nend",
            2, 3, "models cannot be nested: expected 'end' to close model 'a' (opened at line 1) before 'model'"
        },
        {
            "x = 1\nend",
            2, 1, "'end' without an open 'model' or 'function'"
        },
        {
            "A: missing()",
            1, 4, "unknown model 'missing': a model must be defined before it is used as a submodel"
        },
        {
            "compartment C\nC -> X; k",
            2, 1, "'C' is a compartment; it cannot also be a species"
        },
        {
            "S1 is \"Glucose\nS2 = 1",
            1, 7, "unterminated string: expected '\"' before the end of the line"
        },
        {
            "J1: A -> B; k\nJ1: B -> A; k",
            2, 1, "reaction 'J1' is defined twice (first at line 1)"
        },
        {
            "S1 = 1\nS1.sboTerm = abc",
            2, 14, "expected an SBO term (such as 236 or SBO:0000236) for 'S1', found 'abc'"
        },
        {
            "function f(x)\n  x^2\n",
            3, 1, "expected 'end' to close function 'f' (opened at line 1), found end of text"
        },
        {
            "J1: A + -> B; k",
            1, 9, "expected a species name in the reaction, found '->'"
        },
        {
            "x = 2 *\ny = 1",
            1, 8, "expected a number, a name or '(', found end of line"
        },
        {
            "x = sin(1, 2)",
            1, 5, "'sin' takes 1 argument, found 2 arguments"
        },
        {
            "0 <= J0",
            1, 1, "flux-balance constraints (such as '0 <= J0') are not supported"
        },
        {
            "S2 -| J0",
            1, 4, "interactions ('-|', '-o', '-(') are not supported"
        },
        {
            "S1 = 1\nS1.charge = 3",
            2, 1, "'S1.charge': 'S1' is not a submodel (a dotted name refers to an element of a submodel; attributes such as '.charge' are not supported)"
        },
        {
            "J0: S1 -> ; k\nJi: S2 -o J0;",
            2, 8, "interactions ('-|', '-o', '-(') are not supported"
        },
        {
            "J0: s1 -> ;\n-10 < J0 < 10",
            2, 1, "flux-balance constraints (such as '-10 < J0 < 10') are not supported"
        },
        {
            "x = 1 @ 2",
            1, 7, "unexpected character '@'"
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Malformed_Input_Is_Reported_With_Line_Column_And_What_Was_Expected(string text, int line, int column, string detail)
    {
        var e = Assert.Throws<ModelFormatException>(() => AntimonyReader.ReadString(text, "bad.ant"));

        Assert.Equal(detail, e.Detail);
        Assert.Equal(new SourceLocation("bad.ant", line, column), e.Location);
        Assert.Equal($"bad.ant:{line}:{column}: {detail}", e.Message);
        Assert.Equal(1, e.ExitCode);
    }
}
