namespace Myokinetics.Lab.Secretome;

/// <summary>One protein group's outcome.</summary>
/// <param name="ProteinIds">The MaxQuant <c>Protein IDs</c>.</param>
/// <param name="GeneNames">The MaxQuant <c>Gene names</c>.</param>
/// <param name="ValidReference">Valid (non-zero) intensities in the reference group, before imputation.</param>
/// <param name="ValidTreatment">Valid intensities in the treatment group, before imputation.</param>
/// <param name="Log2FoldChange">Mean log2 of the treatment minus mean log2 of the reference (after imputation when on); NaN when a group has no value.</param>
/// <param name="Welch">The test's t, degrees of freedom and p: Welch's test, or the moderated t when
/// <see cref="SecretomeOptions.Test"/> is <see cref="SecretomeTest.Moderated"/>; null when not tested
/// (too few valid values, or no variance).</param>
/// <param name="Q">The Benjamini–Hochberg q-value among the tested proteins; NaN when not tested.</param>
/// <param name="Significant">Whether q ≤ the FDR.</param>
/// <param name="Class">The secretion class from the annotation of the first annotated accession.</param>
/// <param name="Annotation">That annotation; null when none of the accessions is annotated.</param>
/// <param name="Myokine">The catalogue id of the myokine this group holds; null when none.</param>
public sealed record ProteinResult(
    string ProteinIds,
    string GeneNames,
    int ValidReference,
    int ValidTreatment,
    double Log2FoldChange,
    WelchResult? Welch,
    double Q,
    bool Significant,
    SecretionClass Class,
    ProteinAnnotation? Annotation,
    string? Myokine);
