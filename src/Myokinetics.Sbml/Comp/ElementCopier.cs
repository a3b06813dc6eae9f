using System.Xml.Linq;

namespace Myokinetics.Sbml.Comp;

/// <summary>Makes the flat model's copies of instance elements: in the main document's core namespace
/// (an external document may be another SBML Level 3 version), without comp attributes, and annotated
/// with the original's location so that the reader's messages point at what the user wrote.</summary>
internal sealed class ElementCopier
{
    private readonly XNamespace core;

    public ElementCopier(XNamespace core) => this.core = core;

    /// <summary>A shallow copy of <paramref name="original"/> named <paramref name="name"/>, with its
    /// attributes (and its text when <paramref name="withText"/>) but no child elements.</summary>
    public XElement Copy(Instance instance, XElement original, XName name, bool withText = false)
    {
        var copy = new XElement(name);
        var documentCore = instance.Document.Core;
        foreach (var attribute in original.Attributes())
        {
            if (attribute.IsNamespaceDeclaration || attribute.Name.Namespace == CompNames.Namespace)
            {
                continue;
            }

            var attributeName = attribute.Name.Namespace == documentCore ? core + attribute.Name.LocalName : attribute.Name;
            copy.SetAttributeValue(attributeName, attribute.Value);
        }

        if (withText)
        {
            copy.Add(original.Nodes().OfType<XText>().Select(t => new XText(t)));
        }

        return Located(instance, original, copy);
    }

    /// <summary>A copy of a core element's name in the main document's core namespace.</summary>
    public XName Core(XElement original) => core + original.Name.LocalName;

    /// <summary>A deep copy (notes, annotations, function arguments).</summary>
    public static XElement Deep(Instance instance, XElement original) => Located(instance, original, new XElement(original));

    /// <summary>A copy of a <c>cn</c> (with its text and <c>&lt;sep/&gt;</c>), whose SBML Level 3 <c>sbml:units</c> names a unit of the instance.</summary>
    public XElement CopyNumber(Instance instance, XElement cn)
    {
        var copy = Copy(instance, cn, cn.Name);
        copy.Add(cn.Nodes().Select(n => n is XElement e ? new XElement(e) : n is XText t ? new XText(t) : (XNode?)null));
        if (copy.Attribute(core + "units") is { } units)
        {
            units.Value = References.UnitName(instance, units.Value.Trim(), new Located(instance.Document.Context, cn));
        }

        return copy;
    }

    /// <summary>Marks <paramref name="built"/> (made for <paramref name="original"/>) with the original's location, unless it has one.</summary>
    public static XElement Located(Instance instance, XElement original, XElement built)
    {
        if (built.Annotation<OriginalLocation>() is null)
        {
            built.AddAnnotation(new OriginalLocation(instance.Document.Context.At(original)));
        }

        return built;
    }
}
