using Myokinetics.Core.Model;
using static Myokinetics.Antimony.Tests.Ir;

namespace Myokinetics.Antimony.Tests;

public sealed class ReaderDeclarationTests
{
    [Fact]
    public void Compartments_Have_Sizes_And_Are_Constant_Unless_Declared_Var()
    {
        var doc = AntimonyReader.ReadString("""
            compartment cytoplasm = 1.5, mitochondria = 2.6
            var compartment nucleus
            nucleus = 0.2
            const compartment vacuole
            """);

        ModelComparer.AssertEqual(
            Model() with
            {
                Compartments =
                [
                    Compartment("cytoplasm", 1.5), Compartment("mitochondria", 2.6),
                    Compartment("nucleus", 0.2, constant: false), Compartment("vacuole", null),
                ],
            },
            doc.Model);
    }

    [Fact]
    public void Species_Placed_Nowhere_Are_In_A_Default_Compartment_Of_Size_One()
    {
        var doc = AntimonyReader.ReadString("species S = 4\nspecies T in C\nC = 2");

        ModelComparer.AssertEqual(
            Model() with
            {
                Compartments = [DefaultCompartment, Compartment("C", 2)],
                Species = [Species("S", concentration: 4), Species("T", "C")],
            },
            doc.Model);
    }

    [Fact]
    public void Species_Values_Are_Concentrations_And_Substance_Only_Species_Values_Are_Amounts()
    {
        var doc = AntimonyReader.ReadString("""
            compartment C = 2
            species A in C, B in C
            substanceOnly species X in C
            A = 1.5; B = 0; X = 2.5
            """);

        ModelComparer.AssertEqual(
            Model() with
            {
                Compartments = [Compartment("C", 2)],
                Species =
                [
                    Species("A", "C", concentration: 1.5), Species("B", "C", concentration: 0),
                    Species("X", "C", amount: 2.5, substanceOnly: true),
                ],
            },
            doc.Model);
    }

    [Fact]
    public void A_Dollar_Or_Const_Makes_A_Species_A_Boundary_Species_And_Var_Undoes_It()
    {
        var doc = AntimonyReader.ReadString("""
            species S1, $S2, S3, S4
            const S3
            const species S5
            var S2
            S1 = 1; S2 = 1; S3 = 1; S4 = 1; S5 = 1
            """);

        var boundary = doc.Model.Species.ToDictionary(s => s.Id, s => s.BoundaryCondition);
        Assert.Equal(new Dictionary<string, bool> { ["S1"] = false, ["S2"] = false, ["S3"] = true, ["S4"] = false, ["S5"] = true }, boundary);
        Assert.All(doc.Model.Species, s => Assert.False(s.Constant));
    }

    [Fact]
    public void Initial_Values_That_Are_Not_Numbers_Become_Initial_Assignments()
    {
        var doc = AntimonyReader.ReadString("""
            A = 1.2
            k1 = 2.3 + A
            k2 = sin(0.5)
            k3 = -4
            species S = k1 * 2
            """);

        ModelComparer.AssertEqual(
            Model() with
            {
                Compartments = [DefaultCompartment],
                Species = [Species("S")],
                Parameters = [Parameter("A", 1.2), Parameter("k1", null), Parameter("k2", null), Parameter("k3", -4)],
                InitialAssignments = [Initial("k1", "2.3 + A"), Initial("k2", "sin(0.5)"), Initial("S", "k1 * 2")],
            },
            doc.Model);
    }

    [Fact]
    public void Undeclared_Names_Are_Parameters_And_Names_In_A_Compartment_Are_Species()
    {
        var doc = AntimonyReader.ReadString("k = 3\nS1 in comp = 5\ncomp = 1");

        ModelComparer.AssertEqual(
            Model() with
            {
                Compartments = [Compartment("comp", 1)],
                Species = [Species("S1", "comp", concentration: 5)],
                Parameters = [Parameter("k", 3)],
            },
            doc.Model);
    }

    [Fact]
    public void Formulas_Are_Constant_Unless_Var_Or_Changed_By_A_Rule_Or_Event()
    {
        var doc = AntimonyReader.ReadString("""
            formula a, b
            var b
            a = 1; b = 2; c = 3; d = 4; e = 5
            c := a * 2
            d' = 1
            at (time > 1): e = 0
            const f
            """);

        var constant = doc.Model.Parameters.ToDictionary(p => p.Id, p => p.Constant);
        Assert.Equal(
            new Dictionary<string, bool> { ["a"] = true, ["b"] = false, ["c"] = false, ["d"] = false, ["e"] = false, ["f"] = true },
            constant);
    }

    [Fact]
    public void A_Later_Definition_Replaces_An_Earlier_One()
    {
        var doc = AntimonyReader.ReadString("pH = 7\nk1 = -log10(pH)\npH = 8.2\nk2 = -log10(pH)");

        ModelComparer.AssertEqual(
            Model() with
            {
                Parameters = [Parameter("pH", 8.2), Parameter("k1", null), Parameter("k2", null)],
                InitialAssignments = [Initial("k1", "-log10(pH)"), Initial("k2", "-log10(pH)")],
            },
            doc.Model);
    }

    [Fact]
    public void A_Declaration_Can_Carry_An_Assignment_Rule()
    {
        var doc = AntimonyReader.ReadString("species S1 in C := 3 + p\nC = 1\np = 2");

        var rule = Assert.IsType<AssignmentRule>(Assert.Single(doc.Model.Rules));
        Assert.Equal("S1", rule.Variable);
        Assert.True(doc.Model.Species.Single().BoundaryCondition);
    }

    [Fact]
    public void Using_A_Species_Name_As_A_Compartment_Is_An_Error()
    {
        var e = Assert.Throws<Core.Diagnostics.ModelFormatException>(() => AntimonyReader.ReadString("species S\nX in S"));

        Assert.Equal("'S' is a species; it cannot also be a compartment", e.Detail);
        Assert.Equal((2, 1), (e.Location.Line, e.Location.Column));
    }
}
