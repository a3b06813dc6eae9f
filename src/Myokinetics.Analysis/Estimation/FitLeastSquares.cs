namespace Myokinetics.Analysis.Estimation;

/// <summary>
/// The fit as a least-squares problem over the free parameters (the others held, for profiles), with
/// the reweighting factors fixed. The Jacobian comes from central differences of whole simulations, in
/// parallel over the columns: the compiler gives ∂f/∂y but not ∂f/∂p, which forward sensitivity
/// equations would need. Increment h = 1e-4·max(|x|, 1) in internal coordinates (log for log-scale
/// parameters, so 0.01 % of the value), one-sided at a bound: truncation error O(h²) ≈ 1e-8 against an
/// integration error of about rtol/h ≈ 1e-4 relative at the default rtol 1e-8.
/// </summary>
internal sealed class FitLeastSquares : ILeastSquaresProblem
{
    private const double RelativeIncrement = 1e-4;

    private readonly FitObjective objective;
    private readonly int[] free;
    private readonly double[] full;
    private readonly double[] scales;
    private readonly CancellationToken cancellationToken;

    /// <param name="objective">The fit.</param>
    /// <param name="free">Indices of the parameters searched.</param>
    /// <param name="held">Internal coordinates of every parameter (the free ones are overwritten).</param>
    /// <param name="scales">Reweighting factors per observable.</param>
    public FitLeastSquares(FitObjective objective, int[] free, double[] held, double[] scales, CancellationToken cancellationToken)
    {
        this.objective = objective;
        this.free = free;
        full = (double[])held.Clone();
        this.scales = scales;
        this.cancellationToken = cancellationToken;
    }

    public int ResidualCount => objective.DataCount;

    public string? LastFailure { get; private set; }

    /// <summary>The full internal vector for free coordinates <paramref name="x"/>.</summary>
    public double[] Full(ReadOnlySpan<double> x)
    {
        var result = (double[])full.Clone();
        for (var k = 0; k < free.Length; k++)
        {
            result[free[k]] = x[k];
        }

        return result;
    }

    public bool Residuals(double[] x, double[] residuals)
    {
        var predictions = new double[objective.DataCount];
        var failure = objective.Predict(Full(x), predictions, cancellationToken);
        if (failure is not null)
        {
            LastFailure = failure;
            return false;
        }

        return objective.Residuals(predictions, scales, residuals);
    }

    public bool Jacobian(double[] x, double[] residuals, double[] jacobian)
    {
        var p = free.Length;
        var m = objective.DataCount;
        var columns = new double[2 * p][];
        var steps = new double[p];
        var ok = new bool[2 * p];
        var parameters = objective.Parameters;
        var options = new ParallelOptions { MaxDegreeOfParallelism = objective.Options.MaxDegreeOfParallelism ?? -1, CancellationToken = cancellationToken };
        for (var k = 0; k < p; k++)
        {
            steps[k] = RelativeIncrement * Math.Max(Math.Abs(x[k]), 1);
        }

        Parallel.For(0, 2 * p, options, c =>
        {
            var k = c / 2;
            var direction = c % 2 == 0 ? 1 : -1;
            var parameter = parameters[free[k]];
            var shifted = (double[])x.Clone();
            shifted[k] += direction * steps[k];
            if (shifted[k] > parameter.InternalUpper || shifted[k] < parameter.InternalLower)
            {
                // One-sided at a bound: this side reuses the centre.
                columns[c] = residuals;
                ok[c] = true;
                return;
            }

            var r = new double[m];
            ok[c] = Residuals(shifted, r);
            columns[c] = r;
        });

        for (var k = 0; k < p; k++)
        {
            if (!ok[2 * k] || !ok[(2 * k) + 1])
            {
                return false;
            }

            var plus = columns[2 * k];
            var minus = columns[(2 * k) + 1];
            var width = (ReferenceEquals(plus, residuals) ? 0 : steps[k]) + (ReferenceEquals(minus, residuals) ? 0 : steps[k]);
            if (width == 0)
            {
                return false;
            }

            for (var i = 0; i < m; i++)
            {
                jacobian[(i * p) + k] = (plus[i] - minus[i]) / width;
            }
        }

        return true;
    }
}
