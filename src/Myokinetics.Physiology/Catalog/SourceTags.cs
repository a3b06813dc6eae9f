namespace Myokinetics.Physiology.Catalog;

/// <summary>How a number in the catalogue was checked (the tags of the shared PHYSIOLOGY-SOURCES.md).</summary>
public static class SourceTags
{
    /// <summary>Taken from the primary abstract or page.</summary>
    public const string Read = "[READ]";

    /// <summary>Taken from a secondary source (review, database, re-implementation) that cites the original.</summary>
    public const string ReadSecondary = "[READ-2°]";

    /// <summary>Calculated from read numbers; the arithmetic is shown next to it.</summary>
    public const string Derived = "[DERIVED]";

    /// <summary>Not verified in any source text: provisional, check before use.</summary>
    public const string Recalled = "[RECALLED — verify]";

    /// <summary>Every tag, strongest first.</summary>
    public static ImmutableArray<string> All { get; } = [Read, ReadSecondary, Derived, Recalled];
}
