using System.Xml.Linq;

namespace Myokinetics.Sbml.Comp;

/// <summary>
/// One instantiation of a model in the hierarchy: the main model, or a submodel of an instance. Many
/// instances may share one definition (and its XML), so everything that differs between them (the id
/// prefix, the fates of its elements, the ids its elements take from elements they replace) lives here.
/// </summary>
internal sealed class Instance
{
    public Instance(Definition definition, ModelIndex index, Instance? parent, XElement? submodel, string? id)
    {
        Definition = definition;
        Index = index;
        Parent = parent;
        Submodel = submodel;
        Id = id;
        Depth = parent is null ? 0 : parent.Depth + 1;
        Prefix = parent is null ? string.Empty : $"{parent.Prefix}{id}__";
        Path = parent is null ? string.Empty : parent.Parent is null ? id! : $"{parent.Path}/{id}";
    }

    public Definition Definition { get; }

    public ModelIndex Index { get; }

    public Instance? Parent { get; }

    /// <summary>The <c>comp:submodel</c> element of the parent's model that creates this instance; null for the main model.</summary>
    public XElement? Submodel { get; }

    /// <summary>The submodel id; null for the main model.</summary>
    public string? Id { get; }

    /// <summary>0 for the main model, 1 for its submodels, and so on.</summary>
    public int Depth { get; }

    /// <summary>What is put in front of the ids of this instance's elements in the flat model:
    /// <c>sub1__</c> for submodel <c>sub1</c> of the main model, <c>sub1__sub2__</c> for its submodel
    /// <c>sub2</c>, empty for the main model.</summary>
    public string Prefix { get; }

    /// <summary>The submodel ids from the main model down, joined by <c>/</c>; empty for the main model.</summary>
    public string Path { get; }

    public SourceDocument Document => Definition.Document;

    public List<Instance> Children { get; } = new();

    public Dictionary<string, Instance> ChildrenById { get; } = new(StringComparer.Ordinal);

    /// <summary>The elements that are deleted or replaced, with their fate.</summary>
    public Dictionary<XElement, Fate> Fates { get; } = new();

    /// <summary>Elements of this instance that replace an element of an enclosing instance through
    /// <c>comp:replacedBy</c>, with the replaced element they take their id from (the shallowest one).</summary>
    public Dictionary<XElement, (Instance Instance, XElement Element)> NameSources { get; } = new();

    /// <summary>Set when a deletion removes the whole submodel.</summary>
    public bool Deleted { get; set; }

    /// <summary>Whether this instance or an enclosing one is deleted.</summary>
    public bool IsRemoved => Deleted || (Parent?.IsRemoved ?? false);

    /// <summary>The instance for messages: <c>the main model</c> or <c>submodel 'a/b'</c>.</summary>
    public string Describe => Parent is null ? "the main model" : $"submodel '{Path}'";

    /// <summary>This instance and all instances below it, parents before children, in document order.</summary>
    public IEnumerable<Instance> SelfAndDescendants()
    {
        yield return this;
        foreach (var child in Children)
        {
            foreach (var instance in child.SelfAndDescendants())
            {
                yield return instance;
            }
        }
    }
}
