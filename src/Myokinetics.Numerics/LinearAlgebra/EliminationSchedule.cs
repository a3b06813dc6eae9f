using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Myokinetics.Numerics.LinearAlgebra;

/// <summary>
/// What a factorisation of <see cref="DenseLu"/> under a declared pattern did, step by step: the
/// pivot row, the rows that were candidates for the pivot (the rows not yet used that may be
/// non-zero in the column, in increasing order), which of their multipliers were zero, and the pivot
/// row's possibly non-zero columns right of the pivot. Under a fixed pattern the possibly non-zero
/// entries after each step depend only on the pivot rows chosen before it and on which multipliers
/// were zero (a zero multiplier brings no fill-in), so a later matrix whose pivot search picks the
/// same rows and whose zero multipliers include the recorded ones is eliminated by replaying the schedule,
/// without the bit-set bookkeeping and with the same positions for the solves: the same arithmetic
/// in the same order, hence the same factors. When the search picks another row, or a multiplier
/// recorded as zero is not (its fill-in was not marked), the replay gives up
/// and the caller factors afresh (Davis &amp; Palamadai Natarajan, "Algorithm 907: KLU", ACM TOMS 37,
/// 2010, use the same idea for the repeated factorisations of circuit simulation).
/// </summary>
internal sealed class EliminationSchedule
{
    private readonly int n;
    private readonly int[] pivots;
    private readonly int[] candidateStart;
    private readonly int[] candidates;
    private readonly bool[] zeroMultipliers;
    private int cursor;
    private int currentPivot;
    private readonly int[] upperStart;
    private readonly int[] upperColumns;
    private int candidateCount;
    private int upperCount;

    public EliminationSchedule(int dimension)
    {
        n = dimension;
        pivots = new int[dimension];
        candidateStart = new int[dimension + 1];
        candidates = new int[dimension * dimension];
        zeroMultipliers = new bool[dimension * dimension];
        upperStart = new int[dimension + 1];
        upperColumns = new int[dimension * dimension];
    }

    /// <summary>Whether a complete factorisation was recorded since the last <see cref="Reset"/>.</summary>
    public bool IsValid { get; private set; }

    /// <summary>Forgets the recorded factorisation (a new pattern, or one that failed).</summary>
    public void Reset()
    {
        IsValid = false;
        candidateCount = 0;
        upperCount = 0;
    }

    /// <summary>Starts recording step <paramref name="k"/>.</summary>
    public void BeginStep(int k)
    {
        if (k == 0)
        {
            Reset();
        }

        candidateStart[k] = candidateCount;
        upperStart[k] = upperCount;
    }

    /// <summary>Records a candidate row of the current step (call in increasing order).</summary>
    public void AddCandidate(int row) => candidates[candidateCount++] = row;

    /// <summary>Records the pivot row and the pivot row's columns of the current step.</summary>
    public void EndStep(int k, int pivot, ReadOnlySpan<int> columns)
    {
        pivots[k] = pivot;
        currentPivot = pivot;
        cursor = candidateStart[k];
        columns.CopyTo(upperColumns.AsSpan(upperCount));
        upperCount += columns.Length;
        if (k == n - 1)
        {
            candidateStart[n] = candidateCount;
            upperStart[n] = upperCount;
            IsValid = true;
        }
    }

    /// <summary>Records whether the multiplier of the next row eliminated in the current step (after
    /// <see cref="EndStep"/>; rows in increasing order, the pivot row left out) was zero.</summary>
    public void RecordMultiplier(bool zero)
    {
        if (candidates[cursor] == currentPivot)
        {
            cursor++;
        }

        zeroMultipliers[cursor++] = zero;
    }

    /// <summary>
    /// Eliminates <paramref name="matrix"/> in place with the recorded steps, writing the pivot order
    /// and the pivots' reciprocals; false (the matrix partly eliminated) as soon as a pivot search
    /// picks another row than recorded, or a pivot is zero or not finite.
    /// </summary>
    public bool Replay(double[] matrix, int[] order, double[] inversePivots)
    {
        ref double a = ref MemoryMarshal.GetArrayDataReference(matrix);
        ref int rows = ref MemoryMarshal.GetArrayDataReference(candidates);
        ref int upper = ref MemoryMarshal.GetArrayDataReference(upperColumns);
        for (int k = 0; k < n; k++)
        {
            int first = candidateStart[k];
            int last = candidateStart[k + 1];
            int p = -1;
            double largest = 0;
            for (int q = first; q < last; q++)
            {
                int i = Unsafe.Add(ref rows, q);
                double v = Math.Abs(Unsafe.Add(ref a, (i * n) + k));
                if (p < 0 || v > largest)
                {
                    largest = v;
                    p = i;
                }
            }

            if (p != pivots[k] || largest == 0 || !double.IsFinite(largest))
            {
                return false;
            }

            order[k] = p;
            double inverse = 1.0 / Unsafe.Add(ref a, (p * n) + k);
            inversePivots[k] = inverse;
            int upperFirst = upperStart[k];
            int count = upperStart[k + 1] - upperFirst;
            int width = n - k - 1;
            bool dense = 2 * count > width;
            int pivotRow = p * n;
            for (int q = first; q < last; q++)
            {
                int i = Unsafe.Add(ref rows, q);
                if (i == p)
                {
                    continue;
                }

                int ik = (i * n) + k;
                double factor = Unsafe.Add(ref a, ik) * inverse;
                Unsafe.Add(ref a, ik) = factor;
                if (factor == 0 || count == 0)
                {
                    continue;
                }

                if (zeroMultipliers[q])
                {
                    // Recorded as zero, so its fill-in was never marked: the structure may differ.
                    return false;
                }

                if (dense)
                {
                    DenseLu.SubtractScaled(matrix.AsSpan(ik + 1, width), factor, matrix.AsSpan(pivotRow + k + 1, width));
                }
                else
                {
                    int row = i * n;
                    for (int c = 0; c < count; c++)
                    {
                        int j = Unsafe.Add(ref upper, upperFirst + c);
                        Unsafe.Add(ref a, row + j) -= factor * Unsafe.Add(ref a, pivotRow + j);
                    }
                }
            }
        }

        return true;
    }
}
