namespace Myokinetics.Reporting.Assays;

/// <summary>One standard level with its replicate wells.</summary>
/// <param name="Expected">The known concentration.</param>
/// <param name="MeanMfi">The mean response of its replicates.</param>
/// <param name="Cv">The replicates' response CV (fraction; NaN for one well).</param>
/// <param name="BackCalculated">The concentration the curve gives for the mean (NaN outside the curve).</param>
/// <param name="Recovery">BackCalculated/Expected (fraction; NaN when not back-calculable).</param>
/// <param name="Accepted">Whether the level counts for LLOQ/ULOQ (recovery and CV within limits).</param>
/// <param name="Replicates">Its wells.</param>
public sealed record AssayReportStandard(double Expected, double MeanMfi, double Cv, double BackCalculated, double Recovery, bool Accepted, ImmutableArray<AssayReportReplicate> Replicates);
