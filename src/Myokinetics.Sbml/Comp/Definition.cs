using System.Xml.Linq;
using Myokinetics.Sbml.Reading;

namespace Myokinetics.Sbml.Comp;

/// <summary>A model that submodels instantiate: a document's <c>&lt;model&gt;</c> or one of its
/// <c>&lt;comp:modelDefinition&gt;</c>s.</summary>
/// <param name="Document">The document that holds it; its other definitions are what the model's own
/// submodels refer to.</param>
/// <param name="Model">The model element.</param>
internal sealed record Definition(SourceDocument Document, XElement Model)
{
    /// <summary>The model's id, or a description when it has none.</summary>
    public string Label => ReadContext.Id(Model, "id") is { } id ? $"'{id}'" : $"the model of {Document.File}";
}
