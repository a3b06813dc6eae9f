namespace Myokinetics.Lab.Assays;

/// <summary>A plate analysed: per analyte its curve and limits, per row of the plate file its
/// concentration and flags, per control sample with a nominal concentration its recovery.</summary>
/// <param name="Analytes">The analytes in the order they first appear in the plate.</param>
/// <param name="Wells">The rows in the plate's order.</param>
/// <param name="Controls">The controls with a nominal concentration, by analyte then in plate order
/// of their first well.</param>
public sealed record AssayResult(ImmutableArray<AnalyteResult> Analytes, ImmutableArray<WellResult> Wells, ImmutableArray<ControlRecovery> Controls);
