namespace Myokinetics.Lab.Assays;

/// <summary>How a plate is analysed.</summary>
/// <param name="Model">Which standard curve (default: <see cref="CurveModel.Auto"/>, 4PL or 5PL by AIC).</param>
/// <param name="Weighting">The least-squares weights (default: 1/MFI²).</param>
/// <param name="MaxCv">Replicates whose MFI coefficient of variation exceeds this are flagged
/// <c>high-CV</c>, and a standard level above it does not count for LLOQ/ULOQ (default 0.20, i.e. 20 %).</param>
/// <param name="MinRecovery">The lowest back-calculated/expected ratio of a standard that counts for
/// LLOQ/ULOQ (default 0.80).</param>
/// <param name="MaxRecovery">The highest such ratio (default 1.20).</param>
public sealed record AssayOptions(
    CurveModel Model = CurveModel.Auto,
    CurveWeighting Weighting = CurveWeighting.InverseSquareResponse,
    double MaxCv = 0.20,
    double MinRecovery = 0.80,
    double MaxRecovery = 1.20);
