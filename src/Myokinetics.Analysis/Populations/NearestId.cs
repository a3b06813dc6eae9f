using Myokinetics.Core.Text;

namespace Myokinetics.Analysis.Populations;

/// <summary>The known id closest to a misspelt one, by Levenshtein distance (ties: the first in order).</summary>
internal static class NearestId
{
    /// <summary>The candidate nearest to <paramref name="id"/>, or null when none is within half its length.</summary>
    public static string? Find(string id, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = EditDistance.Between(id.ToUpperInvariant(), candidate.ToUpperInvariant());
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return bestDistance <= Math.Max(2, id.Length / 2) ? best : null;
    }
}
