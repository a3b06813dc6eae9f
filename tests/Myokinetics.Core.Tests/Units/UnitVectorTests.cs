using Myokinetics.Core.Units;

namespace Myokinetics.Core.Tests.Units;

public sealed class UnitVectorTests
{
    private static readonly UnitVector Mole = UnitVector.Of(BaseDimension.Amount);
    private static readonly UnitVector Metre = UnitVector.Of(BaseDimension.Length);
    private static readonly UnitVector Second = UnitVector.Of(BaseDimension.Time);
    private static readonly UnitVector Litre = Metre.Pow(3).Scaled(1e-3);

    [Fact]
    public void Default_Is_Dimensionless_With_Factor_One()
    {
        var d = default(UnitVector);

        Assert.True(d.IsDimensionless);
        Assert.Equal(1.0, d.Factor);
        Assert.Equal(UnitVector.Dimensionless, d);
        Assert.Equal("dimensionless", d.ToString());
    }

    [Fact]
    public void Multiply_Adds_Exponents_And_Multiplies_Factors()
    {
        var molar = Mole / Litre;
        var product = molar * Litre;

        Assert.Equal(1.0, molar[BaseDimension.Amount]);
        Assert.Equal(-3.0, molar[BaseDimension.Length]);
        Assert.Equal(1000.0, molar.Factor, 9);
        Assert.Equal(Mole, product);
    }

    [Fact]
    public void Pow_Raises_Exponents_And_Factor()
    {
        var squareMillimetre = Metre.Scaled(1e-3).Pow(2);

        Assert.Equal(2.0, squareMillimetre[BaseDimension.Length]);
        Assert.Equal(1e-6, squareMillimetre.Factor, 15);
        Assert.Equal(Litre, Litre.Pow(1.0 / 3).Pow(3));
    }

    [Fact]
    public void Equality_Tolerates_Rounding_But_Not_A_Different_Scale()
    {
        var third = Second.Scaled(1.0 / 3);
        var rebuilt = third * third * third / Second.Pow(2);
        var millimole = Mole.Scaled(1e-3);

        Assert.Equal(Second.Scaled(1.0 / 27), rebuilt);
        Assert.Equal(Second.Scaled(1440), Second.Scaled(60).Scaled(24));
        Assert.Equal(Second.Scaled(1.0 / 27).GetHashCode(), rebuilt.GetHashCode());
        Assert.NotEqual(Mole, millimole);
        Assert.True(Mole.HasSameDimension(millimole));
        Assert.False(Mole.HasSameDimension(Second));
        Assert.True(Mole != millimole);
    }

    [Fact]
    public void Minute_Is_Sixty_Seconds_And_Differs_From_Second()
    {
        var minute = Second.Scaled(60);

        Assert.Equal(60.0, minute.Factor, 9);
        Assert.NotEqual(Second, minute);
        Assert.Equal(Second, minute / UnitVector.FromFactor(60));
    }

    [Fact]
    public void HasNoDimension_Accepts_Scaled_Pure_Numbers_But_IsDimensionless_Does_Not()
    {
        var percent = UnitVector.FromFactor(0.01);

        Assert.True(percent.HasNoDimension);
        Assert.False(percent.IsDimensionless);
        Assert.Equal(UnitVector.Dimensionless, percent.WithoutFactor);
    }

    [Fact]
    public void Scaled_Rejects_Factors_That_Are_Not_Positive_And_Finite()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Mole.Scaled(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Mole.Scaled(-2));
        Assert.Throws<ArgumentOutOfRangeException>(() => Mole.Scaled(double.NaN));
        Assert.Throws<ArgumentOutOfRangeException>(() => Mole.Pow(double.PositiveInfinity));
    }

    [Fact]
    public void ToSiString_Shows_Exponents_And_Factor()
    {
        Assert.Equal("1000 mole^1 metre^-3", (Mole / Litre).ToSiString());
        Assert.Equal("1 dimensionless", UnitVector.Dimensionless.ToSiString());
    }
}
