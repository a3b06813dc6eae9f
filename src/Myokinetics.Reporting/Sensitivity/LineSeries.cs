namespace Myokinetics.Reporting.Sensitivity;

/// <summary>One line of a <see cref="LinePanel"/>: a label and one value per time of the panel.</summary>
public sealed record LineSeries(string Label, ImmutableArray<double> Values);
