namespace Myokinetics.Physiology.Eps;

/// <summary>The two EPS protocols used to mimic exercise in cultured myotubes.</summary>
public enum EpsKind
{
    /// <summary>Chronic, low-frequency, continuous pulses (1 Hz, 2 ms, 24–48 h).</summary>
    Endurance,

    /// <summary>Acute, high-frequency bursts (30–100 Hz trains of 200 ms every 5 s, up to about 1 h).</summary>
    Resistance,
}
