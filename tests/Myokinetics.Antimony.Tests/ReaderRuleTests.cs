using Myokinetics.Core.Math.Infix;
using Myokinetics.Core.Model;

namespace Myokinetics.Antimony.Tests;

public sealed class ReaderRuleTests
{
    [Fact]
    public void Assignment_Rate_And_Algebraic_Rules_Keep_Their_Order()
    {
        var doc = AntimonyReader.ReadString("""
            k1 := sin(time)
            k2 = 0.2
            k2' = k1
            0 = (25*S1 - 13*S2) / 3
            S1 = 1; S2 = 2
            """);

        Assert.Collection(
            doc.Model.Rules,
            r => Assert.Equal(("k1", "sin(time)"), (Assert.IsType<AssignmentRule>(r).Variable, InfixFormatter.Format(r.Math))),
            r => Assert.Equal(("k2", "k1"), (Assert.IsType<RateRule>(r).Variable, InfixFormatter.Format(r.Math))),
            r => Assert.Equal("(25 * S1 - 13 * S2) / 3", InfixFormatter.Format(Assert.IsType<AlgebraicRule>(r).Math)));
        Assert.Equal(0.2, doc.Model.Parameters.Single(p => p.Id == "k2").Value);
    }

    [Fact]
    public void The_Last_Rule_For_A_Symbol_Replaces_The_Earlier_One()
    {
        var doc = AntimonyReader.ReadString("x := 1\nx' = 2\nx = 0");

        var rule = Assert.IsType<RateRule>(Assert.Single(doc.Model.Rules));
        Assert.Equal("x", rule.Variable);
    }

    [Fact]
    public void Species_Changed_By_Rules_Are_Boundary_Species()
    {
        var doc = AntimonyReader.ReadString("species A, B, C\nA := 2\nB' = 1\nB = 0\nC = 1");

        Assert.Equal([true, true, false], doc.Model.Species.Select(s => s.BoundaryCondition));
    }

    [Fact]
    public void A_Labelled_Algebraic_Rule_Is_Kept_And_Its_Label_Reported()
    {
        var doc = AntimonyReader.ReadString("alg1: 0 = x - 2\nx = 2");

        Assert.IsType<AlgebraicRule>(Assert.Single(doc.Model.Rules));
        Assert.Contains(doc.Diagnostics, d => d.Message.Contains("'alg1'", StringComparison.Ordinal));
    }
}
