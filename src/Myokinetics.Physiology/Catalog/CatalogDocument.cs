namespace Myokinetics.Physiology.Catalog;

/// <summary>The catalogue file as written: a schema version, a description and the entries.</summary>
internal sealed record CatalogDocument(int SchemaVersion, string Description, ImmutableArray<MyokineEntry> Entries);
