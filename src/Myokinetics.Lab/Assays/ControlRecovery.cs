namespace Myokinetics.Lab.Assays;

/// <summary>One control sample of one analyte back-calculated against its nominal concentration.</summary>
/// <param name="Analyte">The analyte.</param>
/// <param name="Sample">The control's sample name (its replicate wells share it).</param>
/// <param name="Expected">The nominal concentration (the standards' unit).</param>
/// <param name="Concentration">The mean back-calculated concentration of its wells, times their dilution
/// (NaN when any well is outside the curve).</param>
/// <param name="Recovery">Concentration/Expected (NaN when it cannot be computed).</param>
/// <param name="Accepted">Whether the recovery lies within the options' range (default 80–120 %).</param>
public sealed record ControlRecovery(string Analyte, string Sample, double Expected, double Concentration, double Recovery, bool Accepted);
