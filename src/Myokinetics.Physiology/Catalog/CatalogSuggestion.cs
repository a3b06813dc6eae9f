namespace Myokinetics.Physiology.Catalog;

/// <summary>The catalogue name nearest to something that was not found.</summary>
/// <param name="Key">The id, name or alias that is nearest.</param>
/// <param name="Entry">The entry that <paramref name="Key"/> finds.</param>
/// <param name="Distance">The edit distance between the two, ignoring case, spaces and punctuation.</param>
public readonly record struct CatalogSuggestion(string Key, MyokineEntry Entry, int Distance);
