using Myokinetics.Core.Model;

namespace Myokinetics.Sbml.Writing;

/// <summary>
/// SBML Level 2's <c>stoichiometryMath</c> has no Level 3 element; Level 3 expresses a stoichiometry
/// that changes in time by giving the species reference an id and setting it with a rule (L3V2 core
/// SpeciesReference section). So the reference gets <c>constant="false"</c>, no <c>stoichiometry</c> attribute, and
/// an assignment rule that sets its id to the expression.
/// The reference keeps its own id when it has one; otherwise it gets
/// <c>{reaction}_{species}_stoichiometry</c> (with a numeric suffix if that id is taken).
/// </summary>
internal static class StoichiometryMathTranslation
{
    public static Model Apply(Model model)
    {
        if (!model.Reactions.Any(r => r.Reactants.Concat(r.Products).Any(s => s.StoichiometryMath is not null)))
        {
            return model;
        }

        var ids = ModelElements.Ids(model);
        var rules = model.Rules.ToBuilder();
        var reactions = model.Reactions.Select(r => r with
        {
            Reactants = Translate(r, r.Reactants, ids, rules),
            Products = Translate(r, r.Products, ids, rules),
        }).ToImmutableArray();
        return model with { Reactions = reactions, Rules = rules.ToImmutable() };
    }

    private static ImmutableArray<SpeciesReference> Translate(
        Reaction reaction,
        ImmutableArray<SpeciesReference> references,
        HashSet<string> ids,
        ImmutableArray<Rule>.Builder rules)
    {
        var builder = ImmutableArray.CreateBuilder<SpeciesReference>(references.Length);
        foreach (var reference in references)
        {
            if (reference.StoichiometryMath is not { } math)
            {
                builder.Add(reference);
                continue;
            }

            var id = reference.Id ?? NewId($"{reaction.Id}_{reference.Species}_stoichiometry", ids);
            rules.Add(new AssignmentRule(id, math));
            builder.Add(reference with { Id = id, Stoichiometry = null, Constant = false, StoichiometryMath = null });
        }

        return builder.MoveToImmutable();
    }

    private static string NewId(string basis, HashSet<string> ids)
    {
        var id = basis;
        for (var i = 2; !ids.Add(id); i++)
        {
            id = $"{basis}_{i}";
        }

        return id;
    }
}
