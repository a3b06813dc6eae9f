namespace Myokinetics.Reporting.Assays;

/// <summary>An unknown, control or blank well of one analyte.</summary>
/// <param name="Well">The well's name.</param>
/// <param name="Sample">The sample name (empty when none).</param>
/// <param name="Kind">What it holds.</param>
/// <param name="Mfi">Its response.</param>
/// <param name="Concentration">The back-calculated concentration times the dilution (NaN outside the curve).</param>
/// <param name="Dilution">The dilution factor; the well sits on the curve at Concentration/Dilution.</param>
/// <param name="Flags">Its flags, empty when none.</param>
public sealed record AssayReportWell(string Well, string Sample, AssayReportWellKind Kind, double Mfi, double Concentration, double Dilution, ImmutableArray<string> Flags);
