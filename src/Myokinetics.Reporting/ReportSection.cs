namespace Myokinetics.Reporting;

/// <summary>A titled group of plots (e.g. "Plasma myokines").</summary>
public sealed record ReportSection(string Title, ImmutableArray<ReportSeries> Series);
