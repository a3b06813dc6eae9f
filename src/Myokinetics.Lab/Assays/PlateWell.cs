namespace Myokinetics.Lab.Assays;

/// <summary>One row of a tidy plate file: one analyte measured in one well.</summary>
/// <param name="Well">The well's name as written (<c>A1</c>, <c>B12</c>, …).</param>
/// <param name="Type">What the well holds.</param>
/// <param name="Analyte">The analyte (bead region) measured, e.g. <c>IL-6</c>.</param>
/// <param name="Mfi">The median fluorescence intensity (arbitrary units, finite).</param>
/// <param name="Expected">For standards, the known concentration in the well (positive, in the
/// standards' unit, e.g. pg/mL); otherwise null.</param>
/// <param name="Dilution">The factor the sample was diluted by before the assay (≥ 1 in practice; default 1);
/// back-calculated concentrations are multiplied by it.</param>
/// <param name="Sample">The sample name that groups replicate wells (empty when the file has no
/// <c>sample</c> column; standards are grouped by <paramref name="Expected"/> instead).</param>
/// <param name="Line">The 1-based line of the row in its file.</param>
/// <param name="Beads">The number of beads counted for this analyte in this well (xPONENT's Count
/// section); null when the file gives none.</param>
public sealed record PlateWell(
    string Well,
    WellType Type,
    string Analyte,
    double Mfi,
    double? Expected,
    double Dilution,
    string Sample,
    int Line,
    int? Beads = null);
