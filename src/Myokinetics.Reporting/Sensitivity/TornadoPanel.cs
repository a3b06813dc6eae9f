namespace Myokinetics.Reporting.Sensitivity;

/// <summary>A tornado chart: one output's sensitivity to each parameter, drawn sorted by magnitude.</summary>
/// <param name="Title">The output (e.g. <c>peak(IL6_plasma)</c>).</param>
/// <param name="ValueLabel">What the bars measure (e.g. "normalised coefficient").</param>
/// <param name="Bars">The bars, in any order (the chart sorts them by |value|, largest on top).</param>
/// <param name="SecondaryLabel">What the inner bars measure, or null when there are none.</param>
public sealed record TornadoPanel(string Title, string ValueLabel, ImmutableArray<TornadoBar> Bars, string? SecondaryLabel = null);
