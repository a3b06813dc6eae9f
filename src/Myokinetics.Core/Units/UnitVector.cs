using System.Globalization;

namespace Myokinetics.Core.Units;

/// <summary>
/// A unit of measurement reduced to SI: a power of each <see cref="BaseDimension"/> and a positive
/// factor, so that one of this unit equals <see cref="Factor"/> of the SI unit with the same
/// exponents (litre = 0.001 metre^3, minute = 60 second, millimole/litre = 1 mole/metre^3).
/// </summary>
/// <remarks>
/// <para>SBML never converts units (L3V2 core, "SBML does not define implicit unit conversions"):
/// two quantities are consistent only when both their dimensions and their factors agree, so
/// millimole and mole are different units here. Equality therefore compares exponents to within
/// 1e-9 and factors to a relative 2.3e-9 (1e-9 in log10); the hash uses exponents rounded to 6
/// decimals, which is consistent with that equality for all exponents except those within 1e-9 of
/// a rounding boundary.</para>
/// <para>Exponents may be non-integer (SBML Level 3 allows <c>exponent="0.5"</c>, and
/// <c>root</c>/<c>power</c> produce fractional powers). <c>default(UnitVector)</c> is
/// <see cref="Dimensionless"/>. Radian and steradian reduce to dimensionless, as in SI.</para>
/// </remarks>
public readonly record struct UnitVector
{
    private const double Tolerance = 1e-9;

    private readonly double amount;
    private readonly double item;
    private readonly double mass;
    private readonly double current;
    private readonly double temperature;
    private readonly double luminousIntensity;
    private readonly double length;
    private readonly double time;

    // The factor is kept as its base-10 logarithm so that default(UnitVector) means factor 1 and
    // products of powers of ten (scales) stay exact.
    private readonly double log10Factor;

    private UnitVector(ReadOnlySpan<double> exponents, double log10Factor)
    {
        amount = Snap(exponents[(int)BaseDimension.Amount]);
        item = Snap(exponents[(int)BaseDimension.Item]);
        mass = Snap(exponents[(int)BaseDimension.Mass]);
        current = Snap(exponents[(int)BaseDimension.Current]);
        temperature = Snap(exponents[(int)BaseDimension.Temperature]);
        luminousIntensity = Snap(exponents[(int)BaseDimension.LuminousIntensity]);
        length = Snap(exponents[(int)BaseDimension.Length]);
        time = Snap(exponents[(int)BaseDimension.Time]);
        this.log10Factor = System.Math.Abs(log10Factor) < 1e-12 ? 0.0 : log10Factor;
    }

    /// <summary>The number of base dimensions (the length of <see cref="All"/>).</summary>
    public const int DimensionCount = 8;

    /// <summary>The base dimensions in writing order.</summary>
    public static ImmutableArray<BaseDimension> All { get; } = ImmutableArray.Create(
        BaseDimension.Amount,
        BaseDimension.Item,
        BaseDimension.Mass,
        BaseDimension.Current,
        BaseDimension.Temperature,
        BaseDimension.LuminousIntensity,
        BaseDimension.Length,
        BaseDimension.Time);

    /// <summary>The unit <c>dimensionless</c>: no dimension, factor 1.</summary>
    public static UnitVector Dimensionless => default;

    /// <summary>The SI base unit of <paramref name="dimension"/> (item for <see cref="BaseDimension.Item"/>).</summary>
    public static UnitVector Of(BaseDimension dimension) => Of(dimension, 1.0);

    /// <summary>The SI base unit of <paramref name="dimension"/> raised to <paramref name="exponent"/>.</summary>
    public static UnitVector Of(BaseDimension dimension, double exponent)
    {
        if ((uint)dimension >= DimensionCount)
        {
            throw new ArgumentOutOfRangeException(nameof(dimension), dimension, "Not a base dimension.");
        }

        Span<double> e = stackalloc double[DimensionCount];
        e[(int)dimension] = exponent;
        return new UnitVector(e, 0.0);
    }

    /// <summary>A dimensionless unit worth <paramref name="factor"/> (e.g. 0.01 for percent).</summary>
    /// <param name="factor">A finite number greater than zero.</param>
    public static UnitVector FromFactor(double factor) => Dimensionless.Scaled(factor);

    /// <summary>How many SI units (with the same exponents) one of this unit is; always positive.</summary>
    public double Factor => System.Math.Pow(10.0, log10Factor);

    /// <summary>The base-10 logarithm of <see cref="Factor"/> (exact for pure powers of ten).</summary>
    public double Log10Factor => log10Factor;

    /// <summary>The exponent of one base dimension.</summary>
    public double this[BaseDimension dimension] => dimension switch
    {
        BaseDimension.Amount => amount,
        BaseDimension.Item => item,
        BaseDimension.Mass => mass,
        BaseDimension.Current => current,
        BaseDimension.Temperature => temperature,
        BaseDimension.LuminousIntensity => luminousIntensity,
        BaseDimension.Length => length,
        BaseDimension.Time => time,
        _ => throw new ArgumentOutOfRangeException(nameof(dimension), dimension, "Not a base dimension."),
    };

    /// <summary>True when every exponent is zero, whatever the factor (a pure number such as percent).</summary>
    public bool HasNoDimension
    {
        get
        {
            foreach (var d in All)
            {
                if (System.Math.Abs(this[d]) > Tolerance)
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>True for the unit <c>dimensionless</c> itself: no dimension and factor 1.</summary>
    public bool IsDimensionless => HasNoDimension && System.Math.Abs(log10Factor) <= Tolerance;

    /// <summary>This unit with factor 1 (the coherent SI unit of the same dimension).</summary>
    public UnitVector WithoutFactor => new(Exponents(this), 0.0);

    /// <summary>The product of two units: exponents add, factors multiply.</summary>
    public static UnitVector operator *(UnitVector left, UnitVector right) => left.Multiply(right);

    /// <summary>The quotient of two units: exponents subtract, factors divide.</summary>
    public static UnitVector operator /(UnitVector left, UnitVector right) => left.Divide(right);

    /// <summary>The product of this unit and <paramref name="other"/>.</summary>
    public UnitVector Multiply(UnitVector other)
    {
        Span<double> e = stackalloc double[DimensionCount];
        foreach (var d in All)
        {
            e[(int)d] = this[d] + other[d];
        }

        return new UnitVector(e, log10Factor + other.log10Factor);
    }

    /// <summary>The quotient of this unit by <paramref name="other"/>.</summary>
    public UnitVector Divide(UnitVector other)
    {
        Span<double> e = stackalloc double[DimensionCount];
        foreach (var d in All)
        {
            e[(int)d] = this[d] - other[d];
        }

        return new UnitVector(e, log10Factor - other.log10Factor);
    }

    /// <summary>This unit raised to <paramref name="exponent"/> (any finite real number).</summary>
    public UnitVector Pow(double exponent)
    {
        if (!double.IsFinite(exponent))
        {
            throw new ArgumentOutOfRangeException(nameof(exponent), exponent, "The exponent must be finite.");
        }

        Span<double> e = stackalloc double[DimensionCount];
        foreach (var d in All)
        {
            e[(int)d] = this[d] * exponent;
        }

        return new UnitVector(e, log10Factor * exponent);
    }

    /// <summary>This unit multiplied by a number: <c>Second.Scaled(60)</c> is a minute.</summary>
    /// <param name="factor">A finite number greater than zero.</param>
    public UnitVector Scaled(double factor)
    {
        if (!(factor > 0) || !double.IsFinite(factor))
        {
            throw new ArgumentOutOfRangeException(nameof(factor), factor, "A unit factor must be finite and greater than zero.");
        }

        return new UnitVector(Exponents(this), log10Factor + System.Math.Log10(factor));
    }

    /// <summary>True when both units have the same exponents, whatever their factors
    /// (millimole and mole have the same dimension but are different units).</summary>
    public bool HasSameDimension(UnitVector other)
    {
        foreach (var d in All)
        {
            if (System.Math.Abs(this[d] - other[d]) > Tolerance)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Same dimension and the same factor to a relative 2.3e-9.</summary>
    public bool Equals(UnitVector other) =>
        HasSameDimension(other) && System.Math.Abs(log10Factor - other.log10Factor) <= Tolerance;

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var d in All)
        {
            hash.Add(System.Math.Round(this[d], 6));
        }

        return hash.ToHashCode();
    }

    /// <summary>The readable ASCII form, e.g. <c>millimole/litre/minute</c>; see <see cref="UnitFormatter"/>.</summary>
    public override string ToString() => UnitFormatter.Format(this);

    /// <summary>The exponents written as <c>mole^1 metre^-3 ...</c> with the SI factor, for debugging.</summary>
    public string ToSiString()
    {
        var parts = new List<string>();
        foreach (var d in All)
        {
            if (this[d] != 0)
            {
                parts.Add(string.Create(CultureInfo.InvariantCulture, $"{UnitFormatter.SiName(d)}^{this[d]:G6}"));
            }
        }

        var factor = Factor.ToString("G10", CultureInfo.InvariantCulture);
        return parts.Count == 0 ? $"{factor} dimensionless" : $"{factor} {string.Join(' ', parts)}";
    }

    private static double[] Exponents(UnitVector v)
    {
        var e = new double[DimensionCount];
        foreach (var d in All)
        {
            e[(int)d] = v[d];
        }

        return e;
    }

    private static double Snap(double exponent)
    {
        var rounded = System.Math.Round(exponent);
        // Adding 0.0 turns -0.0 into 0.0 so that it never prints or hashes differently.
        return (System.Math.Abs(exponent - rounded) < 1e-10 ? rounded : exponent) + 0.0;
    }
}
