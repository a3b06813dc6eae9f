using Myokinetics.Core.Compile;

namespace Myokinetics.Core.Simulate;

/// <summary>An event that has triggered and waits for its execution time.</summary>
/// <param name="Event">The event.</param>
/// <param name="Time">When it executes.</param>
/// <param name="Values">Its assignment values when computed at trigger time; otherwise null.</param>
/// <param name="Sequence">Order of triggering (ties are broken deterministically by the seeded generator, not by this).</param>
internal sealed record PendingEvent(CompiledEvent Event, double Time, double[]? Values, long Sequence);
