using Myokinetics.Core.Diagnostics;
using Myokinetics.Core.Model;

namespace Myokinetics.Antimony.Tests;

public sealed class ReaderUnitTests
{
    [Fact]
    public void Unit_Definitions_Become_Sbml_Unit_Factors()
    {
        var doc = AntimonyReader.ReadString("""
            unit mM = 1e-3 mole / litre
            unit per_s = 1 / second
            unit hour = 3600 seconds
            unit area_um2 = 1e-6 metre^2
            unit foo = 100 mole / 5 liter
            unit mM_per_hour = mM / hour
            unit ratio = 1
            """);

        var units = doc.Model.UnitDefinitions.ToDictionary(u => u.Id, u => u.Units.ToArray());
        Assert.Equal([new Unit("mole", 1, -3), new Unit("litre", -1)], units["mM"]);
        Assert.Equal([new Unit("second", -1)], units["per_s"]);
        Assert.Equal([new Unit("second", 1, 0, 3600)], units["hour"]);
        Assert.Equal([new Unit("metre", 2, -6)], units["area_um2"]);
        Assert.Equal([new Unit("mole", 1, 2), new Unit("litre", -1, 0, 5)], units["foo"]);
        Assert.Equal([new Unit("mole", 1, -3), new Unit("litre", -1), new Unit("second", -1, 0, 3600)], units["mM_per_hour"]);
        Assert.Empty(units["ratio"]);
    }

    [Fact]
    public void Units_Are_Attached_With_Has_Or_After_A_Number()
    {
        var doc = AntimonyReader.ReadString("""
            unit mM = 1e-3 mole / litre
            unit per_s = 1 / second
            k1 = 0.1 per_s
            k2 = 0.2
            k2 has per_s
            species S = 2 mM
            compartment C = 1 litre
            """);

        Assert.Equal([("k1", "per_s", 0.1), ("k2", "per_s", 0.2)], doc.Model.Parameters.Select(p => (p.Id, p.Units, p.Value!.Value)));
        Assert.Equal("mM_times_litre", doc.Model.Species.Single().SubstanceUnits);
        Assert.Equal("litre", doc.Model.Compartments.Single(c => c.Id == "C").Units);
        Assert.Empty(doc.Diagnostics);
    }

    [Fact]
    public void A_Species_Unit_Is_The_Unit_Of_Its_Concentration_So_Its_Substance_Unit_Is_That_Times_Volume()
    {
        var doc = AntimonyReader.ReadString("""
            unit mole_per_litre = mole / litre
            unit mM = 1e-3 mole / litre
            unit ml = 1e-3 litre
            compartment c1 = 1, c2 = 1
            c1 has litre
            c2 has ml
            species E in c1, F in c2, G in c1
            substanceOnly species X in c1
            E has mole_per_litre
            F has mM
            G has mM
            X has mole
            E = 1; F = 1; G = 1; X = 1
            """);

        var units = doc.Model.Species.ToDictionary(s => s.Id, s => s.SubstanceUnits);
        Assert.Equal("mole", units["E"]);
        Assert.Equal("mM_times_ml", units["F"]);
        Assert.Equal("mM_times_litre", units["G"]);
        Assert.Equal("mole", units["X"]);
        var defined = doc.Model.UnitDefinitions.ToDictionary(u => u.Id, u => u.Units.ToArray());
        Assert.Equal([new Unit("mole", 1, -6)], defined["mM_times_ml"]);
        Assert.Equal([new Unit("mole", 1, -3)], defined["mM_times_litre"]);
    }

    [Fact]
    public void Number_Units_Inside_Formulas_Are_Kept_On_The_Numbers()
    {
        var doc = AntimonyReader.ReadString("unit foo = 20 mole / litre\nx = 40 foo / 3 second");

        var ia = doc.Model.InitialAssignments.Single();
        Assert.Equal("40 foo / 3 second", Core.Math.Infix.InfixFormatter.Format(ia.Math));
    }

    [Fact]
    public void Redefining_Substance_Or_Time_Unit_Sets_The_Model_Defaults()
    {
        var doc = AntimonyReader.ReadString("unit substance = 1e-6 mole\nunit time_unit = 3600 second\nunit volume = litre");

        Assert.Equal(new ModelUnits(Substance: "substance", Time: "time_unit", Volume: "volume"), doc.Model.Units);
    }

    [Fact]
    public void An_Undefined_Unit_Is_A_Warning()
    {
        var doc = AntimonyReader.ReadString("x = 10 ml");

        var w = Assert.Single(doc.Diagnostics);
        Assert.Equal(Severity.Warning, w.Severity);
        Assert.Equal("unit 'ml' of 'x' is not defined", w.Message);
    }

    [Fact]
    public void A_Unit_Definition_With_An_Unknown_Word_Is_An_Error()
    {
        var e = Assert.Throws<ModelFormatException>(() => AntimonyReader.ReadString("x = 1\nunit u = 3 furlongs / fortnight"));

        Assert.Equal(2, e.Location.Line);
        Assert.StartsWith("unknown unit 'furlongs' in the definition of 'u'", e.Detail, StringComparison.Ordinal);
    }
}
