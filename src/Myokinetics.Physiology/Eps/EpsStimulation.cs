namespace Myokinetics.Physiology.Eps;

/// <summary>One EPS period of a well.</summary>
/// <param name="Kind">Endurance-type (continuous) or resistance-type (bursts).</param>
/// <param name="FrequencyHz">Pulse frequency in Hz (&gt; 0, at most 200).</param>
/// <param name="PulseMs">Pulse width in ms (&gt; 0, at most 50).</param>
/// <param name="Voltage">Pulse amplitude in V (&gt; 0, at most 100).</param>
/// <param name="Duty">Fraction of the time pulses are delivered, in (0, 1]: 1 for continuous
/// stimulation, 0.04 for 200 ms trains every 5 s (Lund et al. 2019, Methods Mol Biol 1889:17).</param>
/// <param name="Start">Start in hours (≥ 0).</param>
/// <param name="Duration">Duration in hours (&gt; 0).</param>
public sealed record EpsStimulation(EpsKind Kind, double FrequencyHz, double PulseMs, double Voltage, double Duty, double Start, double Duration)
{
    /// <summary>The end in hours.</summary>
    public double End => Start + Duration;
}
