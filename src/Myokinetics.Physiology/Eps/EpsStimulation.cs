namespace Myokinetics.Physiology.Eps;

/// <summary>One EPS protocol of a well: a period of stimulation, repeated <paramref name="Repeats"/>
/// times every <paramref name="Interval"/> hours (e.g. one session a day on three consecutive days).</summary>
/// <param name="Kind">Endurance-type (continuous) or resistance-type (bursts).</param>
/// <param name="FrequencyHz">Pulse frequency in Hz (&gt; 0, at most 200).</param>
/// <param name="PulseMs">Pulse width in ms (&gt; 0, at most 50).</param>
/// <param name="Voltage">Pulse amplitude in V (&gt; 0, at most 100).</param>
/// <param name="Duty">Fraction of the time pulses are delivered, in (0, 1]: 1 for continuous
/// stimulation, 0.04 for 200 ms trains every 5 s (Lund et al. 2019, Methods Mol Biol 1889:17).</param>
/// <param name="Start">Start of the first period in hours (≥ 0).</param>
/// <param name="Duration">Duration of each period in hours (&gt; 0).</param>
/// <param name="Repeats">Number of periods (≥ 1; default 1).</param>
/// <param name="Interval">Hours from the start of one period to the start of the next (≥ <paramref name="Duration"/>; default 24, one a day).</param>
public sealed record EpsStimulation(EpsKind Kind, double FrequencyHz, double PulseMs, double Voltage, double Duty, double Start, double Duration, int Repeats = 1, double Interval = 24)
{
    /// <summary>The end of the last period in hours.</summary>
    public double End => Start + ((Repeats - 1) * Interval) + Duration;

    /// <summary>The start of period <paramref name="index"/> (0-based) in hours.</summary>
    public double StartOf(int index) => Start + (index * Interval);
}
