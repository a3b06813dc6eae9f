namespace Myokinetics.Reporting.Assays;

/// <summary>One standard well.</summary>
/// <param name="Well">The well's name.</param>
/// <param name="Mfi">Its response.</param>
/// <param name="Recovery">Its own back-calculated/expected ratio (fraction; NaN outside the curve).</param>
/// <param name="Flags">Its flags (e.g. <c>high-CV</c>, <c>low-beads</c>), empty when none.</param>
public sealed record AssayReportReplicate(string Well, double Mfi, double Recovery, ImmutableArray<string> Flags);
