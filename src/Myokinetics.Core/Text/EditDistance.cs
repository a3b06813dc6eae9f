namespace Myokinetics.Core.Text;

/// <summary>
/// The Levenshtein distance between two strings: the fewest single-character insertions, deletions and
/// substitutions (each costing 1) that turn one into the other (V. I. Levenshtein, "Binary codes capable
/// of correcting deletions, insertions, and reversals", Soviet Physics Doklady 10 (1966) 707–710).
/// Used for "did you mean" suggestions; characters are compared exactly (ordinal), so callers fold case
/// or punctuation first when those should not count.
/// </summary>
public static class EditDistance
{
    /// <summary>The distance from <paramref name="a"/> to <paramref name="b"/> (0 when equal; at most the
    /// longer length). Time O(|a|·|b|), memory O(|b|).</summary>
    public static int Between(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
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
                current[j] = System.Math.Min(substitution, System.Math.Min(previous[j] + 1, current[j - 1] + 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
