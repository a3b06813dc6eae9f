using System.Globalization;

namespace Myokinetics.Analysis.Populations;

/// <summary>
/// Part <see cref="Index"/> of <see cref="Count"/> equal, contiguous parts of a population (1-based,
/// as Slurm array task ids usually are): shard i of n holds subjects ⌊(i−1)·N/n⌋ + 1 to ⌊i·N/n⌋.
/// </summary>
/// <param name="Index">Which part, 1 to <paramref name="Count"/>.</param>
/// <param name="Count">How many parts, at least 1.</param>
public readonly record struct Shard(int Index, int Count)
{
    /// <summary>The whole population as one shard.</summary>
    public static Shard Whole => new(1, 1);

    /// <summary>Reads <c>i/n</c> (1 ≤ i ≤ n); false for anything else.</summary>
    public static bool TryParse(string? text, out Shard shard)
    {
        shard = default;
        var parts = text?.Split('/') ?? [];
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            && count >= 1 && index >= 1 && index <= count)
        {
            shard = new Shard(index, count);
            return true;
        }

        return false;
    }

    /// <summary>The first subject number (1-based) and how many subjects this shard holds of <paramref name="size"/>.</summary>
    public (long First, int Count) Subjects(int size)
    {
        var first = (long)(Index - 1) * size / Count;
        var end = (long)Index * size / Count;
        return (first + 1, (int)(end - first));
    }

    /// <summary><c>i/n</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Index}/{Count}");
}
