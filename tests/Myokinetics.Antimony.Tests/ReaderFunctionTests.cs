using Myokinetics.Core.Math;
using static Myokinetics.Antimony.Tests.Ir;

namespace Myokinetics.Antimony.Tests;

public sealed class ReaderFunctionTests
{
    [Fact]
    public void Functions_Become_Function_Definitions_And_Calls_Become_Call_Nodes()
    {
        var doc = AntimonyReader.ReadString("""
            function quadratic(x, a, b, c)
              a*x^2 + b*x + c
            end

            model quad1
              S3 := quadratic(s1, k1, k2, k3);
              s1 = 5; k1 = 0.3; k2 = 42; k3 = 10
            end
            """);

        var f = Assert.Single(doc.Model.Functions);
        Assert.Equal("quadratic", f.Id);
        Assert.Equal(["x", "a", "b", "c"], f.Arguments.AsEnumerable());
        Assert.True(MathNodeComparer.Instance.Equals(M("a*x^2 + b*x + c"), f.Body));
        var call = Assert.IsType<CallNode>(doc.Model.Rules.Single().Math);
        Assert.Equal("quadratic", call.Function);
    }

    [Fact]
    public void A_Function_Can_Be_Written_On_One_Line_Inside_A_Model()
    {
        var doc = AntimonyReader.ReadString("model m()\n function sq(x) x*x end\n y := sq(2)\nend");

        Assert.Equal("sq", doc.Model.Functions.Single().Id);
    }

    [Fact]
    public void Annotations_Of_Functions_Written_Outside_The_Model_Annotate_The_Functions()
    {
        var doc = AntimonyReader.ReadString("""
            function mm(S, V, K)
              V*S/(K + S);
            end

            mm is "Michaelis-Menten"
            mm.sboTerm = 29

            model *m()
              J: A -> ; mm(A, 1, 2)
              A = 1
            end
            """);

        var f = doc.Model.Functions.Single();
        Assert.Equal(("Michaelis-Menten", "SBO:0000029"), (f.Name, f.SboTerm));
        Assert.Equal("m", doc.Model.Id);
        Assert.Empty(doc.Diagnostics);
    }

    [Fact]
    public void Annotations_On_A_Function_Name_Annotate_The_Function()
    {
        var doc = AntimonyReader.ReadString("function hill(x, n, K)\n x^n/(K^n + x^n)\nend\nhill is \"Hill function\"");

        Assert.Equal("Hill function", doc.Model.Functions.Single().Name);
        Assert.Empty(doc.Model.Parameters);
    }
}
