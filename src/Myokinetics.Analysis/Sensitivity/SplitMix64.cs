namespace Myokinetics.Analysis.Sensitivity;

/// <summary>
/// The SplitMix64 generator (Steele, Lea &amp; Flood 2014, "Fast splittable pseudorandom number
/// generators", OOPSLA; constants from Vigna's reference implementation): small, fast, and every item
/// gets its own stream from one seed and its index, so results do not depend on the thread that draws them.
/// </summary>
internal struct SplitMix64
{
    private const ulong Gamma = 0x9E3779B97F4A7C15UL;
    private ulong state;

    public SplitMix64(ulong seed)
    {
        state = seed;
    }

    /// <summary>A generator for item <paramref name="index"/> of stream <paramref name="stream"/> under <paramref name="seed"/>.</summary>
    public static SplitMix64 For(long seed, ulong stream, long index) =>
        new(Mix(Mix(unchecked((ulong)seed) ^ (stream * 0xD1B54A32D192ED03UL)) + unchecked((ulong)index * Gamma)));

    /// <summary>The SplitMix64 finaliser: a bijective scramble of 64 bits.</summary>
    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    public ulong NextUInt64()
    {
        state += Gamma;
        return Mix(state);
    }

    /// <summary>Uniform in [0, 1) with 53 random bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / 9007199254740992.0);

    /// <summary>Uniform in 0 … <paramref name="count"/> − 1, without modulo bias (rejection).</summary>
    public int NextInt(int count)
    {
        var n = (ulong)count;
        var limit = ulong.MaxValue - (ulong.MaxValue % n);
        ulong x;
        do
        {
            x = NextUInt64();
        }
        while (x >= limit);
        return (int)(x % n);
    }
}
