using Myokinetics.Core.Diagnostics;
using static Myokinetics.Antimony.Tests.Ir;

namespace Myokinetics.Antimony.Tests;

public sealed class ReaderModuleTests
{
    private const string SideReaction = """
        model side_reaction(S, k1)
          J0: S + E -> ES; k1*k2*S*E - k2*ES;
          E = 3;
          ES = E+S;
          k2 = 0.4;
        end
        """;

    [Fact]
    public void Submodels_Are_Flattened_With_Double_Underscore_Ids_And_Ports_Become_The_Arguments()
    {
        var doc = AntimonyReader.ReadString(SideReaction + """

            model full_pathway
                -> S1; k1
              S1 -> S2; k2*S1
              S2 ->   ; k3*S2
              A: side_reaction(S1, k4)
              B: side_reaction(S2, k5)
              S1 = 0; S2 = 0
              k1 = 0.3; k2 = 2.3; k3 = 3.5; k4 = 0.0004; k5 = 1
            end
            """);

        ModelComparer.AssertEqual(
            Model("full_pathway") with
            {
                Compartments = [DefaultCompartment],
                Species =
                [
                    Species("S1", concentration: 0), Species("A__E", concentration: 3), Species("A__ES"),
                    Species("S2", concentration: 0), Species("B__E", concentration: 3), Species("B__ES"),
                ],
                Parameters =
                [
                    Parameter("k4", 0.0004), Parameter("A__k2", 0.4), Parameter("k5", 1), Parameter("B__k2", 0.4),
                    Parameter("k1", 0.3), Parameter("k2", 2.3), Parameter("k3", 3.5),
                ],
                InitialAssignments = [Initial("A__ES", "A__E + S1"), Initial("B__ES", "B__E + S2")],
                Reactions =
                [
                    Reaction("A__J0", [Ref("S1"), Ref("A__E")], [Ref("A__ES")], "k4*A__k2*S1*A__E - A__k2*A__ES"),
                    Reaction("B__J0", [Ref("S2"), Ref("B__E")], [Ref("B__ES")], "k5*B__k2*S2*B__E - B__k2*B__ES"),
                    Reaction("_J0", [], [Ref("S1")], "k1"),
                    Reaction("_J1", [Ref("S1")], [Ref("S2")], "k2*S1"),
                    Reaction("_J2", [Ref("S2")], [], "k3*S2"),
                ],
            },
            doc.Model);
    }

    [Fact]
    public void Is_Joins_Submodel_Elements_And_The_Parent_Can_Override_Their_Definitions()
    {
        var doc = AntimonyReader.ReadString("""
            model side_reaction
              J0: S + E -> ES; k1*k2*S*E - k2*ES;
              S = 5; E = 3; ES = E+S; k1 = 1.2; k2 = 0.4;
            end

            model full_reaction
              var species S;
              A: side_reaction();
              A.S is S;
              B: side_reaction();
              B.S is S;
              B.k1 = 2.4;
              B.k2 = 0.8;
              B.E = 10;
              C: side_reaction();
              C.S is S;
              C.J0 = C.k1*C.k2*S*C.E
              J3: C.ES -> ; C.ES*k3;
              k3 = 0.02;
            end
            """);
        var m = doc.Model;

        Assert.DoesNotContain(m.Species, s => s.Id.EndsWith("__S", StringComparison.Ordinal));
        Assert.Equal(5, m.Species.Single(s => s.Id == "S").InitialConcentration);
        Assert.Equal(10, m.Species.Single(s => s.Id == "B__E").InitialConcentration);
        Assert.Equal(2.4, m.Parameters.Single(p => p.Id == "B__k1").Value);
        Assert.Equal(1.2, m.Parameters.Single(p => p.Id == "A__k1").Value);
        Assert.Equal(["A__J0", "B__J0", "C__J0", "J3"], m.Reactions.Select(r => r.Id));
        ModelComparer.AssertEqual(
            Model() with { Reactions = [Reaction("C__J0", [Ref("S"), Ref("C__E")], [Ref("C__ES")], "C__k1*C__k2*S*C__E")] },
            Model() with { Reactions = [m.Reactions[2]] });
        Assert.Equal(["C__ES"], m.Reactions[3].Reactants.Select(r => r.Species));
    }

    [Fact]
    public void Is_Between_Two_Names_Renames_The_Left_One_To_The_Right_One()
    {
        var doc = AntimonyReader.ReadString("A -> B; k*A\nA is ABA\nB is ABA8OH\nABA = 1; ABA8OH = 0; k = 1");

        ModelComparer.AssertEqual(
            Model() with
            {
                Compartments = [DefaultCompartment],
                Species = [Species("ABA", concentration: 1), Species("ABA8OH", concentration: 0)],
                Parameters = [Parameter("k", 1)],
                Reactions = [Reaction("_J0", [Ref("ABA")], [Ref("ABA8OH")], "k*ABA")],
            },
            doc.Model);
    }

    [Fact]
    public void Submodels_Nest_And_Numbers_Given_For_Ports_Set_Their_Values()
    {
        var doc = AntimonyReader.ReadString("""
            model inner(x, scale)
              y := x * scale
            end
            model middle()
              I: inner(p, 2.5)
              p = 3
            end
            model *top()
              M: middle()
            end
            """);

        ModelComparer.AssertEqual(
            Model("top") with
            {
                Parameters = [Parameter("M__I__y", null, constant: false), Parameter("M__p", 3), Parameter("M__I__scale", 2.5)],
                Rules = [new Core.Model.AssignmentRule("M__I__y", M("M__p * M__I__scale"))],
            },
            doc.Model);
    }

    [Fact]
    public void A_Submodel_Can_Connect_To_An_Element_Of_A_Submodel_Declared_Later()
    {
        var doc = AntimonyReader.ReadString("""
            model src()
              level = 4
            end
            model sink(input)
              out := 2 * input
            end
            model *m()
              B: sink(A.level)
              A: src()
            end
            """);

        var rule = Assert.Single(doc.Model.Rules);
        Assert.Equal("2 * A__level", Core.Math.Infix.InfixFormatter.Format(rule.Math));
        Assert.Equal(4, doc.Model.Parameters.Single(p => p.Id == "A__level").Value);
    }

    [Fact]
    public void Two_Submodels_With_One_Name_Are_An_Error()
    {
        var e = Assert.Throws<ModelFormatException>(() => AntimonyReader.ReadString(SideReaction + "\nA: side_reaction()\nA: side_reaction()"));

        Assert.Equal("there is already a submodel called 'A'", e.Detail);
    }

    [Fact]
    public void Empty_Definitions_Remove_What_A_Submodel_Defined()
    {
        var doc = AntimonyReader.ReadString("""
            model foo()
              P1 := 3
              Q = 2
              R' = 1
              R = 0
              J1: S1 -> ; K1*S1
              S1 = 1; K1 = 1
            end
            model bar()
              A: foo()
              A.P1 := ;
              A.Q = ;
              A.R' = ;
              A.J1 = ;
            end
            """);

        Assert.Empty(doc.Model.Rules);
        Assert.Null(doc.Model.Parameters.Single(p => p.Id == "A__Q").Value);
        Assert.Equal(0, doc.Model.Parameters.Single(p => p.Id == "A__R").Value);
        Assert.Null(doc.Model.Reactions.Single().KineticLaw);
    }

    [Fact]
    public void Annotations_Of_A_Submodel_Instance_Are_Reported_As_Not_Kept()
    {
        var doc = AntimonyReader.ReadString("model foo()\n x = 3\nend\nmodel bar()\n A: foo()\n A.sboTerm = 8\nend");

        var info = Assert.Single(doc.Diagnostics);
        Assert.Equal("annotations of submodel 'A' are not kept (submodels are flattened)", info.Message);
        Assert.Equal(["A__x"], doc.Model.Parameters.Select(p => p.Id));
    }

    [Fact]
    public void A_Model_That_Contains_Itself_Is_An_Error()
    {
        var e = Assert.Throws<ModelFormatException>(() => AntimonyReader.ReadString("model a()\n  B: a()\nend"));

        Assert.Equal("model 'a' contains itself as a submodel", e.Detail);
        Assert.Equal(2, e.Location.Line);
    }

    [Fact]
    public void More_Arguments_Than_Ports_Is_An_Error()
    {
        var e = Assert.Throws<ModelFormatException>(() => AntimonyReader.ReadString(SideReaction + "\nA: side_reaction(x, y, z)"));

        Assert.Equal("model 'side_reaction' has 2 port(s), but submodel 'A' gives 3 argument(s)", e.Detail);
    }

    [Fact]
    public void Joining_A_Species_And_A_Compartment_Is_An_Error()
    {
        var e = Assert.Throws<ModelFormatException>(() => AntimonyReader.ReadString("species S\ncompartment C\nS is C"));

        Assert.Equal("'S' and 'C' cannot be one element: one is a species, the other a compartment", e.Detail);
        Assert.Equal(3, e.Location.Line);
    }
}
