using System.Xml.Linq;
using Myokinetics.Core.Diagnostics;
using Myokinetics.Sbml.Reading;

namespace Myokinetics.Sbml.Comp;

/// <summary>
/// What comp references can name in one model (comp V1, SBaseRef): elements by SId (the model's
/// namespace, shared with its submodels' ids), by metaid (any element, comp elements included), unit
/// definitions by UnitSId and ports by PortSId. Local parameters are not in the model's SId namespace
/// (they are reached by metaid). Built once per model element and shared by all its instances.
/// </summary>
internal sealed class ModelIndex
{
    private readonly SourceDocument document;

    public ModelIndex(Definition definition)
    {
        document = definition.Document;
        Model = definition.Model;
        Visit(definition.Model);
    }

    public XElement Model { get; }

    public Dictionary<string, XElement> Ids { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, XElement> MetaIds { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, XElement> Units { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, XElement> Ports { get; } = new(StringComparer.Ordinal);

    /// <summary>The model's core elements that carry <c>comp:listOfReplacedElements</c> or
    /// <c>comp:replacedBy</c>, in document order.</summary>
    public List<XElement> Replacing { get; } = new();

    /// <summary>The model's <c>comp:submodel</c> elements, in document order.</summary>
    public List<XElement> Submodels { get; } = new();

    /// <summary>Whether <paramref name="e"/> is an element of the core namespace of this model's document.</summary>
    public bool IsCore(XElement e) => e.Name.Namespace == document.Core;

    private void Visit(XElement e)
    {
        var core = IsCore(e);
        if (core && e.Name.LocalName is "notes" or "annotation")
        {
            return;
        }

        if (ReadContext.Id(e, "metaid") is { } metaid)
        {
            Add(MetaIds, metaid, e, "metaid");
        }

        if (CompNames.Child(e, "listOfReplacedElements") is not null || CompNames.Child(e, "replacedBy") is not null)
        {
            if (!core || e == Model)
            {
                throw new UnsupportedFeatureException(
                    CompNames.Feature,
                    $"{document.Context.At(e)}: replacements on <{e.Name.LocalName}> are not supported; only model elements (compartments, species, parameters, reactions, rules, events, ...) may replace");
            }

            Replacing.Add(e);
        }

        if (core)
        {
            if (ReadContext.Id(e, "id") is { } id && e != Model)
            {
                switch (e.Name.LocalName)
                {
                    case "unitDefinition":
                        Add(Units, id, e, "unit definition id");
                        break;
                    case "localParameter":
                        break;
                    default:
                        Add(Ids, id, e, "id");
                        break;
                }
            }
        }
        else if (CompNames.IsComp(e))
        {
            switch (e.Name.LocalName)
            {
                case "submodel":
                    var submodel = CompNames.Attribute(e, "id") ?? throw document.Context.Error(e, "a submodel needs an id");
                    Add(Ids, submodel, e, "id");
                    Submodels.Add(e);
                    break;
                case "port":
                    var port = CompNames.Attribute(e, "id") ?? throw document.Context.Error(e, "a port needs an id");
                    Add(Ports, port, e, "port id");
                    break;
            }
        }
        else
        {
            return;
        }

        foreach (var child in e.Elements())
        {
            if (child.Name.Namespace != SbmlNamespaces.MathML)
            {
                Visit(child);
            }
        }
    }

    private void Add(Dictionary<string, XElement> table, string key, XElement e, string what)
    {
        if (!table.TryAdd(key, e))
        {
            throw document.Context.Error(e, $"the {what} '{key}' is used twice in the model {new Definition(document, Model).Label}");
        }
    }
}
