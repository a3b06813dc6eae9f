using Myokinetics.Core.Math;

namespace Myokinetics.Core.Model;

/// <summary>Every expression a model holds, for analyses that look at all of them (which symbols are
/// used, whether a construct such as <c>delay</c> appears).</summary>
public static class ModelExpressions
{
    /// <summary>Function bodies, initial assignments, rules, kinetic laws, stoichiometry math, and
    /// event triggers, delays, priorities and assignments, in that order.</summary>
    public static IEnumerable<MathNode> All(Model model)
    {
        ArgumentNullException.ThrowIfNull(model);
        foreach (var f in model.Functions)
        {
            yield return f.Body;
        }

        foreach (var ia in model.InitialAssignments)
        {
            yield return ia.Math;
        }

        foreach (var rule in model.Rules)
        {
            yield return rule.Math;
        }

        foreach (var r in model.Reactions)
        {
            if (r.KineticLaw is not null)
            {
                yield return r.KineticLaw.Math;
            }

            foreach (var sr in r.Reactants.Concat(r.Products))
            {
                if (sr.StoichiometryMath is not null)
                {
                    yield return sr.StoichiometryMath;
                }
            }
        }

        foreach (var e in model.Events)
        {
            yield return e.Trigger.Math;
            if (e.Delay is not null)
            {
                yield return e.Delay;
            }

            if (e.Priority is not null)
            {
                yield return e.Priority;
            }

            foreach (var a in e.Assignments)
            {
                yield return a.Math;
            }
        }
    }
}
