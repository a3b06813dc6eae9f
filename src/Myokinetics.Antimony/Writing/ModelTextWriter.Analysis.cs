using Myokinetics.Antimony.Semantics;
using Myokinetics.Core.Model;

namespace Myokinetics.Antimony.Writing;

// The Antimony writer, part: what the model says about constancy, rules and the default compartment.
internal sealed partial class ModelTextWriter
{
    private void Analyse()
    {
        valueSymbols.UnionWith(model.Compartments.Select(c => c.Id));
        valueSymbols.UnionWith(model.Species.Select(s => s.Id));
        valueSymbols.UnionWith(model.Parameters.Select(p => p.Id));
        foreach (var rule in model.Rules)
        {
            switch (rule)
            {
                case AssignmentRule a:
                    ruleTargets.Add(a.Variable);
                    break;
                case RateRule r:
                    ruleTargets.Add(r.Variable);
                    break;
            }
        }

        eventTargets.UnionWith(model.Events.SelectMany(e => e.Assignments).Select(a => a.Variable));
        foreach (var ia in model.InitialAssignments)
        {
            initialAssignments[ia.Symbol] = ia;
        }

        foreach (var u in model.UnitDefinitions)
        {
            knownUnits[u.Id] = u.Units;
        }

        implicitDefaultCompartment = IsImplicitDefaultCompartment();
    }

    // The reader creates default_compartment (size 1, constant, SBO:0000410) for species placed in no
    // compartment; when the model's is exactly that, the species are written without 'in'.
    private bool IsImplicitDefaultCompartment()
    {
        var c = model.Compartments.FirstOrDefault(c => c.Id == ModelAssembler.DefaultCompartment);
        if (c is null || c.Size != 1 || !c.Constant || c.SpatialDimensions != 3 || c.SboTerm != "SBO:0000410" || c.Units is not null
            || c.Name is not null || c.Notes is not null || c.CvTerms.Length > 0)
        {
            return false;
        }

        if (ruleTargets.Contains(c.Id) || eventTargets.Contains(c.Id) || initialAssignments.ContainsKey(c.Id)
            || model.Reactions.Any(r => r.Compartment is not null))
        {
            return false;
        }

        var used = UsedSymbols();
        var needsSize = model.Species.Any(s => s.Compartment == c.Id
            && (s.HasOnlySubstanceUnits ? s.InitialAmount is null && s.InitialConcentration is not null : s.InitialConcentration is null && s.InitialAmount is not null));
        return !used.Contains(c.Id) && !needsSize;
    }

    /// <summary>Every symbol any math of the model refers to (computed once).</summary>
    private HashSet<string> UsedSymbols() =>
        usedSymbols ??= ModelExpressions.All(model).SelectMany(MathRenamer.Symbols).ToHashSet(StringComparer.Ordinal);
}
