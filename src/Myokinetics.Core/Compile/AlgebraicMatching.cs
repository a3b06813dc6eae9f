using Myokinetics.Core.Diagnostics;
using Myokinetics.Core.Math.Symbolic;
using Myokinetics.Core.Model;

namespace Myokinetics.Core.Compile;

/// <summary>
/// Decides which variable each algebraic rule determines: a maximum bipartite matching between the
/// rules and the variables nothing else determines (not constant, no assignment or rate rule, not
/// changed by reactions) that appear in them. A rule left unmatched makes the model overdetermined.
/// </summary>
internal static class AlgebraicMatching
{
    /// <summary>The variable determined by each algebraic rule (same order as <paramref name="rules"/>).</summary>
    /// <param name="rules">The algebraic rules.</param>
    /// <param name="declarationOrder">Every model variable in declaration order; candidates are tried in this order.</param>
    /// <param name="isFree">Whether a variable is free to be determined by an algebraic rule.</param>
    /// <param name="inliner">Expands function calls so their arguments count.</param>
    public static string[] Match(IReadOnlyList<AlgebraicRule> rules, IReadOnlyList<string> declarationOrder, Func<string, bool> isFree, FunctionInliner inliner)
    {
        var rank = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < declarationOrder.Count; i++)
        {
            rank.TryAdd(declarationOrder[i], i);
        }

        var candidates = rules
            .Select((rule, i) => MathTraversal.Symbols(inliner.Inline(rule.Math, $"algebraic rule {i + 1}"))
                .Where(isFree)
                .Distinct(StringComparer.Ordinal)
                .OrderBy(v => rank.GetValueOrDefault(v, int.MaxValue))
                .ToList())
            .ToList();
        var owner = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var r = 0; r < rules.Count; r++)
        {
            if (!Augment(r, candidates, owner, new HashSet<string>(StringComparer.Ordinal)))
            {
                throw new ModelValidationException(
                    $"algebraic rule {r + 1} cannot determine any variable (every variable in it is constant or set by another rule or by reactions): the model is overdetermined",
                    rules[r].Location);
            }
        }

        var result = new string[rules.Count];
        foreach (var (variable, rule) in owner)
        {
            result[rule] = variable;
        }

        return result;
    }

    private static bool Augment(int rule, List<List<string>> candidates, Dictionary<string, int> owner, HashSet<string> visited)
    {
        foreach (var variable in candidates[rule])
        {
            if (!visited.Add(variable))
            {
                continue;
            }

            if (!owner.TryGetValue(variable, out var other) || Augment(other, candidates, owner, visited))
            {
                owner[variable] = rule;
                return true;
            }
        }

        return false;
    }
}
