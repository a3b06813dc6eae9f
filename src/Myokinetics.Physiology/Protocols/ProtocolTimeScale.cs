namespace Myokinetics.Physiology.Protocols;

/// <summary>Protocols are written in hours; a model whose time unit is not the hour gets its times scaled.</summary>
public static class ProtocolTimeScale
{
    /// <summary>The protocol with every time multiplied by <paramref name="modelUnitsPerHour"/>.</summary>
    public static Protocol ToModelTime(Protocol protocol, double modelUnitsPerHour)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        if (modelUnitsPerHour == 1)
        {
            return protocol;
        }

        return new Protocol(
            protocol.Sessions.Select(s => s with { Start = s.Start * modelUnitsPerHour, Duration = s.Duration * modelUnitsPerHour }).ToImmutableArray(),
            protocol.Doses.Select(d => d with { Time = d.Time * modelUnitsPerHour }).ToImmutableArray());
    }
}
