namespace Myokinetics.Analysis.Populations;

/// <summary>Integer counts for a contiguous run of bucket keys, grown as keys arrive.</summary>
internal sealed class BucketStore
{
    private int[] counts = [];
    private int first;

    /// <summary>The number of values counted.</summary>
    public long Total { get; private set; }

    /// <summary>The nonzero buckets as (key, count), by ascending key.</summary>
    public IEnumerable<(int Key, int Count)> Buckets()
    {
        for (var i = 0; i < counts.Length; i++)
        {
            if (counts[i] != 0)
            {
                yield return (first + i, counts[i]);
            }
        }
    }

    /// <summary>Adds <paramref name="count"/> to bucket <paramref name="key"/>.</summary>
    public void Increment(int key, int count)
    {
        if (counts.Length == 0)
        {
            counts = new int[16];
            first = key - 8;
        }
        else if (key < first || key >= first + counts.Length)
        {
            Grow(key);
        }

        counts[key - first] = checked(counts[key - first] + count);
        Total += count;
    }

    /// <summary>Adds another store's counts.</summary>
    public void Add(BucketStore other)
    {
        ArgumentNullException.ThrowIfNull(other);
        foreach (var (key, count) in other.Buckets())
        {
            Increment(key, count);
        }
    }

    /// <summary>The key of the bucket holding the value of rank <paramref name="rank"/> (0 the smallest key's first value).</summary>
    public int KeyAtRank(long rank)
    {
        long seen = 0;
        for (var i = 0; i < counts.Length; i++)
        {
            seen += counts[i];
            if (seen > rank)
            {
                return first + i;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(rank), rank, $"only {Total} values are counted");
    }

    private void Grow(int key)
    {
        var last = first + counts.Length - 1;
        var newFirst = Math.Min(first, key);
        var newLast = Math.Max(last, key);
        var span = newLast - newFirst + 1;

        // Room to grow on the side that grew, so that a slowly drifting range is not copied at every value.
        var slack = Math.Min(span / 2, 4096);
        newFirst = key < first ? newFirst - slack : newFirst;
        newLast = key > last ? newLast + slack : newLast;
        var grown = new int[newLast - newFirst + 1];
        Array.Copy(counts, 0, grown, first - newFirst, counts.Length);
        counts = grown;
        first = newFirst;
    }
}
