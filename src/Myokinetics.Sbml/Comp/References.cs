using System.Xml.Linq;
using Myokinetics.Sbml.Reading;

namespace Myokinetics.Sbml.Comp;

/// <summary>
/// What the elements of each instance are called in the flat model and how references to them convert.
/// <list type="bullet">
/// <item>An element that stays is named <c>prefix + id</c>, unless it replaces an element of an
/// enclosing instance through <c>comp:replacedBy</c>: it then takes that element's id (the shallowest
/// such element's; comp V1, ReplacedBy).</item>
/// <item>A reference to a replaced element means its replacement; with a conversion factor <c>f</c>
/// the replaced element's value is <c>replacement / f</c>, and what assigns the replaced element assigns
/// <c>f</c> times as much to the replacement (comp V1, ReplacedElement).</item>
/// <item>A reference to a reaction (its rate) inside a submodel with extent and time conversion
/// factors <c>x</c> and <c>t</c> is the flat rate divided by <c>x / t</c>, as the flat kinetic law is
/// multiplied by it (comp V1, Submodel); a reaction replaced with a conversion factor uses only that factor.</item>
/// </list>
/// </summary>
internal sealed class References
{
    /// <summary>The longest chain of replacements followed before a cycle is assumed.</summary>
    private const int MaxChain = 1_000;

    private readonly Dictionary<Instance, Product> timeFactors = new();
    private readonly Dictionary<Instance, Product> rateFactors = new();

    /// <summary>The element's own id: <c>id</c>, or <c>comp:id</c> on comp elements.</summary>
    public static string? IdOf(XElement e) => ReadContext.Id(e, "id") ?? (CompNames.IsComp(e) ? CompNames.Attribute(e, "id") : null);

    public static bool IsReaction(XElement e) => e.Name.LocalName == "reaction" && !CompNames.IsComp(e);

    /// <summary>The flat id of an element that stays, or null when it has no id.</summary>
    public static string? NameOf(Instance instance, XElement e)
    {
        if (instance.NameSources.TryGetValue(e, out var source) && NameOf(source.Instance, source.Element) is { } inherited)
        {
            return inherited;
        }

        return IdOf(e) is { } id ? instance.Prefix + id : null;
    }

    /// <summary>The flat metaid of an element that stays, or null when it has none.</summary>
    public static string? MetaIdOf(Instance instance, XElement e)
    {
        if (instance.NameSources.TryGetValue(e, out var source) && MetaIdOf(source.Instance, source.Element) is { } inherited)
        {
            return inherited;
        }

        return ReadContext.Id(e, "metaid") is { } metaid ? instance.Prefix + metaid : null;
    }

    /// <summary>The value of <paramref name="e"/> of <paramref name="instance"/>, as seen from that
    /// instance, in terms of the flat model.</summary>
    public Reference Value(Instance instance, XElement e, Located at) => Value(instance, e, at, 0);

    /// <summary>What an assignment to <paramref name="e"/> (a rule, initial assignment or event
    /// assignment of its instance) assigns in the flat model: the flat variable, and the factor to multiply
    /// the assigned value by.</summary>
    public Reference Assign(Instance instance, XElement e, Located at) => Assign(instance, e, at, 0);

    /// <summary>The value of the element with SId <paramref name="id"/> of <paramref name="instance"/>.</summary>
    public Reference ValueOfId(Instance instance, string id, Located at) =>
        Value(instance, instance.Index.Ids.GetValueOrDefault(id) ?? throw at.Error($"{instance.Describe} has no element with the id '{id}'"), at);

    /// <summary>The flat element that stands for <paramref name="e"/>.</summary>
    public static Target Survivor(Instance instance, XElement e, Located at)
    {
        for (var step = 0; ; step++)
        {
            Guard(step, at);
            if (!instance.Fates.TryGetValue(e, out var fate))
            {
                CheckPresent(instance, e, at);
                return new Target(instance, e);
            }

            var next = Redirect(instance, e, fate, at);
            (instance, e) = (next.Instance, next.Element);
        }
    }

    /// <summary>The flat id of a unit: a unit definition's flat id, or a base unit kind as written.</summary>
    public static string UnitName(Instance instance, string unit, Located at)
    {
        if (!instance.Index.Units.TryGetValue(unit, out var definition))
        {
            return unit;
        }

        var survivor = Survivor(instance, definition, at);
        return NameOf(survivor.Instance, survivor.Element)!;
    }

    /// <summary>How many units of flat time one unit of the instance's time is: the product of the
    /// time conversion factors of the submodels from the main model down to it (comp V1, Submodel).</summary>
    public Product TimeFactor(Instance instance)
    {
        if (instance.Parent is null)
        {
            return Product.One;
        }

        if (!timeFactors.TryGetValue(instance, out var factor))
        {
            factor = TimeFactor(instance.Parent).Times(OwnFactor(instance, "timeConversionFactor"));
            timeFactors.Add(instance, factor);
        }

        return factor;
    }

    /// <summary>The factor the instance's reaction rates are multiplied by in the flat model: the product
    /// of extent factor over time factor of the submodels from the main model down to it.</summary>
    public Product RateFactor(Instance instance)
    {
        if (instance.Parent is null)
        {
            return Product.One;
        }

        if (!rateFactors.TryGetValue(instance, out var factor))
        {
            factor = RateFactor(instance.Parent)
                .Times(OwnFactor(instance, "extentConversionFactor"))
                .Times(OwnFactor(instance, "timeConversionFactor").Inverse());
            rateFactors.Add(instance, factor);
        }

        return factor;
    }

    private Product OwnFactor(Instance instance, string attribute)
    {
        if (CompNames.Attribute(instance.Submodel!, attribute) is not { } id)
        {
            return Product.One;
        }

        var parent = instance.Parent!;
        return ValueOfId(parent, id, new Located(parent.Document.Context, instance.Submodel!)).AsProduct();
    }

    private Reference Value(Instance instance, XElement e, Located at, int step)
    {
        Guard(step, at);
        if (!instance.Fates.TryGetValue(e, out var fate))
        {
            CheckPresent(instance, e, at);
            var name = NameOf(instance, e) ?? throw at.Error($"this refers to a <{e.Name.LocalName}> of {instance.Describe} that has no id");
            return new Reference(name, IsReaction(e) ? RateFactor(instance).Inverse() : Product.One);
        }

        var next = Redirect(instance, e, fate, at);
        var value = Value(next.Instance, next.Element, at, step + 1);
        switch (fate.Kind)
        {
            case FateKind.Replaced when fate.ConversionFactor is { } id:
                var factor = Value(fate.By!, fate.By!.Index.Ids[id], at, step + 1).AsProduct();
                return value with { Factor = value.Factor.Times(factor.Inverse()) };
            case FateKind.ReplacedBySubmodel when IsReaction(e):
                return value with { Factor = value.Factor.Times(RateFactor(next.Instance)).Times(RateFactor(instance).Inverse()) };
            default:
                return value;
        }
    }

    private Reference Assign(Instance instance, XElement e, Located at, int step)
    {
        Guard(step, at);
        if (!instance.Fates.TryGetValue(e, out var fate))
        {
            CheckPresent(instance, e, at);
            var name = NameOf(instance, e) ?? throw at.Error($"this assigns a <{e.Name.LocalName}> of {instance.Describe} that has no id");
            return new Reference(name, Product.One);
        }

        var next = Redirect(instance, e, fate, at);
        var target = Assign(next.Instance, next.Element, at, step + 1);
        if (fate.Kind == FateKind.Replaced && fate.ConversionFactor is { } id)
        {
            var factor = Value(fate.By!, fate.By!.Index.Ids[id], at, step + 1).AsProduct();
            return target with { Factor = target.Factor.Times(factor) };
        }

        return target;
    }

    /// <summary>The element that stands for a deleted or replaced element.</summary>
    private static Target Redirect(Instance instance, XElement e, Fate fate, Located at)
    {
        if (fate.Kind == FateKind.Deleted)
        {
            if (fate.Ambiguous)
            {
                throw at.Error($"this refers to the {Describe(instance, e)}, which is deleted and whose deletion several elements replace, so it is ambiguous");
            }

            if (fate.Replacement is null)
            {
                throw at.Error($"this refers to the {Describe(instance, e)}, which a deletion removes ({instance.Document.Context.At(fate.Source)})");
            }
        }

        return new Target(fate.By!, fate.Replacement!);
    }

    /// <summary>Throws when the element is gone with an enclosing element or submodel that is deleted or
    /// replaced (its children are not kept).</summary>
    private static void CheckPresent(Instance instance, XElement e, Located at)
    {
        if (instance.IsRemoved)
        {
            throw at.Error($"this refers to the {Describe(instance, e)}, but the submodel is deleted");
        }

        for (var parent = e.Parent; parent is not null && parent != instance.Index.Model; parent = parent.Parent)
        {
            if (instance.Fates.TryGetValue(parent, out var fate))
            {
                var how = fate.Kind == FateKind.Deleted ? "deleted" : "replaced";
                throw at.Error($"this refers to the {Describe(instance, e)}, which goes with its enclosing {Describe(instance, parent)} when that is {how}; replace or delete it explicitly");
            }
        }
    }

    private static string Describe(Instance instance, XElement e)
    {
        var name = IdOf(e) is { } id ? $" '{id}'" : ReadContext.Id(e, "metaid") is { } metaid ? $" with metaid '{metaid}'" : string.Empty;
        return $"<{e.Name.LocalName}>{name} of {instance.Describe}";
    }

    private static void Guard(int step, Located at)
    {
        if (step > MaxChain)
        {
            throw at.Error("replacements refer to each other in a cycle");
        }
    }
}
