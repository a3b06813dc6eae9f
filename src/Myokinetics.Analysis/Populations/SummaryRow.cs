namespace Myokinetics.Analysis.Populations;

/// <summary>One line of a population summary: a variable at an output time across the subjects.</summary>
/// <param name="Time">The output time (model time units).</param>
/// <param name="Variable">The output column.</param>
/// <param name="Count">How many subjects gave a finite value (failed subjects and non-finite values are left out).</param>
/// <param name="Mean">The arithmetic mean (exact sum, rounded once).</param>
/// <param name="P5">The 5th percentile.</param>
/// <param name="P25">The 25th percentile.</param>
/// <param name="Median">The median.</param>
/// <param name="P75">The 75th percentile.</param>
/// <param name="P95">The 95th percentile.</param>
public readonly record struct SummaryRow(double Time, string Variable, long Count, double Mean, double P5, double P25, double Median, double P75, double P95);
