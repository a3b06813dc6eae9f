using System.Xml.Linq;
using Myokinetics.Sbml.Reading;

namespace Myokinetics.Sbml.Comp;

/// <summary>Resolves a submodel's <c>modelRef</c> (comp V1, Submodel) in its document: a model
/// definition, an external model definition (followed into its document, where its own <c>modelRef</c>,
/// or else the document's model, is the definition), or the document's own model.</summary>
internal sealed class DefinitionResolver
{
    private readonly DocumentLoader loader;

    public DefinitionResolver(DocumentLoader loader) => this.loader = loader;

    /// <summary>The definition <paramref name="modelRef"/> names in <paramref name="document"/>;
    /// <paramref name="at"/>, an element of that document, locates errors.</summary>
    public Definition Resolve(SourceDocument document, string modelRef, XElement at) =>
        Resolve(document, modelRef, document.Context, at, new List<(SourceDocument, string)>());

    private Definition Resolve(
        SourceDocument document, string modelRef, ReadContext atContext, XElement at, List<(SourceDocument Document, string Id)> chain)
    {
        if (chain.Contains((document, modelRef)))
        {
            var path = string.Join(" → ", chain.Select(c => $"'{c.Id}' in {c.Document.File}").Append($"'{modelRef}'"));
            throw atContext.Error(at, $"external model definitions refer to each other in a cycle: {path}");
        }

        chain.Add((document, modelRef));
        if (document.ModelDefinition(modelRef) is { } definition)
        {
            return new Definition(document, definition);
        }

        if (document.ExternalDefinition(modelRef) is { } external)
        {
            var target = loader.Load(document, external);
            if (CompNames.Attribute(external, "modelRef") is { } inner)
            {
                return Resolve(target, inner, document.Context, external, chain);
            }

            return new Definition(target, target.MainModel
                ?? throw document.Context.Error(external, $"{target.File} has no <model> for the external model definition '{modelRef}'"));
        }

        if (document.MainModel is { } main && ReadContext.Id(main, "id") == modelRef)
        {
            return new Definition(document, main);
        }

        throw atContext.Error(at, $"no model definition, external model definition or model with the id '{modelRef}' in {document.File}");
    }
}
