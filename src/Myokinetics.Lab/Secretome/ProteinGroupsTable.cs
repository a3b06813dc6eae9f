namespace Myokinetics.Lab.Secretome;

/// <summary>A MaxQuant <c>proteinGroups.txt</c> as read by <see cref="ProteinGroupsReader"/>.</summary>
/// <param name="Source">The file's name, for messages.</param>
/// <param name="Kind">Which intensity columns were read.</param>
/// <param name="Samples">The sample names: the column names without their <c>LFQ intensity </c> or <c>iBAQ </c> prefix, in the file's order.</param>
/// <param name="Groups">The kept protein groups in the file's order.</param>
/// <param name="Removed">How many rows were dropped as <c>Reverse</c>, contaminant or <c>Only identified by site</c>.</param>
public sealed record ProteinGroupsTable(string Source, IntensityKind Kind, ImmutableArray<string> Samples, ImmutableArray<ProteinGroup> Groups, int Removed);
