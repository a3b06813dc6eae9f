namespace Myokinetics.Analysis.Sensitivity;

/// <summary>
/// The Sobol' low-discrepancy sequence in up to 64 dimensions with Joe and Kuo's direction numbers
/// (<see cref="SobolDirectionNumbers"/>), 32 bits per coordinate, optionally with a random digital
/// shift (each coordinate XOR-ed with a fixed random 32-bit word, which keeps the net structure).
/// Points are computed directly from their index (Gray-code order, Antonov &amp; Saleev 1979), so any
/// point can be drawn by any thread.
/// </summary>
public sealed class SobolSequence
{
    private const int Bits = 32;
    private readonly uint[][] directions;
    private readonly uint[] shifts;

    /// <param name="dimensions">1 … 64.</param>
    /// <param name="shiftSeed">Seeds the digital shift; null for the plain sequence (its first point is 0).</param>
    public SobolSequence(int dimensions, long? shiftSeed = null)
    {
        if (dimensions < 1 || dimensions > SobolDirectionNumbers.MaxDimensions)
        {
            throw new ArgumentOutOfRangeException(nameof(dimensions), dimensions, $"the Sobol' sequence here has 1 to {SobolDirectionNumbers.MaxDimensions} dimensions");
        }

        Dimensions = dimensions;
        directions = new uint[dimensions][];
        directions[0] = new uint[Bits];
        for (var i = 0; i < Bits; i++)
        {
            directions[0][i] = 1u << (Bits - 1 - i);
        }

        for (var d = 1; d < dimensions; d++)
        {
            directions[d] = Directions(SobolDirectionNumbers.Rows[d - 1]);
        }

        shifts = new uint[dimensions];
        if (shiftSeed is { } seed)
        {
            var random = SplitMix64.For(seed, 0x50B01, 0);
            for (var d = 0; d < dimensions; d++)
            {
                shifts[d] = (uint)(random.NextUInt64() >> 32);
            }
        }
    }

    /// <summary>The number of coordinates of each point.</summary>
    public int Dimensions { get; }

    /// <summary>Writes point <paramref name="index"/> (0 … 2³² − 1) into <paramref name="point"/>, each coordinate in [0, 1).</summary>
    public void Point(long index, Span<double> point)
    {
        if (index < 0 || index > uint.MaxValue)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, "a Sobol' point index must be between 0 and 2^32 - 1");
        }

        if (point.Length < Dimensions)
        {
            throw new ArgumentException("the point is shorter than the dimension", nameof(point));
        }

        var gray = (uint)index ^ ((uint)index >> 1);
        for (var d = 0; d < Dimensions; d++)
        {
            var x = shifts[d];
            var v = directions[d];
            var bits = gray;
            for (var j = 0; bits != 0; j++, bits >>= 1)
            {
                if ((bits & 1) != 0)
                {
                    x ^= v[j];
                }
            }

            point[d] = x * (1.0 / 4294967296.0);
        }
    }

    private static uint[] Directions(int[] row)
    {
        var s = row[0];
        var a = row[1];
        var v = new uint[Bits];
        for (var i = 0; i < s; i++)
        {
            v[i] = (uint)row[2 + i] << (Bits - 1 - i);
        }

        for (var i = s; i < Bits; i++)
        {
            var value = v[i - s] ^ (v[i - s] >> s);
            for (var k = 1; k < s; k++)
            {
                if (((a >> (s - 1 - k)) & 1) != 0)
                {
                    value ^= v[i - k];
                }
            }

            v[i] = value;
        }

        return v;
    }
}
