namespace Myokinetics.Physiology.Catalog;

/// <summary>A publication behind an entry.</summary>
/// <param name="Citation">Authors, title, journal, year, volume and pages as far as they were read; what
/// was not read is said in the text.</param>
/// <param name="Doi">The DOI without a resolver prefix (e.g. <c>10.1152/physrev.90100.2007</c>), or null when not seen.</param>
/// <param name="Pmid">The PubMed id (digits), or null when not seen.</param>
public sealed record LiteratureReference(string Citation, string? Doi, string? Pmid);
