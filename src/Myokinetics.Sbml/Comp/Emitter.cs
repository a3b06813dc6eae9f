using System.Xml.Linq;
using Myokinetics.Core.Diagnostics;
using Myokinetics.Sbml.Reading;

namespace Myokinetics.Sbml.Comp;

/// <summary>
/// Writes the flat model: the main model's attributes, then, list by list, the elements of every
/// instance that are neither deleted nor replaced (the main model's first, then its submodels' in
/// document order, depth first), with their ids prefixed, their references rewritten and the
/// conversion factors applied (see <see cref="References"/> and <see cref="MathRewriter"/>).
/// </summary>
internal sealed partial class Emitter
{
    private static readonly string[] Lists =
    [
        "listOfFunctionDefinitions", "listOfUnitDefinitions", "listOfCompartments", "listOfSpecies", "listOfParameters",
        "listOfInitialAssignments", "listOfRules", "listOfConstraints", "listOfReactions", "listOfEvents",
    ];

    private static readonly string[] ModelUnitAttributes =
        ["substanceUnits", "timeUnits", "volumeUnits", "areaUnits", "lengthUnits", "extentUnits"];

    private readonly References references;
    private readonly ElementCopier copier;
    private readonly MathRewriter math;
    private readonly ReadContext main;
    private readonly Dictionary<string, Instance> ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Instance> unitIds = new(StringComparer.Ordinal);
    private string? mainConversionFactor;
    private bool unitsNoted;

    public Emitter(References references, ReadContext main)
    {
        this.references = references;
        this.main = main;
        copier = new ElementCopier(main.Core);
        math = new MathRewriter(references, copier);
    }

    public XElement Flatten(Instance root)
    {
        var model = root.Index.Model;
        mainConversionFactor = ReadContext.Id(model, "conversionFactor");
        var flat = Element(root, model, withChildren: false);
        foreach (var child in model.Elements(root.Document.Core + "notes").Concat(model.Elements(root.Document.Core + "annotation")))
        {
            flat.Add(Deep(root, child));
        }

        var instances = root.SelfAndDescendants().Where(i => !i.IsRemoved).ToList();
        foreach (var list in Lists)
        {
            var items = new XElement(main.Core + list);
            foreach (var instance in instances)
            {
                var core = instance.Document.Core;
                foreach (var item in instance.Index.Model.Elements(core + list).Elements())
                {
                    if (item.Name.Namespace == core && item.Name.LocalName is not ("notes" or "annotation") && !instance.Fates.ContainsKey(item))
                    {
                        items.Add(Element(instance, item, withChildren: true));
                    }
                }
            }

            if (items.HasElements)
            {
                flat.Add(items);
            }
        }

        foreach (var instance in instances)
        {
            NoteIgnored(instance);
        }

        return flat;
    }

    private XElement Element(Instance instance, XElement e, bool withChildren)
    {
        var copy = copier.Copy(instance, e, copier.Core(e));
        var (scope, factor) = Attributes(instance, e, copy);
        if (!withChildren)
        {
            return copy;
        }

        var core = instance.Document.Core;
        foreach (var child in e.Elements())
        {
            if (child.Name == SbmlNamespaces.MathML + "math")
            {
                copy.Add(math.Rewrite(instance, child, scope, factor));
            }
            else if (child.Name.Namespace != core)
            {
                continue;
            }
            else if (child.Name.LocalName is "notes" or "annotation")
            {
                copy.Add(Deep(instance, child));
            }
            else if (!instance.Fates.ContainsKey(child))
            {
                copy.Add(Element(instance, child, withChildren: true));
            }
        }

        return copy;
    }

    private XElement Deep(Instance instance, XElement e)
    {
        var copy = ElementCopier.Deep(instance, e);
        copy.Name = copier.Core(e);
        return copy;
    }

    private void NoteIgnored(Instance instance)
    {
        var model = instance.Index.Model;
        var core = instance.Document.Core;
        foreach (var child in model.Elements().Where(c => c.Name.Namespace == core))
        {
            if (!Lists.Contains(child.Name.LocalName) && child.Name.LocalName is not ("notes" or "annotation"))
            {
                main.Diagnostics.Add(new Diagnostic(
                    Severity.Warning,
                    $"<{child.Name.LocalName}> is not part of SBML Level 3 core and is ignored",
                    instance.Document.Context.At(child)));
            }
        }

        if (instance.Parent is not null && !unitsNoted && ModelUnitAttributes.Any(a => model.Attribute(a) is not null))
        {
            unitsNoted = true;
            main.Diagnostics.Add(new Diagnostic(
                Severity.Info,
                "the default units of submodels' models (substanceUnits, timeUnits, ...) are not kept in the flat model; the main model's apply to units checks",
                instance.Document.Context.At(model)));
        }
    }
}
