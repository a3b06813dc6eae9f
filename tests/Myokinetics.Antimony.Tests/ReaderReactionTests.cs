using Myokinetics.Core.Diagnostics;
using static Myokinetics.Antimony.Tests.Ir;

namespace Myokinetics.Antimony.Tests;

public sealed class ReaderReactionTests
{
    [Fact]
    public void Reactions_Have_Stoichiometries_Arrows_And_Rate_Laws()
    {
        var doc = AntimonyReader.ReadString("""
            J1: A + 2 B -> C; k1*A*B
            J2: C => 2.5 D + E; k2*C
            J3: -> A; k0
            J4: D -> ; k4*D
            J5: $X -> A; k5*X
            A = 1; B = 1; C = 0; D = 0; E = 0; X = 3
            k0 = 1; k1 = 1; k2 = 1; k4 = 1; k5 = 1
            """);

        ModelComparer.AssertEqual(
            Model() with
            {
                Compartments = [DefaultCompartment],
                Species =
                [
                    Species("A", concentration: 1), Species("B", concentration: 1), Species("C", concentration: 0),
                    Species("D", concentration: 0), Species("E", concentration: 0), Species("X", concentration: 3, boundary: true),
                ],
                Parameters = [Parameter("k1", 1), Parameter("k2", 1), Parameter("k0", 1), Parameter("k4", 1), Parameter("k5", 1)],
                Reactions =
                [
                    Reaction("J1", [Ref("A"), Ref("B", 2)], [Ref("C")], "k1*A*B"),
                    Reaction("J2", [Ref("C")], [Ref("D", 2.5), Ref("E")], "k2*C", reversible: false),
                    Reaction("J3", [], [Ref("A")], "k0"),
                    Reaction("J4", [Ref("D")], [], "k4*D"),
                    Reaction("J5", [Ref("X")], [Ref("A")], "k5*X"),
                ],
            },
            doc.Model);
    }

    [Fact]
    public void Reactions_Without_A_Name_Get_Generated_Ids()
    {
        var doc = AntimonyReader.ReadString("-> S1; k0\nS1 -> S2; k1*S1\nJ0: S2 -> ; k2*S2\nS2 -> S3; k3*S2");

        Assert.Equal(["_J0", "_J1", "J0", "_J2"], doc.Model.Reactions.Select(r => r.Id));
    }

    [Fact]
    public void Species_In_The_Rate_Law_That_Do_Not_React_Are_Modifiers()
    {
        var doc = AntimonyReader.ReadString("""
            J1: S -> P; Vm*E*S/(Km + S) / (1 + I/Ki)
            species E, I
            S = 1; P = 0; E = 1; I = 0; Vm = 1; Km = 1; Ki = 1
            """);

        Assert.Equal(["E", "I"], doc.Model.Reactions.Single().Modifiers.Select(m => m.Species));
    }

    [Fact]
    public void A_Rate_Law_Can_Be_Given_Separately_And_The_Later_One_Wins()
    {
        var doc = AntimonyReader.ReadString("J0 = k*A\nJ0: A -> B;\nJ1: B -> A; 1\nJ1 = 2*B\nA = 1; B = 0; k = 1");

        ModelComparer.AssertEqual(
            Model() with
            {
                Compartments = [DefaultCompartment],
                Species = [Species("A", concentration: 1), Species("B", concentration: 0)],
                Parameters = [Parameter("k", 1)],
                Reactions = [Reaction("J0", [Ref("A")], [Ref("B")], "k*A"), Reaction("J1", [Ref("B")], [Ref("A")], "2*B")],
            },
            doc.Model);
    }

    [Fact]
    public void A_Reaction_Without_A_Rate_Law_Has_No_Kinetic_Law()
    {
        var doc = AntimonyReader.ReadString("J0: S1 + E -> ES;\nS1 = 1; E = 1; ES = 0");

        Assert.Null(doc.Model.Reactions.Single().KineticLaw);
    }

    [Fact]
    public void The_Same_Species_Twice_On_One_Side_Adds_Up_Its_Stoichiometry()
    {
        var doc = AntimonyReader.ReadString("J: A + A + 2 B -> 3 C + C; k\nA = 1; B = 1; C = 0; k = 1");

        var r = doc.Model.Reactions.Single();
        Assert.Equal([("A", 2.0), ("B", 2.0)], r.Reactants.Select(x => (x.Species, x.Stoichiometry!.Value)));
        Assert.Equal([("C", 4.0)], r.Products.Select(x => (x.Species, x.Stoichiometry!.Value)));
    }

    [Fact]
    public void A_Reaction_In_A_Compartment_Places_Its_Undeclared_Species_There()
    {
        var doc = AntimonyReader.ReadString("J0 in cell: x -> y; k*x\ny -> z; k*y in nucleus\nspecies x in cyto\ncell = 1; nucleus = 1; cyto = 1; k = 1; x = 1; y = 0; z = 0");

        Assert.Equal(["cell", "nucleus"], doc.Model.Reactions.Select(r => r.Compartment));
        Assert.Equal(["cyto", "nucleus", "nucleus"], doc.Model.Species.Select(s => s.Compartment));
    }

    [Fact]
    public void An_Undefined_Rate_Constant_Is_A_Warning_With_Its_Location()
    {
        var doc = AntimonyReader.ReadString("S1 = 1\nS2 = 0\nJ1: S1 -> S2; k1*S1;", "m.ant");

        var warning = Assert.Single(doc.Diagnostics);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal("'k1' is used but never given a value (Antimony leaves it undefined)", warning.Message);
        Assert.Equal(new SourceLocation("m.ant", 3, 1), warning.Location);
        Assert.Equal("k1", warning.Element);
        Assert.Null(doc.Model.Parameters.Single().Value);
    }
}
