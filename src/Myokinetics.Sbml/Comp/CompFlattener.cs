using System.Xml.Linq;
using Myokinetics.Core.Diagnostics;
using Myokinetics.Sbml.Reading;

namespace Myokinetics.Sbml.Comp;

/// <summary>
/// Flattens an SBML Level 3 document that uses the Hierarchical Model Composition package (comp
/// version 1, release 3) into one core <c>&lt;model&gt;</c> element, which the ordinary model reader then
/// reads: the submodels are instantiated recursively (model definitions, external model definitions),
/// deletions and replacements are applied, ids are prefixed <c>submodel__id</c>, and conversion factors
/// are written into the math. See the README beside this file for the rules and what is refused.
/// </summary>
internal static class CompFlattener
{
    /// <summary>The flat model of the document whose <c>&lt;sbml&gt;</c> element is <paramref name="root"/>.</summary>
    /// <param name="root">The main document's root.</param>
    /// <param name="context">The main document's read context; the flattener's notes go to its diagnostics.</param>
    /// <param name="mainPath">The main document's full path, or null when it was not read from a file
    /// (external model definitions are then refused).</param>
    /// <exception cref="ModelFormatException">The hierarchy is not valid comp (a missing definition or
    /// element, a cycle, a reference to a deleted element, ...).</exception>
    /// <exception cref="UnsupportedFeatureException">The hierarchy needs what the flattener does not do
    /// (named in the message), or an external source that is not a relative path below the main document.</exception>
    public static XElement Flatten(XElement root, ReadContext context, string? mainPath)
    {
        var loader = new DocumentLoader(root, context, mainPath);
        var model = loader.Main.MainModel ?? throw context.Error(root, "<sbml> must hold a <model>");
        var tree = new InstanceBuilder(new DefinitionResolver(loader)).Build(new Definition(loader.Main, model));
        Directives.Apply(tree);
        var flat = new Emitter(new References(), context).Flatten(tree);
        var instances = tree.SelfAndDescendants().ToList();
        if (instances.Count > 1)
        {
            var removed = instances.Sum(i => i.Fates.Count);
            context.Add(
                Severity.Info,
                model,
                $"the comp hierarchy is flattened: {instances.Count - 1} submodel instance(s), {removed} element(s) deleted or replaced; submodel ids are prefixed 'submodel__'");
        }

        return flat;
    }
}
