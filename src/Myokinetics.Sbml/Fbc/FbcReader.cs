using System.Xml.Linq;
using Myokinetics.Core.Diagnostics;
using Myokinetics.Core.Model;
using Myokinetics.Sbml.Reading;

namespace Myokinetics.Sbml.Fbc;

/// <summary>
/// Reads the SBML Level 3 Flux Balance Constraints package (fbc versions 1 and 2) into
/// <see cref="Model.FluxBalance"/>: version 1's <c>listOfFluxBounds</c> (numbers), version 2's
/// reaction attributes <c>lowerFluxBound</c>/<c>upperFluxBound</c> (parameter ids) and model attribute
/// <c>strict</c>, and both versions' <c>listOfObjectives</c>. Gene products, gene associations and the
/// species attributes <c>charge</c> and <c>chemicalFormula</c> do not change the analysis and are noted
/// (info) but not kept.
/// </summary>
/// <remarks>fbc attributes are read in the fbc namespace, as the specifications write them
/// (<c>fbc:reaction</c>); documents that write an fbc element's attributes without the prefix
/// (<c>id</c> next to or instead of <c>fbc:id</c>, as some SBML Test Suite cases do) are read too.
/// A missing attribute that has no sensible default (a bound's reaction, operation or value, an
/// objective's id or type, a flux objective's reaction or coefficient) is a
/// <see cref="ModelFormatException"/> at the element's line.</remarks>
internal sealed class FbcReader
{
    private readonly ReadContext c;
    private readonly SBaseReader sbase;
    private readonly XNamespace fbc;
    private readonly int version;

    private FbcReader(ReadContext context, XNamespace ns)
    {
        c = context;
        sbase = new SBaseReader(context);
        fbc = ns;
        version = FbcNamespaces.Version(ns);
    }

    /// <summary>Whether <paramref name="ns"/> is a package namespace this reader handles (so the core
    /// reader must neither refuse nor ignore it).</summary>
    public static bool Reads(XNamespace ns) => FbcNamespaces.Version(ns) > 0;

    /// <summary>Returns <paramref name="model"/> with its flux balance constraints when the document
    /// declares fbc version 1 or 2 (Level 3 only); otherwise the model unchanged.</summary>
    public static Model Read(ReadContext context, XElement root, XElement modelElement, Model model)
    {
        if (!context.IsLevel3 || FbcNamespaces.Declared(root) is not { } ns)
        {
            return model;
        }

        return model with { FluxBalance = new FbcReader(context, ns).Read(modelElement) };
    }

    private FluxBalance Read(XElement model)
    {
        NoteIgnoredContent(model);
        var bounds = version == 1 ? ReadFluxBounds(model) : ReadReactionBounds(model);
        var objectives = model.Element(fbc + "listOfObjectives");
        var active = objectives is null ? null : Text(objectives, "activeObjective");
        if (objectives is not null && active is null)
        {
            c.Add(Severity.Warning, objectives, "<listOfObjectives> lacks the attribute 'activeObjective', which fbc requires; the only objective, if there is one, is used");
        }

        return new FluxBalance(bounds, ReadObjectives(objectives), active, ReadStrict(model)) { PackageVersion = version };
    }

    private bool ReadStrict(XElement model)
    {
        if (version == 1)
        {
            return false;
        }

        if (Boolean(model, "strict") is { } strict)
        {
            return strict;
        }

        c.Add(Severity.Warning, model, "<model> lacks the attribute 'fbc:strict', which fbc version 2 requires; read as false");
        return false;
    }

    /// <summary>fbc version 1: <c>fluxBound</c> elements with a number each.</summary>
    private ImmutableArray<FluxBound> ReadFluxBounds(XElement model)
    {
        var bounds = ImmutableArray.CreateBuilder<FluxBound>();
        foreach (var e in Items(model.Element(fbc + "listOfFluxBounds"), "fluxBound"))
        {
            var operation = Required(e, "operation") switch
            {
                "lessEqual" => FluxBoundOperation.LessEqual,
                "greaterEqual" => FluxBoundOperation.GreaterEqual,
                "equal" => FluxBoundOperation.Equal,
                "less" => Legacy(e, "less", FluxBoundOperation.LessEqual),
                "greater" => Legacy(e, "greater", FluxBoundOperation.GreaterEqual),
                var other => throw c.Error(e, $"attribute 'operation' of <fluxBound> must be lessEqual, greaterEqual or equal, found '{other}'"),
            };
            var bound = new FluxBound(Text(e, "id"), Required(e, "reaction"), operation, RequiredNumber(e, "value"));
            bounds.Add(Named(sbase.Apply(bound, e), e));
        }

        foreach (var reaction in CoreReactions(model).Where(r => r.Attribute(fbc + "lowerFluxBound") is not null || r.Attribute(fbc + "upperFluxBound") is not null))
        {
            c.InfoOnce("fbc:v2-bounds", reaction, "the reaction attributes lowerFluxBound/upperFluxBound belong to fbc version 2; in this fbc version 1 document they are ignored");
        }

        return bounds.ToImmutable();
    }

    private FluxBoundOperation Legacy(XElement e, string operation, FluxBoundOperation meaning)
    {
        c.Add(Severity.Warning, e, $"the fluxBound operation '{operation}' is not in fbc version 1 release 1; read as '{(meaning == FluxBoundOperation.LessEqual ? "lessEqual" : "greaterEqual")}'");
        return meaning;
    }

    /// <summary>fbc version 2: each reaction's <c>lowerFluxBound</c> (flux ≥ parameter) and
    /// <c>upperFluxBound</c> (flux ≤ parameter).</summary>
    private ImmutableArray<FluxBound> ReadReactionBounds(XElement model)
    {
        if (model.Element(fbc + "listOfFluxBounds") is { } list)
        {
            c.Add(Severity.Warning, list, "<listOfFluxBounds> belongs to fbc version 1; in this fbc version 2 document it is ignored (version 2 bounds are the reactions' lowerFluxBound and upperFluxBound)");
        }

        var bounds = ImmutableArray.CreateBuilder<FluxBound>();
        foreach (var reaction in CoreReactions(model))
        {
            if (ReadContext.Id(reaction, "id") is not { } id)
            {
                continue;
            }

            if (Text(reaction, "lowerFluxBound") is { } lower)
            {
                bounds.Add(new FluxBound(null, id, FluxBoundOperation.GreaterEqual, null, lower) { Location = c.At(reaction) });
            }

            if (Text(reaction, "upperFluxBound") is { } upper)
            {
                bounds.Add(new FluxBound(null, id, FluxBoundOperation.LessEqual, null, upper) { Location = c.At(reaction) });
            }
        }

        return bounds.ToImmutable();
    }

    private ImmutableArray<FluxObjective> ReadObjectives(XElement? list)
    {
        var objectives = ImmutableArray.CreateBuilder<FluxObjective>();
        foreach (var e in Items(list, "objective"))
        {
            var id = Required(e, "id");
            var type = Required(e, "type") switch
            {
                "maximize" => FluxObjectiveType.Maximize,
                "minimize" => FluxObjectiveType.Minimize,
                var other => throw c.Error(e, $"attribute 'type' of <objective> '{id}' must be maximize or minimize, found '{other}'"),
            };
            var terms = ImmutableArray.CreateBuilder<FluxObjectiveTerm>();
            foreach (var t in Items(e.Element(fbc + "listOfFluxObjectives"), "fluxObjective"))
            {
                var term = new FluxObjectiveTerm(Required(t, "reaction"), RequiredNumber(t, "coefficient"));
                terms.Add(Named(sbase.Apply(term, t), t));
            }

            if (terms.Count == 0)
            {
                c.Add(Severity.Warning, e, $"objective '{id}' has no flux objectives; its value is always 0");
            }

            objectives.Add(Named(sbase.Apply(new FluxObjective(id, type, terms.ToImmutable()), e), e));
        }

        return objectives.ToImmutable();
    }

    /// <summary>Notes, once each, the fbc content that does not enter flux balance analysis: gene
    /// products and associations, species charges and formulas, and unknown fbc elements.</summary>
    private void NoteIgnoredContent(XElement model)
    {
        foreach (var child in model.Elements().Where(e => e.Name.Namespace == fbc))
        {
            switch (child.Name.LocalName)
            {
                case "listOfFluxBounds" or "listOfObjectives":
                    break;
                case "listOfGeneProducts":
                    c.InfoOnce("fbc:genes", child, "fbc gene products and gene-reaction associations do not change flux balance analysis and are not kept");
                    break;
                default:
                    c.Add(Severity.Warning, child, $"<{child.Name.LocalName}> is not part of fbc version {version} and is ignored");
                    break;
            }
        }

        foreach (var reaction in CoreReactions(model))
        {
            if (reaction.Element(fbc + "geneProductAssociation") is { } association)
            {
                c.InfoOnce("fbc:genes", association, "fbc gene products and gene-reaction associations do not change flux balance analysis and are not kept");
            }
        }

        var species = c.CoreChildren(model)
            .Where(e => e.Name.LocalName == "listOfSpecies")
            .SelectMany(c.CoreChildren)
            .Where(e => e.Name.LocalName == "species");
        foreach (var s in species)
        {
            foreach (var name in (string[])["charge", "chemicalFormula"])
            {
                if (s.Attribute(fbc + name) is { } a)
                {
                    c.InfoOnce($"fbc:{name}", a, $"the fbc species attribute '{name}' does not change flux balance analysis and is not kept");
                }
            }
        }
    }

    private IEnumerable<XElement> CoreReactions(XElement model) =>
        c.CoreChildren(model)
            .Where(e => e.Name.LocalName == "listOfReactions")
            .SelectMany(c.CoreChildren)
            .Where(e => e.Name.LocalName == "reaction");

    /// <summary>The <paramref name="item"/> children of an fbc list (other fbc children are warned about;
    /// notes and annotations are skipped).</summary>
    private IEnumerable<XElement> Items(XElement? list, string item)
    {
        if (list is null)
        {
            yield break;
        }

        foreach (var child in list.Elements())
        {
            if (child.Name == fbc + item)
            {
                yield return child;
            }
            else if (child.Name.LocalName is not ("notes" or "annotation"))
            {
                c.Add(Severity.Warning, child, $"<{child.Name.LocalName}> is not allowed in <{list.Name.LocalName}> and is ignored");
            }
        }
    }

    /// <summary>An fbc attribute: <c>fbc:name</c>, else the unprefixed <c>name</c> (trimmed; null when
    /// absent or empty).</summary>
    private string? Text(XElement e, string name)
    {
        var value = (e.Attribute(fbc + name) ?? e.Attribute(name))?.Value.Trim();
        return string.IsNullOrEmpty(value) ? null : value;
    }

    private string Required(XElement e, string name) =>
        Text(e, name) ?? throw c.Error(e, $"<{e.Name.LocalName}> needs the attribute 'fbc:{name}'");

    private double RequiredNumber(XElement e, string name)
    {
        var text = Required(e, name);
        if (!SbmlNumber.TryParse(text, out var value))
        {
            throw c.Error(e.Attribute(fbc + name) ?? e.Attribute(name) ?? (XObject)e, $"attribute 'fbc:{name}' of <{e.Name.LocalName}> must be a number, found '{text}'");
        }

        return value;
    }

    private bool? Boolean(XElement e, string name) =>
        Text(e, name) switch
        {
            null => null,
            "true" or "1" => true,
            "false" or "0" => false,
            var other => throw c.Error(e, $"attribute 'fbc:{name}' of <{e.Name.LocalName}> must be true or false, found '{other}'"),
        };

    /// <summary>fbc version 2 writes <c>fbc:name</c> on its elements; SBaseReader reads only the core
    /// <c>name</c>.</summary>
    private T Named<T>(T element, XElement source)
        where T : ModelElement
    {
        ModelElement e = element;
        return source.Attribute(fbc + "name")?.Value is { } name ? (T)(e with { Name = name }) : element;
    }
}
