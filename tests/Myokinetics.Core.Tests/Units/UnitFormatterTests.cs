using Myokinetics.Core.Units;

namespace Myokinetics.Core.Tests.Units;

public sealed class UnitFormatterTests
{
    private static readonly UnitVector Mole = UnitVector.Of(BaseDimension.Amount);
    private static readonly UnitVector Metre = UnitVector.Of(BaseDimension.Length);
    private static readonly UnitVector Second = UnitVector.Of(BaseDimension.Time);
    private static readonly UnitVector Kilogram = UnitVector.Of(BaseDimension.Mass);
    private static readonly UnitVector Litre = Metre.Pow(3).Scaled(1e-3);
    private static readonly UnitVector Minute = Second.Scaled(60);
    private static readonly UnitVector Hour = Second.Scaled(3600);
    private static readonly UnitVector Gram = Kilogram.Scaled(1e-3);
    private static readonly UnitVector One = UnitVector.Dimensionless;

    public static TheoryData<string, UnitVector> Cases => new()
    {
        { "mole/litre/second", Mole / Litre / Second },
        { "mole/second", Mole / Second },
        { "millimole/litre", Mole.Scaled(1e-3) / Litre },
        { "millimole/litre", Mole / Metre.Pow(3) },
        { "millimole/litre/minute", Mole.Scaled(1e-3) / Litre / Minute },
        { "1/second", One / Second },
        { "1/minute", One / Minute },
        { "1/hour", One / Hour },
        { "1/millisecond", One / Second.Scaled(1e-3) },
        { "litre/mole/second", Litre / Mole / Second },
        { "litre", Litre },
        { "millilitre", Litre.Scaled(1e-3) },
        { "metre^3", Metre.Pow(3) },
        { "metre^2", Metre.Pow(2) },
        { "metre^0.5", Metre.Pow(0.5) },
        { "0.3048 metre", Metre.Scaled(0.3048) },
        { "gram/litre", Gram / Litre },
        { "milligram", Gram.Scaled(1e-3) },
        { "kilogram", Kilogram },
        { "kilogram*metre^2/second^2", Kilogram * Metre.Pow(2) / Second.Pow(2) },
        { "item", UnitVector.Of(BaseDimension.Item) },
        { "mole*kelvin", Mole * UnitVector.Of(BaseDimension.Temperature) },
        { "dimensionless", One },
        { "0.01 dimensionless", UnitVector.FromFactor(0.01) },
        { "0.5/minute", One / Minute.Scaled(2) },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Format_Writes_Readable_Ascii_Names(string expected, UnitVector units)
    {
        Assert.Equal(expected, UnitFormatter.Format(units));
        Assert.Equal(expected, units.ToString());
    }
}
