using Myokinetics.Core.Diagnostics;

namespace Myokinetics.Core.Model;

/// <summary>What every model element may carry besides its meaning: names and annotations are kept
/// through read → write so that a model's identity survives a round trip.</summary>
public abstract record ModelElement
{
    /// <summary>The human-readable name (SBML <c>name</c>, Antimony <c>is "..."</c>).</summary>
    public string? Name { get; init; }

    /// <summary>The SBML <c>metaid</c>, referenced from RDF annotations.</summary>
    public string? MetaId { get; init; }

    /// <summary>The SBO term, as written (e.g. <c>SBO:0000290</c>).</summary>
    public string? SboTerm { get; init; }

    /// <summary>Controlled-vocabulary terms (identifiers.org resources with their qualifiers).</summary>
    public ImmutableArray<CvTerm> CvTerms { get; init; } = ImmutableArray<CvTerm>.Empty;

    /// <summary>The element's notes as XHTML text, when any.</summary>
    public string? Notes { get; init; }

    /// <summary>Where the element was read from, for messages; null for built elements.</summary>
    public SourceLocation? Location { get; init; }
}

/// <summary>A controlled-vocabulary term: a BioModels qualifier and the resources it relates to.</summary>
/// <param name="Qualifier">The qualifier with its prefix, e.g. <c>bqbiol:is</c> or <c>bqmodel:isDescribedBy</c>.</param>
/// <param name="Resources">Resource URIs, e.g. <c>http://identifiers.org/uniprot/P05231</c>.</param>
public sealed record CvTerm(string Qualifier, ImmutableArray<string> Resources);
