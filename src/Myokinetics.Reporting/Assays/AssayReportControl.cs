namespace Myokinetics.Reporting.Assays;

/// <summary>A control sample against its nominal concentration.</summary>
/// <param name="Sample">The control's name.</param>
/// <param name="Expected">The nominal concentration.</param>
/// <param name="Concentration">The mean back-calculated concentration (NaN when not computable).</param>
/// <param name="Recovery">Concentration/Expected (fraction; NaN when not computable).</param>
/// <param name="Accepted">Whether the recovery is within the accepted range.</param>
public sealed record AssayReportControl(string Sample, double Expected, double Concentration, double Recovery, bool Accepted);
