using Myokinetics.Core.Model;

namespace Myokinetics.Sbml.Writing;

/// <summary>Walks every element of a model (for collecting ids and metaids).</summary>
internal static class ModelElements
{
    public static IEnumerable<ModelElement> All(Model model)
    {
        yield return model;
        foreach (var e in model.Functions.Concat<ModelElement>(model.UnitDefinitions).Concat(model.Compartments)
            .Concat(model.Species).Concat(model.Parameters).Concat(model.InitialAssignments).Concat(model.Rules))
        {
            yield return e;
        }

        foreach (var r in model.Reactions)
        {
            yield return r;
            foreach (var e in r.Reactants.Concat<ModelElement>(r.Products).Concat(r.Modifiers))
            {
                yield return e;
            }

            if (r.KineticLaw is { } law)
            {
                yield return law;
                foreach (var p in law.LocalParameters)
                {
                    yield return p;
                }
            }
        }

        foreach (var ev in model.Events)
        {
            yield return ev;
            yield return ev.Trigger;
            foreach (var a in ev.Assignments)
            {
                yield return a;
            }
        }
    }

    /// <summary>Every SId the model defines, in any SBML namespace (so a new id clashes with none).</summary>
    public static HashSet<string> Ids(Model model)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal) { model.Id };
        ids.UnionWith(model.Functions.Select(f => f.Id));
        ids.UnionWith(model.UnitDefinitions.Select(u => u.Id));
        ids.UnionWith(model.Compartments.Select(c => c.Id));
        ids.UnionWith(model.Species.Select(s => s.Id));
        ids.UnionWith(model.Parameters.Select(p => p.Id));
        ids.UnionWith(model.Events.Select(e => e.Id).OfType<string>());
        foreach (var r in model.Reactions)
        {
            ids.Add(r.Id);
            ids.UnionWith(r.Reactants.Concat(r.Products).Select(s => s.Id).OfType<string>());
            ids.UnionWith(r.Modifiers.Select(m => m.Id).OfType<string>());
            if (r.KineticLaw is { } law)
            {
                ids.UnionWith(law.LocalParameters.Select(p => p.Id));
            }
        }

        return ids;
    }
}
