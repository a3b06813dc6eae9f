using System.Xml.Linq;
using Myokinetics.Sbml.Reading;

namespace Myokinetics.Sbml.Comp;

/// <summary>One SBML document taking part in a hierarchy: the main document or an external one. Holds
/// its model, its model definitions and external model definitions by id (comp V1, the extended SBML class),
/// the context that locates messages in its file, and the folder its external sources are relative to.</summary>
internal sealed class SourceDocument
{
    private readonly Dictionary<string, XElement> modelDefinitions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, XElement> externalDefinitions = new(StringComparer.Ordinal);

    public SourceDocument(XElement root, ReadContext context, string? directory)
    {
        Root = root;
        Context = context;
        Directory = directory;
        MainModel = root.Element(context.Core + "model");
        foreach (var definition in CompNames.Items(root, "listOfModelDefinitions", "modelDefinition"))
        {
            Add(modelDefinitions, definition, ReadContext.Id(definition, "id") ?? CompNames.Attribute(definition, "id"), "model definition");
        }

        foreach (var external in CompNames.Items(root, "listOfExternalModelDefinitions", "externalModelDefinition"))
        {
            Add(externalDefinitions, external, CompNames.Attribute(external, "id"), "external model definition");
        }
    }

    /// <summary>The <c>&lt;sbml&gt;</c> element.</summary>
    public XElement Root { get; }

    /// <summary>Locates messages in this document's file; its level, version and core namespace are the document's.</summary>
    public ReadContext Context { get; }

    /// <summary>The folder relative to which external sources are found, or null when the document was
    /// not read from a file (it then may not use external model definitions).</summary>
    public string? Directory { get; }

    /// <summary>The document's <c>&lt;model&gt;</c>, or null when it has none.</summary>
    public XElement? MainModel { get; }

    public string File => Context.File;

    public XNamespace Core => Context.Core;

    public XElement? ModelDefinition(string id) => modelDefinitions.GetValueOrDefault(id);

    public XElement? ExternalDefinition(string id) => externalDefinitions.GetValueOrDefault(id);

    private void Add(Dictionary<string, XElement> table, XElement e, string? id, string what)
    {
        if (id is null)
        {
            throw Context.Error(e, $"a {what} needs an id");
        }

        if (modelDefinitions.ContainsKey(id) || externalDefinitions.ContainsKey(id))
        {
            throw Context.Error(e, $"the {what} id '{id}' is already used by another model definition in this document");
        }

        table.Add(id, e);
    }
}
