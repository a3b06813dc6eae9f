using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Myokinetics.Numerics.LinearAlgebra;

/// <summary>
/// LU decomposition with partial (row) pivoting, P·A = L·U, of an n×n matrix stored densely and
/// row-major in a <c>double[]</c> (entry (i, j) at index i·n + j), done in place (Golub &amp; Van Loan,
/// Matrix Computations, Algorithm 3.4.1, with the row exchanges kept as a permutation instead of
/// moving rows): after <see cref="Factor"/> the physical row holding pivot k has L's multipliers of
/// row k left of column k and U's row k from column k on.
/// The storage is dense but the work follows the zeros, as the Jacobians of reaction networks and
/// physiological models are mostly zeros: bit sets per row and per column mark the entries that may
/// be non-zero (from a scan of the matrix, or from a pattern declared once with <see cref="UsePattern"/>,
/// then fill-in as it happens), so the pivot search and the elimination of column k visit only the
/// rows marked in it, each row update visits only the pivot row's marked columns (or the whole row,
/// vectorised, when it is more than half full), and <see cref="Solve"/> touches only the marked
/// entries of L and U, multiplying by the pivots' reciprocals (computed once per factorisation)
/// instead of dividing. Skipping an exact zero changes no result: with partial pivoting every
/// multiplier has magnitude at most 1, so the skipped terms are exact zeros. The work arrays (about
/// n² integers and 4n²/64 words) are allocated once in the constructor; factoring and solving
/// allocate nothing.
/// </summary>
public sealed class DenseLu
{
    private readonly int _words;
    private readonly int[] _order;
    private readonly int[] _columns;
    private readonly ulong[] _columnRows;
    private readonly ulong[] _rowColumns;
    private readonly ulong[] _patternColumnRows;
    private readonly ulong[] _patternRowColumns;
    private readonly ulong[] _active;
    private bool _hasPattern;
    private EliminationSchedule? _schedule;
    private int[] _patternEntries = [];
    private double[] _saved = [];
    private double[]? _lastMatrix;
    private readonly int[] _positions;
    private readonly int[] _rowStart;
    private readonly int[] _upperStart;
    private readonly double[] _work;
    private readonly double[] _inversePivots;
    private double[]? _factors;

    /// <summary>
    /// Matrices up to this dimension are factored and solved by the plain dense loops, without bit
    /// sets: for them the bookkeeping costs more than the zeros save (HIRES, n = 8: a factorisation
    /// about 3× faster); <see cref="Solve"/> then visits the entries of the factors that came out
    /// non-zero. The results are the same (the dense loops add the exact zeros the sparse ones skip,
    /// in the same order).
    /// </summary>
    public const int SmallDimension = 16;

    /// <summary>Creates a decomposition for n×n matrices.</summary>
    /// <param name="dimension">n, at least 1.</param>
    public DenseLu(int dimension)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(dimension, 1);
        Dimension = dimension;
        _words = (dimension + 63) / 64;
        _order = new int[dimension];
        _columns = new int[dimension];
        _columnRows = new ulong[dimension * _words];
        _rowColumns = new ulong[dimension * _words];
        _patternColumnRows = new ulong[dimension * _words];
        _patternRowColumns = new ulong[dimension * _words];
        _active = new ulong[_words];
        _positions = new int[(dimension * dimension) - dimension];
        _rowStart = new int[dimension + 1];
        _upperStart = new int[dimension];
        _work = new double[dimension];
        _inversePivots = new double[dimension];
    }

    /// <summary>The matrix dimension n.</summary>
    public int Dimension { get; }

    /// <summary>The index of the column whose pivot was zero (or not finite) in the last
    /// <see cref="Factor"/>, or -1 when the matrix was factored.</summary>
    public int SingularPivot { get; private set; } = -1;

    /// <summary>Whether the last <see cref="Factor"/> succeeded, so that <see cref="Solve"/> may be called.</summary>
    public bool IsFactored => _factors is not null;

    /// <summary>The number of off-diagonal entries of L and U that <see cref="Solve"/> visits after the
    /// last successful <see cref="Factor"/>: those that may be non-zero (exact cancellations included).</summary>
    public int FactorNonZeros => _rowStart[Dimension];

    /// <summary>
    /// Declares the positions (i·n + j) where the matrices given to <see cref="Factor"/> may be
    /// non-zero besides the diagonal, so that <see cref="Factor"/> need not look at the other n²
    /// entries (the caller guarantees they are zero); null goes back to looking at every entry.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A position is outside the matrix.</exception>
    public void UsePattern(ReadOnlySpan<int> positions)
    {
        int n = Dimension;
        Array.Clear(_patternColumnRows);
        Array.Clear(_patternRowColumns);
        for (int i = 0; i < n; i++)
        {
            Mark(_patternColumnRows, _patternRowColumns, i, i);
        }

        foreach (int position in positions)
        {
            if (position < 0 || position >= n * n)
            {
                throw new ArgumentOutOfRangeException(nameof(positions), position, $"a position must lie in [0, {n * n}).");
            }

            Mark(_patternColumnRows, _patternRowColumns, position / n, position % n);
        }

        _hasPattern = true;
        if (n > SmallDimension)
        {
            _schedule ??= new EliminationSchedule(n);
            _schedule.Reset();
            _patternEntries = [.. positions.ToArray().Concat(Enumerable.Range(0, n).Select(i => (i * n) + i)).Distinct()];
            _saved = new double[_patternEntries.Length];
        }
    }

    /// <summary>Goes back to looking at every entry of the matrices given to <see cref="Factor"/>.</summary>
    public void ClearPattern()
    {
        _hasPattern = false;
        _schedule?.Reset();
    }

    /// <summary>
    /// Sets to zero every entry of <paramref name="matrix"/> that the last <see cref="Factor"/> of
    /// this same array may have made non-zero (all of it if that was another array), so that it can
    /// be filled again under the declared pattern; costs the number of such entries, not n².
    /// </summary>
    public void ClearFactors(double[] matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        if (!ReferenceEquals(matrix, _lastMatrix))
        {
            Array.Clear(matrix);
            return;
        }

        int n = Dimension;
        if (n <= SmallDimension)
        {
            Array.Clear(matrix);
            return;
        }

        ClearStructure(matrix);
    }

    // Zeroes the entries marked in the row bit sets (the structure of the last full factorisation).
    private void ClearStructure(double[] matrix)
    {
        int n = Dimension;
        int words = _words;
        for (int i = 0; i < n; i++)
        {
            int row = i * n;
            for (int w = 0; w < words; w++)
            {
                ulong bits = _rowColumns[(i * words) + w];
                while (bits != 0)
                {
                    matrix[row + (w << 6) + BitOperations.TrailingZeroCount(bits)] = 0;
                    bits &= bits - 1;
                }
            }
        }
    }

    private void Mark(ulong[] columnRows, ulong[] rowColumns, int row, int column)
    {
        columnRows[(column * _words) + (row >> 6)] |= 1UL << row;
        rowColumns[(row * _words) + (column >> 6)] |= 1UL << column;
    }

    /// <summary>
    /// Factors <paramref name="matrix"/> (row-major, length n·n) in place and remembers it for
    /// <see cref="Solve"/>. Returns false, with <see cref="SingularPivot"/> set to the column, when a
    /// pivot is exactly zero or not finite; the array then holds a partial factorisation.
    /// </summary>
    public bool Factor(double[] matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        int n = Dimension;
        if (matrix.Length != n * n)
        {
            throw new ArgumentException($"the matrix must have {n * n} entries (n = {n}), not {matrix.Length}.", nameof(matrix));
        }

        _factors = null;
        _lastMatrix = matrix;
        SingularPivot = -1;
        if (n <= SmallDimension)
        {
            return FactorSmall(matrix);
        }

        // Under a declared pattern, first try the steps of the last factorisation (same pivots, same factors' structure).
        EliminationSchedule? schedule = _hasPattern ? _schedule : null;
        if (schedule is { IsValid: true })
        {
            for (int q = 0; q < _patternEntries.Length; q++)
            {
                _saved[q] = matrix[_patternEntries[q]];
            }

            if (schedule.Replay(matrix, _order, _inversePivots))
            {
                _factors = matrix;
                return true;
            }

            // Another pivot order: put the matrix back and factor it afresh.
            ClearStructure(matrix);
            for (int q = 0; q < _patternEntries.Length; q++)
            {
                matrix[_patternEntries[q]] = _saved[q];
            }
        }

        int words = _words;
        ulong[] columnRows = _columnRows;
        ulong[] rowColumns = _rowColumns;
        ulong[] active = _active;
        int[] columns = _columns;
        if (_hasPattern)
        {
            Array.Copy(_patternColumnRows, columnRows, columnRows.Length);
            Array.Copy(_patternRowColumns, rowColumns, rowColumns.Length);
        }
        else
        {
            MarkNonZeros(matrix);
        }

        Array.Clear(active);
        for (int i = 0; i < n; i++)
        {
            active[i >> 6] |= 1UL << i;
        }

        for (int k = 0; k < n; k++)
        {
            // The pivot: the largest magnitude among the rows not yet used that may be non-zero in column k.
            schedule?.BeginStep(k);
            int p = -1;
            double largest = 0;
            int column = k * words;
            for (int w = 0; w < words; w++)
            {
                ulong bits = columnRows[column + w] & active[w];
                while (bits != 0)
                {
                    int i = (w << 6) + BitOperations.TrailingZeroCount(bits);
                    bits &= bits - 1;
                    schedule?.AddCandidate(i);
                    double v = Math.Abs(matrix[i * n + k]);
                    if (p < 0 || v > largest)
                    {
                        largest = v;
                        p = i;
                    }
                }
            }

            if (p < 0 || largest == 0 || !double.IsFinite(largest))
            {
                schedule?.Reset();
                SingularPivot = k;
                return false;
            }

            _order[k] = p;
            active[p >> 6] &= ~(1UL << p);

            // The pivot row's columns right of k that may be non-zero.
            int count = 0;
            int pivotBits = p * words;
            for (int w = k >> 6; w < words; w++)
            {
                ulong bits = rowColumns[pivotBits + w] & RightOf(k, w);
                while (bits != 0)
                {
                    columns[count++] = (w << 6) + BitOperations.TrailingZeroCount(bits);
                    bits &= bits - 1;
                }
            }

            schedule?.EndStep(k, p, columns.AsSpan(0, count));
            int width = n - k - 1;
            bool dense = 2 * count > width;
            Span<double> pivotRow = matrix.AsSpan(p * n + k + 1, width);
            double inverse = 1.0 / matrix[p * n + k];
            _inversePivots[k] = inverse;
            for (int w = 0; w < words; w++)
            {
                ulong bits = columnRows[column + w] & active[w];
                while (bits != 0)
                {
                    int i = (w << 6) + BitOperations.TrailingZeroCount(bits);
                    bits &= bits - 1;
                    int ik = i * n + k;
                    double factor = matrix[ik] * inverse;
                    matrix[ik] = factor;
                    schedule?.RecordMultiplier(factor == 0);
                    if (factor == 0 || count == 0)
                    {
                        continue;
                    }

                    if (dense)
                    {
                        SubtractScaled(matrix.AsSpan(ik + 1, width), factor, pivotRow);
                    }
                    else
                    {
                        int row = i * n;
                        int pivot = p * n;
                        for (int q = 0; q < count; q++)
                        {
                            int j = columns[q];
                            matrix[row + j] -= factor * matrix[pivot + j];
                        }
                    }

                    // Row i may have gained non-zeros (fill-in) wherever the pivot row has them.
                    int rowBits = i * words;
                    for (int v = k >> 6; v < words; v++)
                    {
                        rowColumns[rowBits + v] |= rowColumns[pivotBits + v] & RightOf(k, v);
                    }

                    ulong bit = 1UL << i;
                    int word = i >> 6;
                    for (int q = 0; q < count; q++)
                    {
                        columnRows[(columns[q] * words) + word] |= bit;
                    }
                }
            }
        }

        RecordPositions();
        _factors = matrix;
        return true;
    }

    // Marks, row by row, the entries that are non-zero (NaN counts) in the row and column bit sets.
    private void MarkNonZeros(double[] matrix)
    {
        int n = Dimension;
        Array.Clear(_columnRows);
        Array.Clear(_rowColumns);
        int[] columns = _columns;
        for (int i = 0; i < n; i++)
        {
            int count = NonZeroColumns(matrix.AsSpan(i * n, n), columns);
            for (int q = 0; q < count; q++)
            {
                Mark(_columnRows, _rowColumns, i, columns[q]);
            }
        }
    }

    // The bits of word w for the columns right of k.
    private static ulong RightOf(int k, int w)
    {
        int first = k + 1 - (w << 6);
        return first <= 0 ? ulong.MaxValue : first >= 64 ? 0 : ulong.MaxValue << first;
    }

    // Writes the indices of the non-zero entries of values (NaN counts as non-zero) and returns how many.
    private static int NonZeroColumns(ReadOnlySpan<double> values, int[] into)
    {
        int count = 0;
        int j = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            ref double start = ref MemoryMarshal.GetReference(values);
            for (; j + Vector256<double>.Count <= values.Length; j += Vector256<double>.Count)
            {
                var v = Vector256.LoadUnsafe(ref start, (nuint)j);
                uint nonZero = ~Vector256.Equals(v, Vector256<double>.Zero).ExtractMostSignificantBits() & 0xF;
                while (nonZero != 0)
                {
                    into[count++] = j + BitOperations.TrailingZeroCount(nonZero);
                    nonZero &= nonZero - 1;
                }
            }
        }

        for (; j < values.Length; j++)
        {
            if (values[j] != 0)
            {
                into[count++] = j;
            }
        }

        return count;
    }

    // row -= factor · pivot, element by element (the same operations as the scalar loop, in vectors).
    internal static void SubtractScaled(Span<double> row, double factor, ReadOnlySpan<double> pivot)
    {
        int j = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            var f = Vector256.Create(factor);
            ref double r = ref MemoryMarshal.GetReference(row);
            ref double s = ref MemoryMarshal.GetReference(pivot);
            for (; j + Vector256<double>.Count <= row.Length; j += Vector256<double>.Count)
            {
                var updated = Vector256.LoadUnsafe(ref r, (nuint)j) - (f * Vector256.LoadUnsafe(ref s, (nuint)j));
                updated.StoreUnsafe(ref r, (nuint)j);
            }
        }

        for (; j < row.Length; j++)
        {
            row[j] -= factor * pivot[j];
        }
    }

    // Pivot by pivot: the columns of L's entries (left of the pivot column), then those of U's (right
    // of it), among those marked as possibly non-zero.
    private void RecordPositions()
    {
        int n = Dimension;
        int words = _words;
        int position = 0;
        for (int k = 0; k < n; k++)
        {
            int rowBits = _order[k] * words;
            _rowStart[k] = position;
            for (int pass = 0; pass < 2; pass++)
            {
                if (pass == 1)
                {
                    _upperStart[k] = position;
                }

                for (int w = 0; w < words; w++)
                {
                    ulong bits = _rowColumns[rowBits + w];
                    while (bits != 0)
                    {
                        int j = (w << 6) + BitOperations.TrailingZeroCount(bits);
                        bits &= bits - 1;
                        if (pass == 0 ? j < k : j > k)
                        {
                            _positions[position++] = j;
                        }
                    }
                }
            }
        }

        _rowStart[n] = position;
    }

    /// <summary>Solves A·x = b with the last factored matrix, overwriting <paramref name="rhs"/> (b) with x.
    /// The substitutions accumulate with fused multiply–adds (one rounding per term, and half the
    /// latency on the chain of dependent sums that bounds a triangular solve).</summary>
    public void Solve(Span<double> rhs)
    {
        double[] lu = _factors ?? throw new InvalidOperationException("Solve needs a successful Factor first.");
        int n = Dimension;
        if (rhs.Length != n)
        {
            throw new ArgumentException($"the right-hand side must have {n} entries, not {rhs.Length}.", nameof(rhs));
        }


        // The positions and the order were recorded from this matrix, so every index below is in range.
        ref double a = ref MemoryMarshal.GetArrayDataReference(lu);
        ref double b = ref MemoryMarshal.GetReference(rhs);
        ref double y = ref MemoryMarshal.GetArrayDataReference(_work);
        ref int positions = ref MemoryMarshal.GetArrayDataReference(_positions);
        ref int order = ref MemoryMarshal.GetArrayDataReference(_order);
        ref int rowStart = ref MemoryMarshal.GetArrayDataReference(_rowStart);
        ref int upperStart = ref MemoryMarshal.GetArrayDataReference(_upperStart);
        ref double inversePivots = ref MemoryMarshal.GetArrayDataReference(_inversePivots);

        // L·y = P·b, pivot by pivot.
        for (int k = 0; k < n; k++)
        {
            int r = Unsafe.Add(ref order, k);
            ref double row = ref Unsafe.Add(ref a, r * n);
            double sum = Unsafe.Add(ref b, r);
            for (int q = Unsafe.Add(ref rowStart, k), end = Unsafe.Add(ref upperStart, k); q < end; q++)
            {
                int j = Unsafe.Add(ref positions, q);
                sum = Math.FusedMultiplyAdd(-Unsafe.Add(ref row, j), Unsafe.Add(ref y, j), sum);
            }

            Unsafe.Add(ref y, k) = sum;
        }

        // U·x = y, from the last pivot back.
        for (int k = n - 1; k >= 0; k--)
        {
            ref double row = ref Unsafe.Add(ref a, Unsafe.Add(ref order, k) * n);
            double sum = Unsafe.Add(ref y, k);
            for (int q = Unsafe.Add(ref upperStart, k), end = Unsafe.Add(ref rowStart, k + 1); q < end; q++)
            {
                int j = Unsafe.Add(ref positions, q);
                sum = Math.FusedMultiplyAdd(-Unsafe.Add(ref row, j), Unsafe.Add(ref b, j), sum);
            }

            Unsafe.Add(ref b, k) = sum * Unsafe.Add(ref inversePivots, k);
        }
    }

    // The dense loops for n ≤ SmallDimension: the same pivots (the first largest magnitude among the
    // rows not yet used, rows in increasing order) and the same storage as the sparse path.
    private bool FactorSmall(double[] matrix)
    {
        int n = Dimension;
        ulong active = n == 64 ? ulong.MaxValue : (1UL << n) - 1;
        ref double a = ref MemoryMarshal.GetArrayDataReference(matrix);
        for (int k = 0; k < n; k++)
        {
            int p = -1;
            double largest = 0;
            ulong bits = active;
            while (bits != 0)
            {
                int i = BitOperations.TrailingZeroCount(bits);
                bits &= bits - 1;
                double v = Math.Abs(Unsafe.Add(ref a, i * n + k));
                if (p < 0 || v > largest)
                {
                    largest = v;
                    p = i;
                }
            }

            if (p < 0 || largest == 0 || !double.IsFinite(largest))
            {
                SingularPivot = k;
                return false;
            }

            _order[k] = p;
            active &= ~(1UL << p);
            double inverse = 1.0 / Unsafe.Add(ref a, p * n + k);
            _inversePivots[k] = inverse;
            ref double pivotRow = ref Unsafe.Add(ref a, p * n);
            bits = active;
            while (bits != 0)
            {
                int i = BitOperations.TrailingZeroCount(bits);
                bits &= bits - 1;
                ref double row = ref Unsafe.Add(ref a, i * n);
                double factor = Unsafe.Add(ref row, k) * inverse;
                Unsafe.Add(ref row, k) = factor;
                if (factor == 0)
                {
                    continue;
                }

                for (int j = k + 1; j < n; j++)
                {
                    Unsafe.Add(ref row, j) -= factor * Unsafe.Add(ref pivotRow, j);
                }
            }
        }

        // The positions Solve visits: the entries of L and U that came out non-zero (skipping an exact
        // zero changes no sum), found by one pass over the n² entries.
        int position = 0;
        for (int k = 0; k < n; k++)
        {
            ref double row = ref Unsafe.Add(ref a, _order[k] * n);
            _rowStart[k] = position;
            for (int j = 0; j < k; j++)
            {
                if (Unsafe.Add(ref row, j) != 0)
                {
                    _positions[position++] = j;
                }
            }

            _upperStart[k] = position;
            for (int j = k + 1; j < n; j++)
            {
                if (Unsafe.Add(ref row, j) != 0)
                {
                    _positions[position++] = j;
                }
            }
        }

        _rowStart[n] = position;
        _factors = matrix;
        return true;
    }
}
