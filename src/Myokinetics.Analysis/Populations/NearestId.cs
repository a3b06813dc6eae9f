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
            var distance = Distance(id.ToUpperInvariant(), candidate.ToUpperInvariant());
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return bestDistance <= Math.Max(2, id.Length / 2) ? best : null;
    }

    /// <summary>The number of single-character insertions, deletions and substitutions from a to b.</summary>
    public static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
