namespace Myokinetics.Reporting.Assays;

/// <summary>Everything the report of a multiplex immunoassay plate shows: header facts, then per analyte
/// its standard curve, standards' recovery, controls and samples.</summary>
/// <param name="Title">The page title.</param>
/// <param name="Facts">Label–value rows of the header (plate file, curve model, weights, background, wells).</param>
/// <param name="Analytes">One entry per analyte, in plate order.</param>
/// <param name="ConcentrationLabel">The concentration axis label, e.g. <c>concentration (pg/mL)</c>.</param>
/// <param name="MinRecovery">The lowest accepted back-calculated/expected ratio (default in the analysis 0.80); drawn as the band's lower edge.</param>
/// <param name="MaxRecovery">The highest accepted ratio (default 1.20).</param>
/// <param name="MaxCv">The highest accepted replicate MFI CV (default 0.20), quoted in the legends.</param>
public sealed record AssayReportDocument(
    string Title,
    ImmutableArray<ReportFact> Facts,
    ImmutableArray<AssayReportAnalyte> Analytes,
    string ConcentrationLabel,
    double MinRecovery,
    double MaxRecovery,
    double MaxCv)
{
    /// <summary>The disclaimer of laboratory reports.</summary>
    public const string LabDisclaimer = "Research and education, not medical advice. Analysis of laboratory measurements for research use, not for diagnostic procedures.";

    /// <summary>The disclaimer shown at the top and the bottom of the page.</summary>
    public string Disclaimer { get; init; } = LabDisclaimer;
}
