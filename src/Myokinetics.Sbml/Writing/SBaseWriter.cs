using System.Xml;
using System.Xml.Linq;
using Myokinetics.Core.Model;

namespace Myokinetics.Sbml.Writing;

/// <summary>Writes what every element may carry (SBML L3V2 SBase): <c>metaid</c>, <c>sboTerm</c>,
/// <c>id</c>, <c>name</c>, <c>notes</c> and an annotation with the controlled-vocabulary terms as RDF
/// (SBML L3V2 core, the section on RDF annotations). An element with terms but no metaid gets a generated one, because the
/// RDF refers to the element through it.</summary>
internal sealed class SBaseWriter
{
    private static readonly XNamespace Core = SbmlNamespaces.L3V2Core;
    private static readonly XNamespace Rdf = SbmlNamespaces.Rdf;
    private readonly HashSet<string> metaIds;

    public SBaseWriter(Model model) => metaIds = CollectMetaIds(model);

    /// <summary>A new core element with the SBase attributes, notes and annotation of <paramref name="source"/>
    /// (<paramref name="id"/> first among the attributes), then <paramref name="content"/>.</summary>
    public XElement Element(string name, ModelElement source, string? id, params object?[] content)
    {
        var element = new XElement(Core + name);
        var metaId = source.MetaId;
        if (metaId is null && !source.CvTerms.IsDefaultOrEmpty)
        {
            metaId = NewMetaId(id ?? name);
        }

        AddAttribute(element, "metaid", metaId);
        AddAttribute(element, "sboTerm", source.SboTerm);
        AddAttribute(element, "id", id);
        AddAttribute(element, "name", source.Name);
        if (source.Notes is not null)
        {
            // The leading empty text makes the notes mixed content, which the XML writer copies
            // verbatim instead of indenting, so the notes read back exactly as they were.
            element.Add(new XElement(Core + "notes", new XText(string.Empty), NotesContent(source.Notes, id ?? name)));
        }

        var annotation = Annotation(source.CvTerms, metaId);
        element.Add(annotation);
        element.Add(content);
        return element;
    }

    /// <summary>Adds <paramref name="content"/> to the element's annotation, creating it when needed
    /// (after notes, before the element's content).</summary>
    public static void Annotate(XElement element, XElement content)
    {
        var annotation = element.Element(Core + "annotation");
        if (annotation is null)
        {
            annotation = new XElement(Core + "annotation");
            var notes = element.Element(Core + "notes");
            if (notes is null)
            {
                element.AddFirst(annotation);
            }
            else
            {
                notes.AddAfterSelf(annotation);
            }
        }

        annotation.Add(content);
    }

    public static void AddAttribute(XElement element, string name, string? value)
    {
        if (value is not null)
        {
            element.Add(new XAttribute(name, value));
        }
    }

    /// <summary>The notes as XML nodes; text and elements outside any namespace are put in XHTML's, as SBML
    /// requires. Notes without markup are plain text (an '&amp;' in them needs no escaping).</summary>
    private static List<XNode> NotesContent(string notes, string owner)
    {
        if (!notes.Contains('<', StringComparison.Ordinal))
        {
            return [Paragraph(notes)];
        }

        XElement wrapper;
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, MaxCharactersFromEntities = 0 };
        try
        {
            using var text = new StringReader($"<notes>{notes}</notes>");
            using var reader = XmlReader.Create(text, settings);
            wrapper = XElement.Load(reader);
        }
        catch (XmlException ex)
        {
            throw new ArgumentException($"the notes of '{owner}' are not well-formed XHTML: {ex.Message}", nameof(notes), ex);
        }

        foreach (var e in wrapper.Descendants().Where(e => e.Name.Namespace == XNamespace.None))
        {
            e.Name = SbmlNamespaces.Xhtml + e.Name.LocalName;
        }

        if (!wrapper.Elements().Any())
        {
            return [Paragraph(wrapper.Value)];
        }

        return wrapper.Nodes().Where(n => n is not XText t || !string.IsNullOrWhiteSpace(t.Value)).ToList();
    }

    private static XElement Paragraph(string text) =>
        new(SbmlNamespaces.Xhtml + "p", new XAttribute("xmlns", SbmlNamespaces.Xhtml.NamespaceName), text);

    private static XElement? Annotation(ImmutableArray<CvTerm> terms, string? metaId)
    {
        if (terms.IsDefaultOrEmpty)
        {
            return null;
        }

        var description = new XElement(Rdf + "Description", new XAttribute(Rdf + "about", $"#{metaId}"));
        foreach (var term in terms)
        {
            var colon = term.Qualifier.IndexOf(':', StringComparison.Ordinal);
            var prefix = colon > 0 ? term.Qualifier[..colon] : string.Empty;
            XNamespace ns = prefix switch
            {
                "bqbiol" => SbmlNamespaces.BqBiol,
                "bqmodel" => SbmlNamespaces.BqModel,
                _ => throw new ArgumentException($"the qualifier '{term.Qualifier}' is neither bqbiol:… nor bqmodel:…", nameof(terms)),
            };
            var bag = new XElement(Rdf + "Bag", term.Resources.Select(r => new XElement(Rdf + "li", new XAttribute(Rdf + "resource", r))));
            description.Add(new XElement(ns + term.Qualifier[(colon + 1)..], bag));
        }

        var rdf = new XElement(
            Rdf + "RDF",
            new XAttribute(XNamespace.Xmlns + "rdf", Rdf.NamespaceName),
            new XAttribute(XNamespace.Xmlns + "bqbiol", SbmlNamespaces.BqBiol.NamespaceName),
            new XAttribute(XNamespace.Xmlns + "bqmodel", SbmlNamespaces.BqModel.NamespaceName),
            description);
        return new XElement(Core + "annotation", rdf);
    }

    private string NewMetaId(string basis)
    {
        var candidate = $"meta_{basis}";
        for (var i = 2; !metaIds.Add(candidate); i++)
        {
            candidate = $"meta_{basis}_{i}";
        }

        return candidate;
    }

    private static HashSet<string> CollectMetaIds(Model model)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var element in ModelElements.All(model))
        {
            if (element.MetaId is not null)
            {
                ids.Add(element.MetaId);
            }
        }

        return ids;
    }
}
