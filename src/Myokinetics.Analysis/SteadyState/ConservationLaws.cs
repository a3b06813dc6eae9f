namespace Myokinetics.Analysis.SteadyState;

/// <summary>
/// Linear conservation laws of an ODE system: weight vectors w with wᵀf(y) ≡ 0, so that wᵀy stays at
/// its initial total (A + B for a reversible reaction A ⇌ B). They make the Jacobian singular, so
/// Newton's method replaces one equation per law (the law's <see cref="Dependent"/> equation) by
/// wᵀy = total.
/// </summary>
/// <remarks>
/// Found numerically as the left null space of the Jacobian at two states (the start and a perturbed
/// state) stacked: Householder QR with column pivoting (Golub &amp; Van Loan, Matrix Computations, 4th ed.,
/// Alg. 5.4.1) of the matrix whose columns are the equations' Jacobian rows, after scaling each column and
/// each row to a largest entry of 1. With MΠ = QR and R = [R₁₁ R₁₂; 0 ≈0] of rank r, the null vectors are
/// Π[−R₁₁⁻¹R₁₂; I], so law j carries weight 1 on the j-th equation dropped by the pivoting, which is the
/// one it replaces. A candidate is kept only when wᵀf vanishes at both states (to 1e-7 of Σ|w_i f_i|);
/// a zero row that is only zero at the start (a rate of 0·x at x = 0) is not a conservation law.
/// Only differential equations take part (algebraic rows of a DAE have no total to conserve).
/// <para>The dual case is also found here: a <see cref="Free"/> state is one no rate depends on (its
/// Jacobian column is zero at both states, e.g. fat mass as the integral of an energy balance). Any value
/// of it is as steady as any other, so Newton's method holds it at its starting value in place of its
/// own equation, and the caller checks afterwards that its rate vanishes too.</para>
/// </remarks>
internal sealed class ConservationLaws
{
    /// <summary>Relative size below which a pivot of R counts as zero.</summary>
    private const double RankTolerance = 1e-10;

    /// <summary>How small wᵀf must be, relative to Σ|w_i f_i|, for a candidate to be a law.</summary>
    private const double CheckTolerance = 1e-7;

    private ConservationLaws(double[][] weights, int[] dependent, int[] free)
    {
        Weights = weights;
        Dependent = dependent;
        Free = free;
    }

    /// <summary>No laws.</summary>
    public static ConservationLaws None { get; } = new([], [], []);

    /// <summary>The states no rate depends on, held at their starting values.</summary>
    public int[] Free { get; }

    /// <summary>The weight vectors, one per law (length n each).</summary>
    public double[][] Weights { get; }

    /// <summary>The equation each law replaces.</summary>
    public int[] Dependent { get; }

    public int Count => Weights.Length;

    /// <summary>Finds the laws of <paramref name="system"/> near <paramref name="y0"/> at time <paramref name="t"/>.</summary>
    public static ConservationLaws Find(ModelRateSystem system, double t, double[] y0)
    {
        var n = system.Dimension;
        if (n == 0)
        {
            return None;
        }

        var y1 = new double[n];
        for (var i = 0; i < n; i++)
        {
            // A deterministic, irregular perturbation (5–15 % and a small positive shift for zeros).
            y1[i] = y0[i] + (Math.Abs(y0[i]) * (0.05 + (0.1 * ((i * 7919) % 97) / 97.0))) + (y0[i] == 0 ? 1e-6 : 0);
        }

        var j0 = new double[n * n];
        var j1 = new double[n * n];
        var f0 = new double[n];
        var f1 = new double[n];
        system.Jacobian(t, y0, j0);
        system.Evaluate(t, y0, f0);
        var useSecond = true;
        try
        {
            system.Jacobian(t, y1, j1);
            system.Evaluate(t, y1, f1);
            useSecond = j1.All(double.IsFinite) && f1.All(double.IsFinite);
        }
        catch (ArithmeticException)
        {
            useSecond = false;
        }

        if (!j0.All(double.IsFinite))
        {
            return None;
        }

        var free = Enumerable.Range(0, n).Where(j => ZeroColumn(j0, n, j) && (!useSecond || ZeroColumn(j1, n, j))).ToArray();
        var equations = Enumerable.Range(0, n)
            .Where(i => (system.MassDiagonal is null || system.MassDiagonal[i] != 0) && Array.IndexOf(free, i) < 0)
            .ToArray();
        if (equations.Length == 0)
        {
            return new ConservationLaws([], [], free);
        }

        var k = equations.Length;
        var m = useSecond ? 2 * n : n;

        // M (m × k), column c = the Jacobian row of equation equations[c] (at y0, then at y1).
        var matrix = new double[m, k];
        for (var c = 0; c < k; c++)
        {
            var row = equations[c];
            for (var v = 0; v < n; v++)
            {
                matrix[v, c] = j0[(row * n) + v];
                if (useSecond)
                {
                    matrix[n + v, c] = j1[(row * n) + v];
                }
            }
        }

        var columnScale = new double[k];
        for (var c = 0; c < k; c++)
        {
            var largest = 0.0;
            for (var r = 0; r < m; r++)
            {
                largest = Math.Max(largest, Math.Abs(matrix[r, c]));
            }

            columnScale[c] = largest == 0 ? 1 : 1 / largest;
            for (var r = 0; r < m; r++)
            {
                matrix[r, c] *= columnScale[c];
            }
        }

        for (var r = 0; r < m; r++)
        {
            var largest = 0.0;
            for (var c = 0; c < k; c++)
            {
                largest = Math.Max(largest, Math.Abs(matrix[r, c]));
            }

            if (largest > 0)
            {
                for (var c = 0; c < k; c++)
                {
                    matrix[r, c] /= largest;
                }
            }
        }

        var (rank, permutation) = PivotedQr(matrix);
        var weights = new List<double[]>();
        var dependent = new List<int>();
        for (var d = rank; d < k; d++)
        {
            // z = [−R₁₁⁻¹ R₁₂ e_d ; e_d] in pivoted order, by back substitution.
            var z = new double[k];
            z[d] = 1;
            for (var i = rank - 1; i >= 0; i--)
            {
                var sum = matrix[i, d];
                for (var j = i + 1; j < rank; j++)
                {
                    sum += matrix[i, j] * z[j];
                }

                z[i] = -sum / matrix[i, i];
            }

            var w = new double[n];
            for (var i = 0; i < k; i++)
            {
                var column = permutation[i];
                w[equations[column]] = z[i] * columnScale[column];
            }

            if (Holds(w, f0) && (!useSecond || Holds(w, f1)))
            {
                weights.Add(w);
                dependent.Add(equations[permutation[d]]);
            }
        }

        return new ConservationLaws([.. weights], [.. dependent], free);
    }

    private static bool ZeroColumn(double[] jacobian, int n, int column)
    {
        for (var i = 0; i < n; i++)
        {
            if (jacobian[(i * n) + column] != 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>wᵀy for law <paramref name="law"/>.</summary>
    public double Total(int law, double[] y)
    {
        var w = Weights[law];
        var sum = 0.0;
        for (var i = 0; i < w.Length; i++)
        {
            sum += w[i] * y[i];
        }

        return sum;
    }

    private static bool Holds(double[] w, double[] f)
    {
        var sum = 0.0;
        var magnitude = 0.0;
        for (var i = 0; i < w.Length; i++)
        {
            sum += w[i] * f[i];
            magnitude += Math.Abs(w[i] * f[i]);
        }

        return Math.Abs(sum) <= (CheckTolerance * magnitude) + 1e-300;
    }

    /// <summary>Householder QR with column pivoting in place: R in the upper triangle (the Householder
    /// vectors below it are not kept). Returns the numerical rank and the column order.</summary>
    private static (int Rank, int[] Permutation) PivotedQr(double[,] a)
    {
        var m = a.GetLength(0);
        var k = a.GetLength(1);
        var permutation = Enumerable.Range(0, k).ToArray();
        var norms = new double[k];
        for (var c = 0; c < k; c++)
        {
            for (var r = 0; r < m; r++)
            {
                norms[c] += a[r, c] * a[r, c];
            }
        }

        var steps = Math.Min(m, k);
        var first = 0.0;
        var rank = 0;
        var v = new double[m];
        for (var s = 0; s < steps; s++)
        {
            // Pivot: the remaining column with the largest norm (recomputed, not downdated, for accuracy).
            var best = s;
            var bestNorm = -1.0;
            for (var c = s; c < k; c++)
            {
                var norm = 0.0;
                for (var r = s; r < m; r++)
                {
                    norm += a[r, c] * a[r, c];
                }

                norms[c] = norm;
                if (norm > bestNorm)
                {
                    bestNorm = norm;
                    best = c;
                }
            }

            if (best != s)
            {
                for (var r = 0; r < m; r++)
                {
                    (a[r, s], a[r, best]) = (a[r, best], a[r, s]);
                }

                (permutation[s], permutation[best]) = (permutation[best], permutation[s]);
            }

            var alpha = Math.Sqrt(bestNorm);
            if (s == 0)
            {
                first = alpha;
            }

            if (alpha <= RankTolerance * first || alpha == 0)
            {
                break;
            }

            rank++;

            // Householder reflection sending a[s.., s] to (−sign·α, 0, …).
            var sign = a[s, s] >= 0 ? 1.0 : -1.0;
            var vNorm = 0.0;
            for (var r = s; r < m; r++)
            {
                v[r] = a[r, s];
            }

            v[s] += sign * alpha;
            for (var r = s; r < m; r++)
            {
                vNorm += v[r] * v[r];
            }

            for (var c = s; c < k; c++)
            {
                var dot = 0.0;
                for (var r = s; r < m; r++)
                {
                    dot += v[r] * a[r, c];
                }

                var factor = 2 * dot / vNorm;
                for (var r = s; r < m; r++)
                {
                    a[r, c] -= factor * v[r];
                }
            }

            for (var r = s + 1; r < m; r++)
            {
                a[r, s] = 0;
            }
        }

        return (rank, permutation);
    }
}
