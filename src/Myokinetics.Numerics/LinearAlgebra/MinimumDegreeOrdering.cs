using System.Numerics;

namespace Myokinetics.Numerics.LinearAlgebra;

/// <summary>
/// A fill-reducing symmetric ordering of a sparse n×n matrix: the minimum-degree heuristic (Tinney
/// &amp; Walker 1967; George &amp; Liu, Computer Solution of Large Sparse Positive Definite Systems,
/// 1981, ch. 5) on the graph of A + Aᵀ, run on an explicit elimination graph kept as bit sets.
/// Eliminating a vertex joins its remaining neighbours into a clique (the fill it causes); the next
/// vertex is always one of least remaining degree, the lowest index among equals, so the order is a
/// pure function of the pattern. Factoring P·A·Pᵀ instead of A then creates far less fill when the
/// pivots stay on the diagonal, as they do for the iteration matrix M/(γh) − J of a stiff integrator
/// with a dominant diagonal; partial pivoting still guards the other cases.
/// </summary>
public static class MinimumDegreeOrdering
{
    /// <summary>
    /// The elimination order for the matrix whose off-diagonal non-zeros are at
    /// <paramref name="positions"/> (i·n + j): <c>order[k]</c> is the row and column of the original
    /// matrix that comes k-th.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">n is below 1 or a position is outside the matrix.</exception>
    public static int[] Compute(int n, ReadOnlySpan<int> positions)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        int words = (n + 63) / 64;
        var graph = new ulong[n * words];
        foreach (int position in positions)
        {
            if (position < 0 || position >= n * n)
            {
                throw new ArgumentOutOfRangeException(nameof(positions), position, $"a position must lie in [0, {n * n}).");
            }

            int i = position / n;
            int j = position % n;
            if (i != j)
            {
                graph[(i * words) + (j >> 6)] |= 1UL << j;
                graph[(j * words) + (i >> 6)] |= 1UL << i;
            }
        }

        var remaining = new ulong[words];
        for (int i = 0; i < n; i++)
        {
            remaining[i >> 6] |= 1UL << i;
        }

        var degree = new int[n];
        for (int i = 0; i < n; i++)
        {
            degree[i] = Count(graph, i, words, remaining);
        }

        var order = new int[n];
        var neighbours = new int[n];
        for (int k = 0; k < n; k++)
        {
            int v = -1;
            for (int i = 0; i < n; i++)
            {
                if ((remaining[i >> 6] & (1UL << i)) != 0 && (v < 0 || degree[i] < degree[v]))
                {
                    v = i;
                }
            }

            order[k] = v;
            remaining[v >> 6] &= ~(1UL << v);
            int count = 0;
            for (int w = 0; w < words; w++)
            {
                ulong bits = graph[(v * words) + w] & remaining[w];
                while (bits != 0)
                {
                    neighbours[count++] = (w << 6) + BitOperations.TrailingZeroCount(bits);
                    bits &= bits - 1;
                }
            }

            // The remaining neighbours of v become a clique: each gains the others as neighbours.
            for (int q = 0; q < count; q++)
            {
                int u = neighbours[q];
                for (int w = 0; w < words; w++)
                {
                    graph[(u * words) + w] |= graph[(v * words) + w];
                }

                graph[(u * words) + (u >> 6)] &= ~(1UL << u);
                degree[u] = Count(graph, u, words, remaining);
            }
        }

        return order;
    }

    // The number of remaining neighbours of vertex i.
    private static int Count(ulong[] graph, int i, int words, ulong[] remaining)
    {
        int count = 0;
        for (int w = 0; w < words; w++)
        {
            count += BitOperations.PopCount(graph[(i * words) + w] & remaining[w]);
        }

        return count;
    }
}
