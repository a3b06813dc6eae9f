using System.Xml.Linq;

namespace Myokinetics.Sbml.Comp;

/// <summary>
/// Resolves comp's references to model elements (comp V1, SBaseRef): exactly one of
/// <c>comp:portRef</c>, <c>comp:idRef</c>, <c>comp:unitRef</c> and <c>comp:metaIdRef</c> names an
/// element of the instance; a child <c>comp:sBaseRef</c> then continues inside the submodel so named.
/// Ports, deletions, replaced elements and replacedBy elements are all such references.
/// </summary>
internal static class SBaseRefResolver
{
    private static readonly string[] Kinds = ["portRef", "idRef", "unitRef", "metaIdRef"];

    /// <summary>The element <paramref name="reference"/> (an element of the document that
    /// <paramref name="at"/> describes) names in <paramref name="within"/>.</summary>
    public static Target Resolve(Instance within, XElement reference, Located at)
    {
        var given = Kinds.Where(k => CompNames.Attribute(reference, k) is not null).ToList();
        if (given.Count != 1)
        {
            throw at.Error($"<comp:{reference.Name.LocalName}> needs exactly one of comp:portRef, comp:idRef, comp:unitRef and comp:metaIdRef; found {(given.Count == 0 ? "none" : string.Join(", ", given))}");
        }

        var kind = given[0];
        var key = CompNames.Attribute(reference, kind)!;
        var index = within.Index;
        Target target;
        switch (kind)
        {
            case "portRef":
                if (reference.Name.LocalName == "port")
                {
                    throw at.Error("a port must name its element with comp:idRef, comp:unitRef or comp:metaIdRef, not another port");
                }

                var port = index.Ports.GetValueOrDefault(key) ?? throw at.Error($"{within.Describe} has no port '{key}'");
                target = Resolve(within, port, new Located(within.Document.Context, port));
                break;
            case "idRef":
                target = new Target(within, index.Ids.GetValueOrDefault(key) ?? throw at.Error($"{within.Describe} has no element with the id '{key}'"));
                break;
            case "unitRef":
                target = new Target(within, index.Units.GetValueOrDefault(key) ?? throw at.Error($"{within.Describe} has no unit definition '{key}'"));
                break;
            default:
                target = new Target(within, index.MetaIds.GetValueOrDefault(key) ?? throw at.Error($"{within.Describe} has no element with the metaid '{key}'"));
                break;
        }

        if (CompNames.Child(reference, "sBaseRef") is { } next)
        {
            if (!target.IsSubmodel)
            {
                throw at.Error($"'{key}' in {within.Describe} is a <{target.Element.Name.LocalName}>, not a submodel, so a <comp:sBaseRef> cannot continue inside it");
            }

            target = Resolve(target.SubmodelInstance, next, at with { Node = next });
        }

        return target;
    }
}
