namespace Myokinetics.Physiology.Catalog;

/// <summary>A statement with the sources of the numbers in it.</summary>
/// <param name="Text">The statement.</param>
/// <param name="Source">The sources, short form (author year journal).</param>
/// <param name="Tag">One of <see cref="SourceTags"/>: how the numbers in <paramref name="Text"/> were checked.</param>
public sealed record SourcedText(string Text, string Source, string Tag);
