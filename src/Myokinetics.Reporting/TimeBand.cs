namespace Myokinetics.Reporting;

/// <summary>An interval on the time axis (an exercise session), hours.</summary>
public readonly record struct TimeBand(double Start, double End, string Label);
