namespace Myokinetics.Cli.Conformance;

/// <summary>How a test-suite case ended.</summary>
public enum CaseStatus
{
    Passed,
    Failed,
    Unsupported,
}

/// <summary>The result of one case.</summary>
/// <param name="Case">The case number, e.g. 00001.</param>
/// <param name="Status">Passed, failed or unsupported.</param>
/// <param name="Reason">Why it failed or is unsupported; null when passed.</param>
/// <param name="Tags">The case's component and test tags.</param>
/// <param name="Elapsed">Time spent on the case.</param>
/// <param name="Feature">For unsupported cases: the construct that is not supported.</param>
public sealed record CaseOutcome(string Case, CaseStatus Status, string? Reason, ImmutableArray<string> Tags, TimeSpan Elapsed, string? Feature = null);
