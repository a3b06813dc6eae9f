namespace Myokinetics.Lab.Secretome;

/// <summary>One row of a sample sheet: a sample (as named in the intensity column) and its group.</summary>
/// <param name="Sample">The sample name, e.g. <c>EPS_1</c> for the column <c>LFQ intensity EPS_1</c>.</param>
/// <param name="Group">The group, e.g. <c>EPS</c> or <c>control</c>.</param>
/// <param name="Line">The 1-based line in the sheet.</param>
/// <param name="Column">The 1-based character column where the sample cell starts.</param>
public sealed record SampleAssignment(string Sample, string Group, int Line, int Column);
