namespace Myokinetics.Reporting.Secretome;

/// <summary>Everything the report of a two-group secretome comparison shows.</summary>
/// <param name="Title">The page title.</param>
/// <param name="Facts">Label–value rows of the header (input files, groups, intensities, test, options).</param>
/// <param name="Reference">The reference group (fold changes are over it).</param>
/// <param name="Treatment">The treatment group.</param>
/// <param name="Proteins">Every kept protein group, tested or not, in the file's order.</param>
/// <param name="Fdr">The false discovery rate at which a protein is significant (e.g. 0.05).</param>
/// <param name="PThreshold">The p-value where the q-value crosses <paramref name="Fdr"/> (the largest p
/// among the significant proteins), drawn as the threshold line; null when none is significant.</param>
/// <param name="FoldChangeGuide">The |log2 fold change| drawn as guide lines (1: twofold); 0 for none.</param>
/// <param name="Filtering">How many proteins each step kept.</param>
public sealed record SecretomeReportDocument(
    string Title,
    ImmutableArray<ReportFact> Facts,
    string Reference,
    string Treatment,
    ImmutableArray<SecretomeReportProtein> Proteins,
    double Fdr,
    double? PThreshold,
    double FoldChangeGuide,
    SecretomeReportFiltering Filtering)
{
    /// <summary>The disclaimer shown at the top and the bottom of the page.</summary>
    public string Disclaimer { get; init; } = Assays.AssayReportDocument.LabDisclaimer;
}
