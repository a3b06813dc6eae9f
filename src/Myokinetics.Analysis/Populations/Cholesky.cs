namespace Myokinetics.Analysis.Populations;

/// <summary>The Cholesky factor L (lower triangular, L·Lᵀ = A) of a small symmetric matrix.</summary>
internal static class Cholesky
{
    /// <summary>L for the symmetric matrix <paramref name="matrix"/>, or null when it is not positive
    /// definite (a pivot at or below 1e-12 times the diagonal counts as not positive).</summary>
    public static double[,]? TryFactor(double[,] matrix)
    {
        var n = matrix.GetLength(0);
        var lower = new double[n, n];
        for (var j = 0; j < n; j++)
        {
            var pivot = matrix[j, j];
            for (var k = 0; k < j; k++)
            {
                pivot -= lower[j, k] * lower[j, k];
            }

            if (!(pivot > 1e-12 * Math.Abs(matrix[j, j])))
            {
                return null;
            }

            lower[j, j] = Math.Sqrt(pivot);
            for (var i = j + 1; i < n; i++)
            {
                var sum = matrix[i, j];
                for (var k = 0; k < j; k++)
                {
                    sum -= lower[i, k] * lower[j, k];
                }

                lower[i, j] = sum / lower[j, j];
            }
        }

        return lower;
    }
}
