using Myokinetics.Core.Model;
using Myokinetics.Core.Units;

namespace Myokinetics.Core.Tests.Units;

public sealed class UnitKindsTests
{
    private static readonly UnitVector Metre = UnitVector.Of(BaseDimension.Length);
    private static readonly UnitVector Second = UnitVector.Of(BaseDimension.Time);

    public static TheoryData<string> Level3Kinds => new()
    {
        "ampere", "avogadro", "becquerel", "candela", "coulomb", "dimensionless", "farad", "gram", "gray",
        "henry", "hertz", "item", "joule", "katal", "kelvin", "kilogram", "litre", "lumen", "lux", "metre",
        "mole", "newton", "ohm", "pascal", "radian", "second", "siemens", "sievert", "steradian", "tesla",
        "volt", "watt", "weber",
    };

    [Theory]
    [MemberData(nameof(Level3Kinds))]
    public void Every_Level3_Kind_Resolves(string kind)
    {
        Assert.True(UnitKinds.IsKind(kind));
        Assert.True(UnitKinds.TryGet(kind, out _));
        Assert.Contains(kind, UnitKinds.Level3Names);
    }

    [Fact]
    public void There_Are_Exactly_The_33_Level3_Kinds()
    {
        Assert.Equal(33, UnitKinds.Level3Names.Length);
    }

    [Fact]
    public void Kinds_Are_Case_Sensitive_And_Unknown_Ones_Are_Rejected()
    {
        Assert.False(UnitKinds.IsKind("Mole"));
        Assert.False(UnitKinds.IsKind("substance"));
        Assert.False(UnitKinds.TryGet("furlong", out _));
    }

    [Fact]
    public void Kinds_Reduce_To_SI()
    {
        Assert.Equal(Metre.Pow(3).Scaled(1e-3), Get("litre"));
        Assert.Equal(Get("litre"), Get("liter"));
        Assert.Equal(UnitVector.Of(BaseDimension.Mass).Scaled(1e-3), Get("gram"));
        Assert.Equal(UnitVector.Dimensionless / Second, Get("hertz"));
        Assert.Equal(Get("hertz"), Get("becquerel"));
        Assert.Equal(UnitVector.Dimensionless, Get("radian"));
        Assert.Equal(UnitVector.Of(BaseDimension.Amount) / Second, Get("katal"));
        Assert.Equal(Get("joule") / Second, Get("watt"));
        Assert.Equal(Get("watt") / UnitVector.Of(BaseDimension.Current), Get("volt"));
        Assert.Equal(Get("volt") / UnitVector.Of(BaseDimension.Current), Get("ohm"));
        Assert.Equal(UnitVector.Dimensionless / Get("ohm"), Get("siemens"));
    }

    [Fact]
    public void Avogadro_Is_Dimensionless_Times_The_Codata_2006_Number()
    {
        var avogadro = Get("avogadro");

        Assert.True(avogadro.HasNoDimension);
        Assert.Equal(6.02214179e23, avogadro.Factor, 1e9);
        Assert.NotEqual(UnitVector.Of(BaseDimension.Item), UnitVector.Of(BaseDimension.Amount));
    }

    [Fact]
    public void TryReduce_Applies_Multiplier_Scale_And_Exponent()
    {
        // (multiplier · 10^scale · kind)^exponent: (1 · 10^-2 · metre)^2 = 1e-4 metre^2.
        Assert.True(UnitKinds.TryReduce(new Unit("metre", 2, -2), out var squareCentimetre));
        Assert.Equal(Metre.Pow(2).Scaled(1e-4), squareCentimetre);

        // (60 · second)^-1 = 1/minute.
        Assert.True(UnitKinds.TryReduce(new Unit("second", -1, 0, 60), out var perMinute));
        Assert.Equal("1/minute", perMinute.ToString());

        Assert.False(UnitKinds.TryReduce(new Unit("second", 1, 0, -1), out _));
        Assert.False(UnitKinds.TryReduce(new Unit("fortnight"), out _));
    }

    private static UnitVector Get(string kind)
    {
        Assert.True(UnitKinds.TryGet(kind, out var units));
        return units;
    }
}
