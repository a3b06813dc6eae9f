using System.Xml.Linq;

namespace Myokinetics.Sbml.Comp;

/// <summary>
/// Reads every deletion, replaced element and replacedBy of every instance and records what they do
/// as the fates of the elements they name. All references are resolved in the instances as written,
/// before anything is removed (comp V1, Deletion and Replacing). An element may be deleted or replaced
/// once; an element may replace, or be the replacement of, any number of others.
/// </summary>
internal static class Directives
{
    public static void Apply(Instance root)
    {
        var instances = root.SelfAndDescendants().ToList();
        foreach (var instance in instances)
        {
            foreach (var submodel in instance.Index.Submodels)
            {
                var child = instance.ChildrenById[CompNames.Attribute(submodel, "id")!];
                foreach (var deletion in CompNames.Items(submodel, "listOfDeletions", "deletion"))
                {
                    Delete(child, deletion, new Located(instance.Document.Context, deletion));
                }
            }
        }

        foreach (var instance in instances.Where(i => !i.IsRemoved))
        {
            foreach (var element in instance.Index.Replacing)
            {
                foreach (var replaced in CompNames.Items(element, "listOfReplacedElements", "replacedElement"))
                {
                    Replace(instance, element, replaced);
                }

                if (CompNames.Child(element, "replacedBy") is { } replacedBy)
                {
                    ReplaceBy(instance, element, replacedBy);
                }
            }
        }
    }

    private static void Delete(Instance child, XElement deletion, Located at)
    {
        var target = SBaseRefResolver.Resolve(child, deletion, at);
        if (target.IsSubmodel)
        {
            target.SubmodelInstance.Deleted = true;
            return;
        }

        SetFate(target, new Fate(FateKind.Deleted, deletion), at, allowRemoved: true);
    }

    private static void Replace(Instance instance, XElement element, XElement replaced)
    {
        var at = new Located(instance.Document.Context, replaced);
        var child = Submodel(instance, replaced, at);
        var conversionFactor = CompNames.Attribute(replaced, "conversionFactor");
        if (conversionFactor is not null && !instance.Index.Ids.ContainsKey(conversionFactor))
        {
            throw at.Error($"the conversion factor '{conversionFactor}' is not an element of {instance.Describe}");
        }

        if (CompNames.Attribute(replaced, "deletion") is { } deletionId)
        {
            ReplaceDeletion(instance, element, child, deletionId, at);
            return;
        }

        var target = SBaseRefResolver.Resolve(child, replaced, at);
        if (target.IsSubmodel)
        {
            throw at.Unsupported($"replacing the whole submodel '{target.Instance.Prefix}{CompNames.Attribute(target.Element, "id")}' is not supported");
        }

        SetFate(target, new Fate(FateKind.Replaced, replaced, instance, element, conversionFactor), at);
    }

    /// <summary>A replaced element that names a deletion (comp V1, ReplacedElement's <c>deletion</c>): the deleted element
    /// stays deleted, and references to it now mean <paramref name="element"/>.</summary>
    private static void ReplaceDeletion(Instance instance, XElement element, Instance child, string deletionId, Located at)
    {
        var deletion = CompNames.Items(child.Submodel!, "listOfDeletions", "deletion")
            .FirstOrDefault(d => CompNames.Attribute(d, "id") == deletionId)
            ?? throw at.Error($"the submodel '{child.Id}' has no deletion '{deletionId}'");
        var target = SBaseRefResolver.Resolve(child, deletion, new Located(instance.Document.Context, deletion));
        if (target.IsSubmodel)
        {
            return;
        }

        if (!target.Instance.Fates.TryGetValue(target.Element, out var fate))
        {
            return;
        }

        target.Instance.Fates[target.Element] = fate.Replacement is null
            ? fate with { By = instance, Replacement = element }
            : fate with { Ambiguous = true };
    }

    private static void ReplaceBy(Instance instance, XElement element, XElement replacedBy)
    {
        var at = new Located(instance.Document.Context, replacedBy);
        var child = Submodel(instance, replacedBy, at);
        var target = SBaseRefResolver.Resolve(child, replacedBy, at);
        if (target.IsSubmodel)
        {
            throw at.Unsupported("an element replaced by a whole submodel is not supported");
        }

        SetFate(new Target(instance, element), new Fate(FateKind.ReplacedBySubmodel, replacedBy, target.Instance, target.Element), at);
        var sources = target.Instance.NameSources;
        if (!sources.TryGetValue(target.Element, out var source) || source.Instance.Depth > instance.Depth)
        {
            sources[target.Element] = (instance, element);
        }
    }

    private static Instance Submodel(Instance instance, XElement reference, Located at)
    {
        var id = CompNames.Attribute(reference, "submodelRef")
            ?? throw at.Error($"<comp:{reference.Name.LocalName}> needs the attribute 'comp:submodelRef'");
        var child = instance.ChildrenById.GetValueOrDefault(id) ?? throw at.Error($"{instance.Describe} has no submodel '{id}'");
        if (child.IsRemoved)
        {
            throw at.Error($"the submodel '{id}' is deleted, so nothing in it can be replaced");
        }

        return child;
    }

    private static void SetFate(Target target, Fate fate, Located at, bool allowRemoved = false)
    {
        if (!allowRemoved && target.Instance.IsRemoved)
        {
            throw at.Error($"the element is in the deleted {target.Instance.Describe}");
        }

        if (target.Instance.Fates.TryGetValue(target.Element, out var existing))
        {
            throw at.Error($"the <{target.Element.Name.LocalName}> {Describe(target.Element)} of {target.Instance.Describe} is already {Verb(existing.Kind)} at {existing.Source.Name.LocalName} {target.Instance.Document.Context.At(existing.Source)}; an element can be deleted or replaced only once");
        }

        target.Instance.Fates.Add(target.Element, fate);
    }

    private static string Describe(XElement e) =>
        (e.Attribute("id") ?? e.Attribute(CompNames.Namespace + "id"))?.Value is { } id ? $"'{id.Trim()}'"
        : e.Attribute("metaid")?.Value is { } metaid ? $"with metaid '{metaid.Trim()}'"
        : string.Empty;

    private static string Verb(FateKind kind) => kind switch
    {
        FateKind.Deleted => "deleted",
        FateKind.Replaced => "replaced",
        _ => "replaced by a submodel element",
    };
}
