namespace Myokinetics.Numerics.LinearAlgebra;

/// <summary>
/// LU decomposition with partial (row) pivoting of a dense n×n matrix stored row-major in a
/// <c>double[]</c> (entry (i, j) at index i·n + j), done in place: after <see cref="Factor"/> the array
/// holds the unit lower factor L below the diagonal and U on and above it (Golub &amp; Van Loan,
/// Matrix Computations, Algorithm 3.4.1). The pivot array is allocated once in the constructor;
/// factoring and solving allocate nothing.
/// </summary>
public sealed class DenseLu
{
    private readonly int[] _pivots;
    private double[]? _factors;

    /// <summary>Creates a decomposition for n×n matrices.</summary>
    /// <param name="dimension">n, at least 1.</param>
    public DenseLu(int dimension)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(dimension, 1);
        Dimension = dimension;
        _pivots = new int[dimension];
    }

    /// <summary>The matrix dimension n.</summary>
    public int Dimension { get; }

    /// <summary>The index of the column whose pivot was zero (or not finite) in the last
    /// <see cref="Factor"/>, or -1 when the matrix was factored.</summary>
    public int SingularPivot { get; private set; } = -1;

    /// <summary>Whether the last <see cref="Factor"/> succeeded, so that <see cref="Solve"/> may be called.</summary>
    public bool IsFactored => _factors is not null;

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
        SingularPivot = -1;
        Span<double> a = matrix;
        for (int k = 0; k < n; k++)
        {
            int p = k;
            double largest = Math.Abs(a[k * n + k]);
            for (int i = k + 1; i < n; i++)
            {
                double v = Math.Abs(a[i * n + k]);
                if (v > largest)
                {
                    largest = v;
                    p = i;
                }
            }

            _pivots[k] = p;
            if (largest == 0 || !double.IsFinite(largest))
            {
                SingularPivot = k;
                return false;
            }

            if (p != k)
            {
                Span<double> rowK0 = a.Slice(k * n, n);
                Span<double> rowP = a.Slice(p * n, n);
                for (int j = 0; j < n; j++)
                {
                    (rowK0[j], rowP[j]) = (rowP[j], rowK0[j]);
                }
            }

            double inverse = 1.0 / a[k * n + k];
            Span<double> rowK = a.Slice(k * n + k + 1, n - k - 1);
            for (int i = k + 1; i < n; i++)
            {
                int ik = i * n + k;
                double factor = a[ik] * inverse;
                a[ik] = factor;
                if (factor == 0)
                {
                    continue;
                }

                Span<double> rowI = a.Slice(ik + 1, n - k - 1);
                for (int j = 0; j < rowI.Length; j++)
                {
                    rowI[j] -= factor * rowK[j];
                }
            }
        }

        _factors = matrix;
        return true;
    }

    /// <summary>Solves A·x = b with the last factored matrix, overwriting <paramref name="rhs"/> (b) with x.</summary>
    public void Solve(Span<double> rhs)
    {
        double[] lu = _factors ?? throw new InvalidOperationException("Solve needs a successful Factor first.");
        int n = Dimension;
        if (rhs.Length != n)
        {
            throw new ArgumentException($"the right-hand side must have {n} entries, not {rhs.Length}.", nameof(rhs));
        }

        ReadOnlySpan<double> a = lu;
        for (int k = 0; k < n; k++)
        {
            int p = _pivots[k];
            if (p != k)
            {
                (rhs[k], rhs[p]) = (rhs[p], rhs[k]);
            }
        }

        for (int i = 1; i < n; i++)
        {
            ReadOnlySpan<double> row = a.Slice(i * n, i);
            double sum = rhs[i];
            for (int j = 0; j < row.Length; j++)
            {
                sum -= row[j] * rhs[j];
            }

            rhs[i] = sum;
        }

        for (int i = n - 1; i >= 0; i--)
        {
            ReadOnlySpan<double> row = a.Slice(i * n + i + 1, n - i - 1);
            double sum = rhs[i];
            for (int j = 0; j < row.Length; j++)
            {
                sum -= row[j] * rhs[i + 1 + j];
            }

            rhs[i] = sum / a[i * n + i];
        }
    }
}
