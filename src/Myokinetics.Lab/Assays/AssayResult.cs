namespace Myokinetics.Lab.Assays;

/// <summary>A plate analysed: per analyte its curve and limits, per row of the plate file its concentration and flags.</summary>
/// <param name="Analytes">The analytes in the order they first appear in the plate.</param>
/// <param name="Wells">The rows in the plate's order.</param>
public sealed record AssayResult(ImmutableArray<AnalyteResult> Analytes, ImmutableArray<WellResult> Wells);
