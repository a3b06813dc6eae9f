namespace Myokinetics.Analysis.Populations;

/// <summary>
/// A mergeable quantile sketch: a histogram of finite values in fixed log-linear buckets, read
/// straight from the bits of the double — the exponent and the top <see cref="MantissaBits"/> bits of
/// the mantissa — so every binade [2ᵉ, 2ᵉ⁺¹) is split into 256 equal buckets.
/// </summary>
/// <remarks>
/// <para>Accuracy: a bucket spans at most 2⁻⁸ of its lower end, and a value is represented by its
/// bucket's midpoint (kept within the exact minimum and maximum seen), so a value of rank r is
/// returned within 2⁻⁹ ≈ 0.2 % of itself (relative); the smallest and largest are exact. Percentiles interpolated between two ranks of
/// the same sign keep that relative bound. The bucket bounds are the same for every run, the counts
/// are integers, so adding values in any order and merging sketches in any grouping gives
/// identical counts and identical quantiles.</para>
/// <para>Memory: 4 bytes per bucket between the smallest and largest bucket used, i.e. 1 KiB per
/// binade the values span (a spread of a factor of 10 touches about 4 binades) — independent of how
/// many values are added. The same idea as HDR histograms and DDSketch (Masson, Rim, Lee 2019, PVLDB
/// 12:2195), with the bucket taken from the bit pattern instead of a logarithm, so that no
/// floating-point function can differ between machines.</para>
/// </remarks>
internal sealed class QuantileSketch
{
    /// <summary>The mantissa bits that pick the bucket within a binade.</summary>
    public const int MantissaBits = 8;

    /// <summary>The largest relative error of a represented value, 2⁻⁽ᴹᵃⁿᵗⁱˢˢᵃᴮⁱᵗˢ⁺¹⁾.</summary>
    public const double RelativeAccuracy = 1.0 / (1 << (MantissaBits + 1));

    private const int Shift = 52 - MantissaBits;

    /// <summary>Magnitudes of the positive values.</summary>
    public BucketStore Positive { get; } = new();

    /// <summary>Magnitudes of the negative values.</summary>
    public BucketStore Negative { get; } = new();

    /// <summary>How many zeros (of either sign) were added.</summary>
    public long Zeros { get; set; }

    /// <summary>How many values were added.</summary>
    public long Count => Zeros + Positive.Total + Negative.Total;

    /// <summary>The smallest value added (+∞ when none).</summary>
    public double Min { get; set; } = double.PositiveInfinity;

    /// <summary>The largest value added (−∞ when none).</summary>
    public double Max { get; set; } = double.NegativeInfinity;

    /// <summary>Adds a finite value.</summary>
    public void Add(double value)
    {
        if (value < Min)
        {
            Min = value;
        }

        if (value > Max)
        {
            Max = value;
        }

        if (value == 0)
        {
            Zeros++;
            return;
        }

        var key = Key(value);
        (value > 0 ? Positive : Negative).Increment(key, 1);
    }

    /// <summary>Adds another sketch's counts.</summary>
    public void Add(QuantileSketch other)
    {
        ArgumentNullException.ThrowIfNull(other);
        Zeros += other.Zeros;
        Positive.Add(other.Positive);
        Negative.Add(other.Negative);
        Min = Math.Min(Min, other.Min);
        Max = Math.Max(Max, other.Max);
    }

    /// <summary>The <paramref name="probability"/>-quantile by linear interpolation between order
    /// statistics (Hyndman &amp; Fan 1996 type 7, R's and NumPy's default): h = (n − 1)p, the value at
    /// rank ⌊h⌋ plus the fraction of h of the step to the next. NaN when empty.</summary>
    public double Quantile(double probability)
    {
        var n = Count;
        if (n == 0)
        {
            return double.NaN;
        }

        var h = (n - 1) * probability;
        var rank = (long)Math.Floor(h);
        var fraction = h - rank;
        var low = ValueAtRank(rank);
        return fraction > 0 && rank + 1 < n ? low + (fraction * (ValueAtRank(rank + 1) - low)) : low;
    }

    /// <summary>The bucket of a nonzero finite value's magnitude.</summary>
    public static int Key(double value) => (int)((BitConverter.DoubleToInt64Bits(value) & long.MaxValue) >> Shift);

    /// <summary>The midpoint of bucket <paramref name="key"/> (a magnitude).</summary>
    public static double Midpoint(int key)
    {
        var low = BitConverter.Int64BitsToDouble((long)key << Shift);
        var high = BitConverter.Int64BitsToDouble((long)(key + 1) << Shift);
        return low + (0.5 * (high - low));
    }

    /// <summary>The represented value of rank <paramref name="rank"/> (0 the smallest).</summary>
    private double ValueAtRank(long rank)
    {
        // The extremes are known exactly.
        if (rank == 0)
        {
            return Min;
        }

        if (rank == Count - 1)
        {
            return Max;
        }

        double value;
        if (rank < Negative.Total)
        {
            // Negative values ascend as their magnitudes descend: rank r is the (total − 1 − r)-th smallest magnitude.
            value = -Midpoint(Negative.KeyAtRank(Negative.Total - 1 - rank));
        }
        else if (rank < Negative.Total + Zeros)
        {
            value = 0;
        }
        else
        {
            value = Midpoint(Positive.KeyAtRank(rank - Negative.Total - Zeros));
        }

        return Math.Clamp(value, Min, Max);
    }
}
