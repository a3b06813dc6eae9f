using System.Text;
using System.Xml.Linq;
using Myokinetics.Core.Model;

namespace Myokinetics.Sbml.Reading;

/// <summary>Reads what every SBML element may carry besides its meaning (SBase: <c>name</c>, <c>metaid</c>,
/// <c>sboTerm</c>, <c>notes</c>, and the controlled-vocabulary terms of its RDF annotation) and the
/// element's source location.</summary>
internal sealed class SBaseReader
{
    private readonly ReadContext context;

    public SBaseReader(ReadContext context) => this.context = context;

    public T Apply<T>(T element, XElement source)
        where T : ModelElement
    {
        ModelElement m = element;
        var notes = context.CoreChild(source, "notes");
        var annotation = context.CoreChild(source, "annotation");
        return (T)(m with
        {
            Name = ReadContext.Text(source, "name"),
            MetaId = ReadContext.Id(source, "metaid"),
            SboTerm = ReadContext.Id(source, "sboTerm"),
            Notes = notes is null ? null : NotesText(notes),
            CvTerms = annotation is null ? ImmutableArray<CvTerm>.Empty : CvTerms(annotation),
            Location = context.At(source),
        });
    }

    /// <summary>The XHTML content of a <c>&lt;notes&gt;</c> element as one string, exactly as written inside
    /// its top-level elements (each of which carries its namespace declaration).</summary>
    private static string NotesText(XElement notes)
    {
        var text = new StringBuilder();
        foreach (var node in notes.Nodes())
        {
            // Whitespace between the top-level elements is indentation; whitespace inside them is kept.
            if (node is XText t && string.IsNullOrWhiteSpace(t.Value))
            {
                continue;
            }

            text.Append(node.ToString(SaveOptions.DisableFormatting));
        }

        return text.ToString();
    }

    /// <summary>Controlled-vocabulary terms: <c>annotation/rdf:RDF/rdf:Description/(bqbiol:*|bqmodel:*)/
    /// rdf:Bag/rdf:li/@rdf:resource</c> (SBML L3V2 core, the section on RDF annotations). Other annotation content (model
    /// history, tool-specific data) has no place in the model and is not kept.</summary>
    private ImmutableArray<CvTerm> CvTerms(XElement annotation)
    {
        var rdf = SbmlNamespaces.Rdf;
        var terms = ImmutableArray.CreateBuilder<CvTerm>();
        foreach (var description in annotation.Elements(rdf + "RDF").Elements(rdf + "Description"))
        {
            foreach (var qualifier in description.Elements())
            {
                var prefix = qualifier.Name.Namespace == SbmlNamespaces.BqBiol ? "bqbiol"
                    : qualifier.Name.Namespace == SbmlNamespaces.BqModel ? "bqmodel"
                    : null;
                if (prefix is null)
                {
                    context.InfoOnce("annotation", qualifier, "annotation content other than controlled-vocabulary terms (RDF bqbiol/bqmodel), such as model history, is not kept");
                    continue;
                }

                var resources = qualifier.Elements(rdf + "Bag").Elements(rdf + "li")
                    .Select(li => li.Attribute(rdf + "resource")?.Value.Trim())
                    .Where(r => !string.IsNullOrEmpty(r))
                    .Select(r => r!)
                    .ToImmutableArray();
                terms.Add(new CvTerm($"{prefix}:{qualifier.Name.LocalName}", resources));
            }
        }

        if (annotation.Elements().Any(e => e.Name != rdf + "RDF" && e.Name.Namespace != SbmlNamespaces.Myokinetics))
        {
            context.InfoOnce("annotation", annotation, "annotation content other than controlled-vocabulary terms (RDF bqbiol/bqmodel), such as model history, is not kept");
        }

        return terms.ToImmutable();
    }
}
