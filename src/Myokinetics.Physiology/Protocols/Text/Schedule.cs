namespace Myokinetics.Physiology.Protocols.Text;

/// <summary>When something happens: first at <see cref="Start"/>, then every <see cref="Interval"/>,
/// <see cref="Count"/> times in all (hours).</summary>
/// <param name="Start">The first time, hours from the start of the simulation (default 0).</param>
/// <param name="Interval">Hours between repeats (0 when it happens once).</param>
/// <param name="Count">How many times in all (default 1).</param>
public readonly record struct Schedule(double Start, double Interval, int Count)
{
    /// <summary>Once, at time 0.</summary>
    public static Schedule Once => new(0, 0, 1);

    /// <summary>The word of the string that gave the interval, for messages.</summary>
    internal TextToken? IntervalToken { get; init; }

    /// <summary>Every time, in order.</summary>
    public IEnumerable<double> Times()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return Start + (i * Interval);
        }
    }
}
