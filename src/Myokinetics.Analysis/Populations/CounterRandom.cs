namespace Myokinetics.Analysis.Populations;

/// <summary>
/// A counter-based random stream: draw <c>k</c> of stream <c>s</c> under seed <c>seed</c> is a pure
/// function of the three numbers, so a subject's draws never depend on which thread, shard or order
/// computed them.
/// </summary>
/// <remarks>
/// The mixing function is SplitMix64's finaliser (G. L. Steele, D. Lea, C. H. Flood 2014, "Fast
/// splittable pseudorandom number generators", OOPSLA; constants of D. Stafford's "variant 13"), a
/// bijection on 64-bit words with full avalanche. The stream key is
/// <c>mix(mix(seed ⊕ c) + s·γ)</c> and draw <c>k</c> is <c>mix(key + (k + 1)·γ)</c>, with γ the
/// golden-ratio increment 0x9E3779B97F4A7C15 that SplitMix64 itself walks by: each stream is a
/// SplitMix64 sequence started at its own hashed key.
/// </remarks>
public readonly struct CounterRandom
{
    private const ulong Golden = 0x9E3779B97F4A7C15UL;
    private const ulong SeedSalt = 0x6A09E667F3BCC909UL;
    private readonly ulong key;

    /// <summary>The stream <paramref name="stream"/> (e.g. a subject's number) under <paramref name="seed"/>.</summary>
    public CounterRandom(ulong seed, ulong stream)
    {
        key = Mix(Mix(seed ^ SeedSalt) + (stream * Golden));
    }

    /// <summary>Draw number <paramref name="counter"/> of the stream, a uniformly distributed 64-bit word.</summary>
    public ulong Bits(ulong counter) => Mix(key + ((counter + 1) * Golden));

    /// <summary>Draw number <paramref name="counter"/> as a uniform number strictly between 0 and 1:
    /// (top 53 bits + ½)·2⁻⁵³, so that neither end is ever returned.</summary>
    public double Uniform(ulong counter) => ((Bits(counter) >> 11) + 0.5) * (1.0 / (1UL << 53));

    /// <summary>SplitMix64's finaliser (the same function the sensitivity methods' generator uses).</summary>
    public static ulong Mix(ulong z) => Sensitivity.SplitMix64.Mix(z);
}
