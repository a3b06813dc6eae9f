namespace Myokinetics.Lab.Secretome;

/// <summary>One protein group of a MaxQuant <c>proteinGroups.txt</c> that is neither a decoy, a
/// contaminant nor identified only by a modification site.</summary>
/// <param name="ProteinIds">The <c>Protein IDs</c> cell: UniProt accessions separated by <c>;</c>.</param>
/// <param name="GeneNames">The <c>Gene names</c> cell (empty when the file has no such column).</param>
/// <param name="Intensities">The raw intensities, one per sample of <see cref="ProteinGroupsTable.Samples"/>; 0 means not quantified.</param>
/// <param name="Line">The 1-based line in the file.</param>
public sealed record ProteinGroup(string ProteinIds, string GeneNames, ImmutableArray<double> Intensities, int Line);
