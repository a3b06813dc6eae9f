using Myokinetics.Core.Diagnostics;
using Myokinetics.Core.Model;
using static Myokinetics.Antimony.Tests.Ir;

namespace Myokinetics.Antimony.Tests;

public sealed class WriterTests
{
    [Fact]
    public void A_Small_Model_Is_Written_In_Antimony_Section_Order()
    {
        var model = Model("decay") with
        {
            Compartments = [DefaultCompartment],
            Species = [Species("A", concentration: 10), Species("B", concentration: 0)],
            Parameters = [Parameter("k", 0.5, units: "per_s"), Parameter("total", null, constant: false)],
            Rules = [new AssignmentRule("total", M("A + B"))],
            Reactions = [Reaction("J1", [Ref("A")], [Ref("B", 2)], "k*A", reversible: false)],
            UnitDefinitions = [new UnitDefinition("per_s", [new Unit("second", -1)])],
        };

        var text = AntimonyWriter.Write(model);

        Assert.Equal(
            """
            // Created by Myokinetics

            model *decay()

              // Compartments and Species:
              species A;
              species B;

              // Assignment Rules:
              total := A + B;

              // Reactions:
              J1: A => 2 B; k * A;

              // Species initializations:
              A = 10;
              B = 0;

              // Variable initializations:
              k = 0.5;

              // Unit definitions:
              unit per_s = 1 / second;

              // Units:
              k has per_s;
            end

            """.ReplaceLineEndings("\n"),
            text);
        ModelComparer.AssertEqual(model, AntimonyReader.ReadString(text).Model);
    }

    [Fact]
    public void Local_Parameters_Become_Globals_Named_After_Their_Reaction_With_The_Same_Values()
    {
        var model = Model("m") with
        {
            Compartments = [DefaultCompartment],
            Species = [Species("A", concentration: 1), Species("B", concentration: 0)],
            Parameters = [Parameter("J1_k", 7)],
            Reactions =
            [
                Reaction("J1", [Ref("A")], [Ref("B")], null) with
                {
                    KineticLaw = new KineticLaw(M("k * A + J1_k"), [Parameter("k", 0.3, units: "per_s")]),
                },
                Reaction("J2", [Ref("B")], [], null) with
                {
                    KineticLaw = new KineticLaw(M("k * B"), [Parameter("k", 0.1)]),
                },
            ],
        };

        var written = AntimonyWriter.WriteWithDiagnostics(model);
        var back = AntimonyReader.ReadString(written.Text).Model;

        ModelComparer.AssertEqual(
            model with
            {
                Parameters = [Parameter("J1_k", 7), Parameter("J1_k0", 0.3, units: "per_s"), Parameter("J2_k", 0.1)],
                Reactions =
                [
                    Reaction("J1", [Ref("A")], [Ref("B")], "J1_k0 * A + J1_k"),
                    Reaction("J2", [Ref("B")], [], "J2_k * B"),
                ],
            },
            back);
        Assert.Equal(2, written.Diagnostics.Count(d => d.Severity == Severity.Info && d.Message.StartsWith("local parameter 'k'", StringComparison.Ordinal)));
        Assert.Contains("unit 'per_s' of 'J1_k0' is not defined", AntimonyReader.ReadString(written.Text).Diagnostics.Select(d => d.Message));
    }

    [Fact]
    public void Ids_That_Are_Antimony_Keywords_Or_Built_In_Names_Are_Renamed_Everywhere()
    {
        var model = Model("m") with
        {
            Compartments = [Compartment("compartment", 1)],
            Species = [Species("species", "compartment", concentration: 1)],
            Parameters = [Parameter("time", 2), Parameter("pi", 3), Parameter("x", null, constant: false)],
            Rules = [new AssignmentRule("x", new Core.Math.ApplyNode(Core.Math.MathOperator.Times, new Core.Math.SymbolNode("time"), new Core.Math.SymbolNode("pi"), new Core.Math.SymbolNode("species")))],
        };

        var written = AntimonyWriter.WriteWithDiagnostics(model);
        var back = AntimonyReader.ReadString(written.Text).Model;

        Assert.Equal(["compartment_"], back.Compartments.Select(c => c.Id));
        Assert.Equal(("species_", "compartment_"), (back.Species.Single().Id, back.Species.Single().Compartment));
        Assert.Equal("time_ * pi_ * species_", Core.Math.Infix.InfixFormatter.Format(back.Rules.Single().Math));
        Assert.Equal(4, written.Diagnostics.Count(d => d.Severity == Severity.Warning && d.Message.Contains("is written as", StringComparison.Ordinal)));
    }

    [Fact]
    public void Initial_Amounts_Of_Concentration_Species_Are_Written_As_Amount_Over_Size()
    {
        var model = Model("m") with
        {
            Compartments = [Compartment("cell", 2)],
            Species =
            [
                Species("A", "cell", amount: 6),
                Species("X", "cell", concentration: 3, substanceOnly: true),
            ],
        };

        var written = AntimonyWriter.WriteWithDiagnostics(model);
        var back = AntimonyReader.ReadString(written.Text).Model;

        Assert.Contains("  A = 6 / cell;\n", written.Text, StringComparison.Ordinal);
        Assert.Contains("  X = 3 * cell;\n", written.Text, StringComparison.Ordinal);
        ModelComparer.AssertEqual(
            model with
            {
                Species = [Species("A", "cell"), Species("X", "cell", substanceOnly: true)],
                InitialAssignments = [Initial("A", "6 / cell"), Initial("X", "3 * cell")],
            },
            back);
        Assert.Equal(2, written.Diagnostics.Length);
    }

    [Fact]
    public void What_Antimony_Cannot_Say_Is_Marked_With_A_Comment_And_A_Diagnostic()
    {
        var model = Model("m") with
        {
            Compartments = [new Compartment("membrane", 2, 1, null, true)],
            Species =
            [
                new Species("A", "membrane", null, 1, null, false, false, false, "cf"),
                Species("B", "membrane", concentration: 0),
                Species("E", "membrane", concentration: 1),
            ],
            Parameters = [Parameter("cf", 2), Parameter("k", 1)],
            Reactions =
            [
                new Reaction(
                    "J1",
                    [new SpeciesReference("A", null, false, "sr1")],
                    [Ref("B")],
                    [new ModifierReference("E")],
                    new KineticLaw(M("k * A"), []),
                    true,
                    true,
                    null),
            ],
        } with { ConversionFactor = "cf" };

        var written = AntimonyWriter.WriteWithDiagnostics(model);

        var messages = written.Diagnostics.Select(d => d.Message).ToList();
        Assert.Contains("not written: spatial dimensions 2 of compartment 'membrane' (Antimony compartments are read as 3-dimensional)", messages);
        Assert.Contains("not written: conversion factor 'cf' of species 'A'", messages);
        Assert.Contains("not written: the model's conversion factor 'cf'", messages);
        Assert.Contains("not written: the stoichiometry of 'A' in reaction 'J1' is set by math; it is written as 1", messages);
        Assert.Contains("not written: the id 'sr1' of the reference to 'A' in reaction 'J1'", messages);
        Assert.Contains("not written: modifier 'E' of reaction 'J1' is not in its rate law (Antimony infers modifiers from rate laws)", messages);
        Assert.Contains("not written: fast = true of reaction 'J1'", messages);
        Assert.Contains("  // Not expressible in Antimony (see the diagnostics):\n", written.Text, StringComparison.Ordinal);
        Assert.Contains("  //   fast = true of reaction 'J1'\n", written.Text, StringComparison.Ordinal);
        var back = AntimonyReader.ReadString(written.Text).Model;
        Assert.Equal(1, back.Reactions.Single().Reactants.Single().Stoichiometry);
    }

    [Fact]
    public void A_Default_Compartment_That_Is_Not_The_Implicit_One_Is_Written_Out()
    {
        var model = Model("m") with
        {
            Compartments = [Compartment(Default, 2)],
            Species = [Species("A", concentration: 1)],
        };

        var text = AntimonyWriter.Write(model);

        Assert.Contains("  compartment default_compartment;\n", text, StringComparison.Ordinal);
        Assert.Contains("  species A in default_compartment;\n", text, StringComparison.Ordinal);
        ModelComparer.AssertEqual(model, AntimonyReader.ReadString(text).Model);
    }

    [Fact]
    public void An_Event_Without_Assignments_Reads_Back_Without_Assignments()
    {
        var model = Model("m") with
        {
            Parameters = [Parameter("x", 1)],
            Events = [Event("E", "x > 2", [])],
        };

        var text = AntimonyWriter.Write(model);

        Assert.Contains("  E: at x > 2: ;\n", text, StringComparison.Ordinal);
        ModelComparer.AssertEqual(model, AntimonyReader.ReadString(text).Model);
    }

    [Fact]
    public void Species_Get_The_Unit_Of_Their_Concentration_As_Antimony_Expects()
    {
        var model = Model("m") with
        {
            Compartments = [Compartment("c1", 1, units: "litre")],
            Species =
            [
                Species("E", "c1", concentration: 1, units: "mole"),
                Species("X", "c1", amount: 1, substanceOnly: true, units: "mole"),
            ],
        };

        var written = AntimonyWriter.WriteWithDiagnostics(model);
        var back = AntimonyReader.ReadString(written.Text).Model;

        Assert.Contains("  unit mole_per_litre = mole / litre;\n", written.Text, StringComparison.Ordinal);
        Assert.Contains("  E has mole_per_litre;\n", written.Text, StringComparison.Ordinal);
        Assert.Contains("  X has mole;\n", written.Text, StringComparison.Ordinal);
        Assert.Equal(Severity.Info, Assert.Single(written.Diagnostics).Severity);
        ModelComparer.AssertEqual(
            model with { UnitDefinitions = [new UnitDefinition("mole_per_litre", [new Unit("mole"), new Unit("litre", -1)])] },
            back);
    }

    [Fact]
    public void Constant_Species_Are_Written_As_Boundary_Species_With_A_Note()
    {
        var model = Model("m") with
        {
            Compartments = [DefaultCompartment],
            Species = [new Species("A", Default, null, 1, null, false, false, true, null)],
        };

        var written = AntimonyWriter.WriteWithDiagnostics(model);

        Assert.Contains("  species $A;\n", written.Text, StringComparison.Ordinal);
        Assert.Equal(Severity.Info, Assert.Single(written.Diagnostics).Severity);
        Assert.True(AntimonyReader.ReadString(written.Text).Model.Species.Single().BoundaryCondition);
    }

    [Fact]
    public void Model_Default_Units_That_Name_Another_Unit_Are_Copied_Under_The_Antimony_Name()
    {
        var model = Model("m") with
        {
            UnitDefinitions = [new UnitDefinition("mmol", [new Unit("mole", 1, -3)])],
            Units = new ModelUnits(Substance: "mmol", Time: "second"),
        };

        var written = AntimonyWriter.WriteWithDiagnostics(model);
        var back = AntimonyReader.ReadString(written.Text).Model;

        Assert.Contains("  unit substance = 0.001 mole;\n", written.Text, StringComparison.Ordinal);
        Assert.Contains("  unit time_unit = second;\n", written.Text, StringComparison.Ordinal);
        Assert.Equal(new ModelUnits(Substance: "substance", Time: "time_unit"), back.Units);
        Assert.Equal([new Unit("mole", 1, -3)], back.UnitDefinitions.Single(u => u.Id == "substance").Units.AsEnumerable());
    }
}
