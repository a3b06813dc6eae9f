namespace Myokinetics.Reporting.Sensitivity;

/// <summary>Several lines over one time axis, e.g. a variable's sensitivity coefficient to each parameter over time.</summary>
/// <param name="Title">The panel's caption (e.g. the variable).</param>
/// <param name="ValueLabel">The vertical axis' label.</param>
/// <param name="Times">Hours, increasing.</param>
/// <param name="Series">The lines (non-finite values break a line).</param>
public sealed record LinePanel(string Title, string ValueLabel, ImmutableArray<double> Times, ImmutableArray<LineSeries> Series);
