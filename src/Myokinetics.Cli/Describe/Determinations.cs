using Myokinetics.Core.Math.Symbolic;
using Myokinetics.Core.Model;

namespace Myokinetics.Cli.Describe;

/// <summary>
/// How each symbol of a model gets its values, read from the model itself (so that models the
/// compiler would refuse can still be described): by an assignment rule, a rate rule, reactions,
/// an algebraic rule, events — or by nothing after its start.
/// </summary>
internal sealed class Determinations
{
    private readonly HashSet<string> assigned;
    private readonly HashSet<string> rated;
    private readonly HashSet<string> byEvents;
    private readonly HashSet<string> byReactions;
    private readonly HashSet<string> inAlgebraicRules;

    public Determinations(Model model)
    {
        assigned = model.Rules.OfType<AssignmentRule>().Select(r => r.Variable).ToHashSet(StringComparer.Ordinal);
        rated = model.Rules.OfType<RateRule>().Select(r => r.Variable).ToHashSet(StringComparer.Ordinal);
        byEvents = model.Events.SelectMany(e => e.Assignments).Select(a => a.Variable).ToHashSet(StringComparer.Ordinal);
        var changeable = model.Species.Where(s => !s.BoundaryCondition && !s.Constant).Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        byReactions = model.Reactions
            .SelectMany(r => r.Reactants.Concat(r.Products))
            .Select(r => r.Species)
            .Where(changeable.Contains)
            .ToHashSet(StringComparer.Ordinal);
        inAlgebraicRules = model.Rules.OfType<AlgebraicRule>()
            .SelectMany(r => MathTraversal.Symbols(r.Math))
            .ToHashSet(StringComparer.Ordinal);

        InitialAssignments = model.InitialAssignments.Select(a => a.Symbol).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The symbols an initial assignment sets.</summary>
    public IReadOnlySet<string> InitialAssignments { get; }

    /// <summary>For example <c>reactions, events</c>, <c>assignment rule</c>, <c>constant</c>.</summary>
    public string Describe(string id, bool constant)
    {
        var ways = new List<string>();
        if (assigned.Contains(id))
        {
            ways.Add("assignment rule");
        }

        if (rated.Contains(id))
        {
            ways.Add("rate rule");
        }

        if (byReactions.Contains(id))
        {
            ways.Add("reactions");
        }

        if (ways.Count == 0 && !constant && inAlgebraicRules.Contains(id))
        {
            ways.Add("algebraic rule");
        }

        if (byEvents.Contains(id))
        {
            ways.Add("events");
        }

        if (ways.Count > 0)
        {
            return string.Join(", ", ways);
        }

        return InitialAssignments.Contains(id) ? "initial assignment, then constant" : "constant";
    }
}
