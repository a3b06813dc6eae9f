namespace Myokinetics.Reporting;

/// <summary>An instant on the time axis (a dose), hours.</summary>
public readonly record struct TimeMarker(double Time, string Label);
