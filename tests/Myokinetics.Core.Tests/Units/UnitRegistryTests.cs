using Myokinetics.Core.Diagnostics;
using Myokinetics.Core.Math;
using Myokinetics.Core.Model;
using Myokinetics.Core.Units;
using static Myokinetics.Core.Tests.Units.UnitTestModels;
using IrModel = Myokinetics.Core.Model.Model;

namespace Myokinetics.Core.Tests.Units;

public sealed class UnitRegistryTests
{
    private static readonly UnitVector Mole = UnitVector.Of(BaseDimension.Amount);
    private static readonly UnitVector Second = UnitVector.Of(BaseDimension.Time);
    private static readonly UnitVector Metre = UnitVector.Of(BaseDimension.Length);
    private static readonly UnitVector Litre = Metre.Pow(3).Scaled(1e-3);

    [Fact]
    public void User_Definitions_Combine_Their_Units()
    {
        // The spec's example "mmls": millimole per litre per second.
        var model = IrModel.Empty("m") with
        {
            UnitDefinitions =
            [
                Def("mmls", new Unit("mole", 1, -3), new Unit("litre", -1), new Unit("second", -1)),
                Def("foot", new Unit("metre", 1, 0, 0.3048)),
            ],
        };

        var registry = UnitRegistry.Create(model);

        Assert.True(registry.TryResolve("mmls", out var mmls));
        Assert.Equal(Mole.Scaled(1e-3) / Litre / Second, mmls);
        Assert.Equal("millimole/litre/second", mmls.ToString());
        Assert.True(registry.TryResolve("foot", out var foot));
        Assert.Equal(0.3048, foot.Factor, 12);
        Assert.True(registry.TryResolve("mole", out var mole));
        Assert.Equal(Mole, mole);
        Assert.Empty(registry.Diagnostics);
    }

    [Fact]
    public void An_Empty_Unit_Definition_Means_Undeclared_Without_A_Warning()
    {
        var model = IrModel.Empty("m") with
        {
            UnitDefinitions = [Def("later")],
            Parameters = [Param("p", "later")],
        };

        var registry = UnitRegistry.Create(model);

        Assert.True(registry.IsDefined("later"));
        Assert.False(registry.TryResolve("later", out _));
        Assert.Null(registry.UnitsOf("p"));
        Assert.Empty(registry.Diagnostics);
    }

    [Fact]
    public void Undefined_Unit_Ids_Become_Warnings_Not_Exceptions()
    {
        var location = new SourceLocation("m.xml", 12, 5);
        var model = IrModel.Empty("m") with
        {
            Units = new ModelUnits(Time: "fortnight"),
            Parameters = [Param("q", "furlong") with { Location = location }],
        };

        var registry = UnitRegistry.Create(model);

        Assert.Null(registry.UnitsOf("q"));
        Assert.Null(registry.Time);
        Assert.Collection(
            registry.Diagnostics,
            d => Assert.Equal("model time units: unit 'fortnight' is not defined", d.Message),
            d =>
            {
                Assert.Equal(Severity.Warning, d.Severity);
                Assert.Equal("parameter q: unit 'furlong' is not defined", d.Message);
                Assert.Equal("q", d.Element);
                Assert.Equal(location, d.Location);
            });
    }

    [Fact]
    public void Faulty_Unit_Definitions_Are_Reported_And_Left_Undeclared()
    {
        var model = IrModel.Empty("m") with
        {
            UnitDefinitions =
            [
                Def("odd", new Unit("fortnight")),
                Def("negative", new Unit("second", 1, 0, -2)),
                Def("mole", new Unit("second")),
                Def("twice", new Unit("second")),
                Def("twice", new Unit("metre")),
            ],
        };

        var registry = UnitRegistry.Create(model);

        Assert.False(registry.TryResolve("odd", out _));
        Assert.False(registry.TryResolve("negative", out _));
        Assert.True(registry.TryResolve("mole", out var mole));
        Assert.Equal(Mole, mole);
        Assert.True(registry.TryResolve("twice", out var twice));
        Assert.Equal(Second, twice);
        Assert.Equal(
            [
                "unit definition 'mole' redefines a base unit kind; the base unit is used",
                "unit definition 'twice' is defined more than once; the first definition is used",
                "unit definition 'odd': 'fortnight' is not a unit kind",
                "unit definition 'negative': a unit needs a positive finite multiplier and a finite exponent (found multiplier -2, exponent 1)",
            ],
            registry.Diagnostics.Select(d => d.Message));
    }

    [Fact]
    public void Level2_Models_Use_The_Built_In_Units_As_Defaults()
    {
        var model = IrModel.Empty("m") with
        {
            SbmlLevelVersion = (2, 4),
            Compartments = [Comp("cell", units: null, dimensions: null), Comp("membrane", units: null, dimensions: 2)],
            Species = [Spec("S")],
        };

        var registry = UnitRegistry.Create(model);

        Assert.Equal(Second, registry.Time);
        Assert.Equal(Mole, registry.Substance);
        Assert.Equal(Mole, registry.Extent);
        Assert.Equal(Mole / Second, registry.ReactionRate);
        Assert.Equal(Litre, registry.CompartmentUnits("cell"));
        Assert.Equal(Metre.Pow(2), registry.CompartmentUnits("membrane"));
        Assert.Equal(Mole / Litre, registry.UnitsOf("S"));
        Assert.Empty(registry.Diagnostics);
    }

    [Fact]
    public void Level2_Built_In_Units_Can_Be_Redefined()
    {
        var model = IrModel.Empty("m") with
        {
            SbmlLevelVersion = (2, 4),
            UnitDefinitions = [Def("substance", new Unit("mole", 1, -3)), Def("time", new Unit("second", 1, 0, 60))],
            Compartments = [Comp("cell", units: null, dimensions: 3)],
            Species = [Spec("S", onlySubstance: true)],
        };

        var registry = UnitRegistry.Create(model);

        Assert.Equal("millimole", registry.UnitsOf("S")!.Value.ToString());
        Assert.Equal("minute", registry.Time!.Value.ToString());
        Assert.Equal("millimole/minute", registry.ReactionRate!.Value.ToString());
    }

    [Fact]
    public void Level3_Models_Have_No_Built_In_Units()
    {
        var model = IrModel.Empty("m") with
        {
            SbmlLevelVersion = (3, 2),
            Compartments = [Comp("cell", units: null, dimensions: null)],
            Parameters = [Param("p", "substance")],
        };

        var registry = UnitRegistry.Create(model);

        Assert.Null(registry.Time);
        Assert.Null(registry.CompartmentUnits("cell"));
        Assert.Null(registry.UnitsOf("p"));
        Assert.Equal("parameter p: unit 'substance' is not defined", Assert.Single(registry.Diagnostics).Message);
    }

    [Fact]
    public void Compartments_Inherit_Model_Units_By_Spatial_Dimensions()
    {
        var model = IrModel.Empty("m") with
        {
            SbmlLevelVersion = (3, 2),
            Units = new ModelUnits(Volume: "litre", Area: "area", Length: "metre"),
            UnitDefinitions = [Def("area", new Unit("metre", 2, -6))],
            Compartments =
            [
                Comp("v", units: null, dimensions: 3),
                Comp("a", units: null, dimensions: 2),
                Comp("l", units: null, dimensions: 1),
                Comp("point", units: null, dimensions: 0),
                Comp("own", units: "metre", dimensions: 3),
            ],
        };

        var registry = UnitRegistry.Create(model);

        Assert.Equal(Litre, registry.CompartmentUnits("v"));
        Assert.Equal(Metre.Pow(2).Scaled(1e-12), registry.CompartmentUnits("a"));
        Assert.Equal(Metre, registry.CompartmentUnits("l"));
        Assert.Null(registry.CompartmentUnits("point"));
        Assert.Equal(Metre, registry.CompartmentUnits("own"));
    }

    [Fact]
    public void Species_Are_Concentrations_Unless_They_Have_Only_Substance_Units()
    {
        var model = Consistent() with
        {
            Compartments = [Comp("cell"), Comp("point", units: null, dimensions: 0)],
            Species =
            [
                Spec("S"),
                Spec("A", onlySubstance: true),
                Spec("M", substanceUnits: "mmol"),
                Spec("Z", compartment: "point"),
            ],
        };

        var registry = UnitRegistry.Create(model);

        Assert.Equal(Mole / Litre, registry.UnitsOf("S"));
        Assert.Equal(Mole, registry.UnitsOf("A"));
        Assert.Equal("millimole/litre", registry.UnitsOf("M")!.Value.ToString());
        Assert.Equal(Mole.Scaled(1e-3), registry.SpeciesAmountUnits("M"));
        Assert.Equal(Mole, registry.UnitsOf("Z"));
        Assert.Equal(Mole / Litre, registry.SpeciesConcentrationUnits("A"));
        Assert.Null(registry.SpeciesConcentrationUnits("Z"));
    }

    [Fact]
    public void Time_Has_The_Model_Time_Units_And_Avogadro_Is_Dimensionless()
    {
        var registry = UnitRegistry.Create(Consistent());
        var timeless = UnitRegistry.Create(Consistent() with { Units = ModelUnits.None });

        Assert.Equal(Second, registry.UnitsOf(CSymbolKind.Time));
        Assert.Equal(UnitVector.Dimensionless, registry.UnitsOf(CSymbolKind.Avogadro));
        Assert.Null(timeless.UnitsOf(CSymbolKind.Time));
        Assert.Null(timeless.ReactionRate);
    }

    [Fact]
    public void Reactions_Local_Parameters_And_Species_References_Have_Their_Units()
    {
        var model = Consistent() with
        {
            Reactions =
            [
                Reaction("J1", Sym("k"), [Ref("S", id: "sr1")], Param("k", "per_minute")),
            ],
        };

        var registry = UnitRegistry.Create(model);

        Assert.Equal(Mole / Second, registry.UnitsOf("J1"));
        Assert.Equal(UnitVector.Dimensionless, registry.UnitsOf("sr1"));
        Assert.Equal(UnitVector.Dimensionless / Second, registry.UnitsOf("k"));
        Assert.Equal("1/minute", registry.UnitsOf("k", "J1")!.Value.ToString());
        Assert.True(registry.TryGetSymbol("k", "J1", out var local));
        Assert.Equal(SymbolKind.LocalParameter, local.Kind);
        Assert.Equal("J1", local.Reaction);
        Assert.Null(registry.UnitsOf("nothing"));
        Assert.Contains(registry.Symbols, s => s.Id == "sr1" && s.Kind == SymbolKind.SpeciesReference);
    }

    [Fact]
    public void Extent_Falls_Back_To_Substance_Units()
    {
        var model = Consistent() with { Units = new ModelUnits(Substance: "mmol", Time: "minute") };

        var registry = UnitRegistry.Create(model);

        Assert.Equal("millimole/minute", registry.ReactionRate!.Value.ToString());
    }
}
