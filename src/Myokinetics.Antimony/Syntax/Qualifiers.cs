namespace Myokinetics.Antimony.Syntax;

/// <summary>
/// Antimony's annotation keywords and the BioModels qualifiers they stand for, as libAntimony decodes
/// them (annotated.cpp: DecodeModelQualifier, DecodeBiolQualifier). On the model itself the model
/// qualifiers are tried first; on any other element the biological ones.
/// </summary>
internal static class Qualifiers
{
    private static readonly Dictionary<string, string> Model = new(StringComparer.Ordinal)
    {
        ["is"] = "bqmodel:is",
        ["identity"] = "bqmodel:is",
        ["model_entity_is"] = "bqmodel:is",
        ["model_source"] = "bqmodel:is",
        ["isDescribedBy"] = "bqmodel:isDescribedBy",
        ["description"] = "bqmodel:isDescribedBy",
        ["publication"] = "bqmodel:isDescribedBy",
        ["isDerivedFrom"] = "bqmodel:isDerivedFrom",
        ["origin"] = "bqmodel:isDerivedFrom",
        ["isInstanceOf"] = "bqmodel:isInstanceOf",
        ["class"] = "bqmodel:isInstanceOf",
        ["hasInstance"] = "bqmodel:hasInstance",
        ["instance"] = "bqmodel:hasInstance",
    };

    private static readonly Dictionary<string, string> Biological = new(StringComparer.Ordinal)
    {
        ["is"] = "bqbiol:is",
        ["identity"] = "bqbiol:is",
        ["biological_entity_is"] = "bqbiol:is",
        ["hasPart"] = "bqbiol:hasPart",
        ["part"] = "bqbiol:hasPart",
        ["isPartOf"] = "bqbiol:isPartOf",
        ["parthood"] = "bqbiol:isPartOf",
        ["isVersionOf"] = "bqbiol:isVersionOf",
        ["hypernym"] = "bqbiol:isVersionOf",
        ["biological_system"] = "bqbiol:isVersionOf",
        ["hasVersion"] = "bqbiol:hasVersion",
        ["version"] = "bqbiol:hasVersion",
        ["isHomologTo"] = "bqbiol:isHomologTo",
        ["homolog"] = "bqbiol:isHomologTo",
        ["isDescribedBy"] = "bqbiol:isDescribedBy",
        ["description"] = "bqbiol:isDescribedBy",
        ["isEncodedBy"] = "bqbiol:isEncodedBy",
        ["encoder"] = "bqbiol:isEncodedBy",
        ["encodes"] = "bqbiol:encodes",
        ["encodement"] = "bqbiol:encodes",
        ["occursIn"] = "bqbiol:occursIn",
        ["container"] = "bqbiol:occursIn",
        ["hasProperty"] = "bqbiol:hasProperty",
        ["property"] = "bqbiol:hasProperty",
        ["isPropertyOf"] = "bqbiol:isPropertyOf",
        ["propertyBearer"] = "bqbiol:isPropertyOf",
        ["hasTaxon"] = "bqbiol:hasTaxon",
        ["taxon"] = "bqbiol:hasTaxon",
    };

    /// <summary>Keywords the writer uses: for a qualifier, one that decodes back to it in that
    /// context (model or element).</summary>
    private static readonly (string Qualifier, string OnElement, string OnModel)[] Written =
    [
        ("bqbiol:is", "identity", "biological_entity_is"),
        ("bqbiol:hasPart", "hasPart", "hasPart"),
        ("bqbiol:isPartOf", "isPartOf", "isPartOf"),
        ("bqbiol:isVersionOf", "isVersionOf", "isVersionOf"),
        ("bqbiol:hasVersion", "hasVersion", "hasVersion"),
        ("bqbiol:isHomologTo", "isHomologTo", "isHomologTo"),
        ("bqbiol:isDescribedBy", "isDescribedBy", string.Empty),
        ("bqbiol:isEncodedBy", "isEncodedBy", "isEncodedBy"),
        ("bqbiol:encodes", "encodes", "encodes"),
        ("bqbiol:occursIn", "occursIn", "occursIn"),
        ("bqbiol:hasProperty", "hasProperty", "hasProperty"),
        ("bqbiol:isPropertyOf", "isPropertyOf", "isPropertyOf"),
        ("bqbiol:hasTaxon", "hasTaxon", "hasTaxon"),
        ("bqmodel:is", "model_entity_is", "identity"),
        ("bqmodel:isDescribedBy", "publication", "description"),
        ("bqmodel:isDerivedFrom", "origin", "origin"),
        ("bqmodel:isInstanceOf", "class", "class"),
        ("bqmodel:hasInstance", "instance", "instance"),
    ];

    /// <summary>The qualifier for keyword <paramref name="word"/>, or null when it is not one.</summary>
    public static string? Decode(string word, bool onModel)
    {
        var (first, second) = onModel ? (Model, Biological) : (Biological, Model);
        return first.TryGetValue(word, out var q) ? q : second.TryGetValue(word, out q) ? q : null;
    }

    /// <summary>The keyword to write for <paramref name="qualifier"/>, or null when Antimony has none.</summary>
    public static string? Encode(string qualifier, bool onModel)
    {
        foreach (var (q, onElement, onModelWord) in Written)
        {
            if (string.Equals(q, qualifier, StringComparison.Ordinal))
            {
                var word = onModel ? onModelWord : onElement;
                return word.Length == 0 ? null : word;
            }
        }

        return null;
    }

    /// <summary>All annotation keywords (for messages).</summary>
    public static IEnumerable<string> Keywords => Biological.Keys.Concat(Model.Keys).Distinct(StringComparer.Ordinal);
}
