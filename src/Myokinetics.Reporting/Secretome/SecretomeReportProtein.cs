namespace Myokinetics.Reporting.Secretome;

/// <summary>One protein group of a secretome comparison.</summary>
/// <param name="Gene">Its gene name(s), e.g. <c>IL6</c> (empty when the file gives none).</param>
/// <param name="ProteinIds">Its protein accessions, e.g. <c>P05231;P05231-2</c>.</param>
/// <param name="Log2FoldChange">Treatment over reference, log2 (NaN when a group has no value).</param>
/// <param name="P">The two-sided p-value (NaN when not tested).</param>
/// <param name="Q">The Benjamini–Hochberg q-value (NaN when not tested).</param>
/// <param name="Significant">Whether q ≤ the FDR.</param>
/// <param name="Class">Its secretion class as shown, e.g. <c>classically secreted</c>.</param>
/// <param name="ClassicallySecreted">Whether it is classically secreted (drawn as a triangle).</param>
/// <param name="Myokine">The myokine catalogue's name for it, or null when it is not a catalogue myokine.</param>
public sealed record SecretomeReportProtein(
    string Gene,
    string ProteinIds,
    double Log2FoldChange,
    double P,
    double Q,
    bool Significant,
    string Class,
    bool ClassicallySecreted,
    string? Myokine);
