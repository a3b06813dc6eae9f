using System.Xml.Linq;

namespace Myokinetics.Sbml.Comp;

/// <summary>Instantiates the hierarchy: the main model, its submodels, their submodels and so on
/// (comp V1, Submodel), refusing definitions that instantiate themselves and hierarchies with more
/// than <see cref="MaxInstances"/> instances.</summary>
internal sealed class InstanceBuilder
{
    /// <summary>The most submodel instances a hierarchy may expand to.</summary>
    public const int MaxInstances = 10_000;

    private readonly DefinitionResolver resolver;
    private readonly Dictionary<XElement, ModelIndex> indexes = new();
    private int count;

    public InstanceBuilder(DefinitionResolver resolver) => this.resolver = resolver;

    /// <summary>The instance tree whose root instantiates <paramref name="main"/>.</summary>
    public Instance Build(Definition main)
    {
        var root = new Instance(main, IndexOf(main), null, null, null);
        Expand(root, new List<Definition> { main });
        return root;
    }

    private void Expand(Instance parent, List<Definition> path)
    {
        foreach (var submodel in parent.Index.Submodels)
        {
            var context = parent.Document.Context;
            var id = CompNames.Attribute(submodel, "id")!;
            var modelRef = CompNames.Attribute(submodel, "modelRef")
                ?? throw context.Error(submodel, $"the submodel '{id}' needs the attribute 'comp:modelRef'");
            var definition = resolver.Resolve(parent.Document, modelRef, submodel);
            if (path.Any(d => d.Model == definition.Model))
            {
                var cycle = string.Join(" → ", path.SkipWhile(d => d.Model != definition.Model).Select(d => d.Label).Append(definition.Label));
                throw context.Error(submodel, $"submodels instantiate each other in a cycle: {cycle}");
            }

            if (++count > MaxInstances)
            {
                throw context.Error(submodel, $"the hierarchy expands to more than {MaxInstances:N0} submodel instances");
            }

            var child = new Instance(definition, IndexOf(definition), parent, submodel, id);
            parent.Children.Add(child);
            parent.ChildrenById.Add(id, child);
            path.Add(definition);
            Expand(child, path);
            path.RemoveAt(path.Count - 1);
        }
    }

    private ModelIndex IndexOf(Definition definition)
    {
        if (!indexes.TryGetValue(definition.Model, out var index))
        {
            index = new ModelIndex(definition);
            indexes.Add(definition.Model, index);
        }

        return index;
    }
}
