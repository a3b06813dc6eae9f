namespace Myokinetics.Lab.Assays;

/// <summary>How a plate is analysed.</summary>
/// <param name="Model">Which standard curve (default: <see cref="CurveModel.Auto"/>, 4PL or 5PL by AIC).</param>
/// <param name="Weighting">The least-squares weights (default: 1/MFI²).</param>
/// <param name="MaxCv">Replicates whose MFI coefficient of variation exceeds this are flagged
/// <c>high-CV</c>, and a standard level above it does not count for LLOQ/ULOQ (default 0.20, i.e. 20 %).</param>
/// <param name="MinRecovery">The lowest back-calculated/expected ratio of a standard that counts for
/// LLOQ/ULOQ, and of a control that passes (default 0.80).</param>
/// <param name="MaxRecovery">The highest such ratio (default 1.20).</param>
/// <param name="MinBeads">Wells with fewer beads than this for an analyte are flagged <c>low-beads</c>
/// (default 35, the usual Luminex acceptance; 0 turns the check off); only wells with a bead count.</param>
/// <param name="Background">What is done with the blanks' MFI before fitting (default: nothing).</param>
public sealed record AssayOptions(
    CurveModel Model = CurveModel.Auto,
    CurveWeighting Weighting = CurveWeighting.InverseSquareResponse,
    double MaxCv = 0.20,
    double MinRecovery = 0.80,
    double MaxRecovery = 1.20,
    int MinBeads = 35,
    BackgroundHandling Background = BackgroundHandling.None);
