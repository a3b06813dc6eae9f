namespace Myokinetics.Lab.Assays;

/// <summary>One analyte's standard curve and its limits.</summary>
/// <param name="Analyte">The analyte's name as in the plate file.</param>
/// <param name="Fit">The chosen standard curve.</param>
/// <param name="Standards">The standard levels, lowest concentration first, with their recovery.</param>
/// <param name="Lod">The limit of detection: the concentration at the blanks' mean MFI + 3 SD (− 3 SD
/// for a falling curve); null with fewer than two blanks or when that MFI is outside the curve.</param>
/// <param name="Lloq">The lowest accepted standard's concentration; null when none is accepted.</param>
/// <param name="Uloq">The highest accepted standard's concentration; null when none is accepted.</param>
public sealed record AnalyteResult(string Analyte, CurveFit Fit, ImmutableArray<StandardRecovery> Standards, double? Lod, double? Lloq, double? Uloq);
