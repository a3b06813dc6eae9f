namespace Myokinetics.Analysis.Sensitivity;

/// <summary>
/// Variance-based (Sobol') sensitivity indices by Saltelli's scheme: two N × k base matrices A and B and,
/// for each parameter i, A with column i taken from B (A_B⁽ⁱ⁾) — N(k + 2) evaluations, run in parallel.
/// First order: Vᵢ = (1/N) Σ f(B)_j (f(A_B⁽ⁱ⁾)_j − f(A)_j) (Saltelli et al., "Variance based sensitivity
/// analysis of model output. Design and estimator for the total sensitivity index", Comput. Phys. Commun.
/// 181 (2010) 259–270, table 2 (b)), with f(B) centred by the sample mean, which leaves its expectation
/// unchanged (the mean of f(A_B⁽ⁱ⁾) − f(A) is zero) and removes the variance an output far from zero adds; total order: V_Tᵢ = (1/2N) Σ (f(A)_j − f(A_B⁽ⁱ⁾)_j)² (Jansen 1999;
/// the same table, (f)); both divided by the variance of f over A and B together. Intervals are bootstrap
/// percentiles over the N base rows, each resample drawn from its own seeded stream.
/// </summary>
public static class SobolAnalysis
{
    private const ulong PointStream = 0x534F42;
    private const ulong BootstrapStream = 0x534F4242;

    /// <summary>Computes S₁ and S_T of every parameter for every output of <paramref name="model"/>.</summary>
    public static SobolResult Run(ISensitivityModel model, IReadOnlyList<ParameterRange> ranges, SobolOptions? options = null, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(ranges);
        options ??= new SobolOptions();
        options.Validate();
        ParameterRange.ValidateAll(ranges);

        var k = ranges.Count;
        var n = options.Samples;
        var sampling = options.Sampling switch
        {
            SobolSampling.Auto => 2 * k <= SobolDirectionNumbers.MaxDimensions ? SobolSampling.Sobol : SobolSampling.PseudoRandom,
            SobolSampling.Sobol when 2 * k > SobolDirectionNumbers.MaxDimensions =>
                throw new SensitivityInputException($"the Sobol' sequence here has {SobolDirectionNumbers.MaxDimensions} dimensions, enough for {SobolDirectionNumbers.MaxDimensions / 2} parameters; {k} were given (use pseudo-random sampling)"),
            _ => options.Sampling,
        };

        var values = Design(ranges, n, sampling, options.Seed);
        var results = ParallelEvaluation.Run(model, values, k, options.Threads, progress, cancellationToken);
        var outputs = model.OutputNames;
        var o = outputs.Count;
        var identity = Enumerable.Range(0, n).ToArray();
        var estimates = Estimate(results, identity, k, o);

        // replicates[b][(output · k + parameter) · 2 + (0 first, 1 total)]
        var replicates = new double[options.Bootstrap][];
        ParallelRuns.For(options.Bootstrap, options.Threads, b =>
        {
            var random = SplitMix64.For(options.Seed, BootstrapStream, b);
            var rows = new int[n];
            for (var j = 0; j < n; j++)
            {
                rows[j] = random.NextInt(n);
            }

            replicates[b] = Estimate(results, rows, k, o).Indices;
        }, cancellationToken);

        var indices = ImmutableArray.CreateBuilder<SobolIndex>(o * k);
        for (var y = 0; y < o; y++)
        {
            for (var i = 0; i < k; i++)
            {
                var at = ((y * k) + i) * 2;
                var first = Interval(replicates, at, options);
                var total = Interval(replicates, at + 1, options);
                indices.Add(new SobolIndex(outputs[y], ranges[i].Id, estimates.Indices[at], first.Low, first.High, estimates.Indices[at + 1], total.Low, total.High));
            }
        }

        var samples = SampleSet.Of(ranges, outputs, values, results);
        return new SobolResult([.. ranges], options, sampling, indices.MoveToImmutable(), [.. estimates.Variances], samples);
    }

    /// <summary>The parameter values of every point: for base row j, A_j, B_j and A_B⁽ⁱ⁾_j for i = 1 … k.</summary>
    internal static double[] Design(IReadOnlyList<ParameterRange> ranges, int n, SobolSampling sampling, long seed)
    {
        var k = ranges.Count;
        var block = (k + 2) * k;
        var values = new double[n * block];
        var sequence = sampling == SobolSampling.Sobol ? new SobolSequence(2 * k, seed) : null;
        var u = new double[2 * k];
        for (var j = 0; j < n; j++)
        {
            if (sequence is not null)
            {
                sequence.Point(j, u);
            }
            else
            {
                var random = SplitMix64.For(seed, PointStream, j);
                for (var d = 0; d < u.Length; d++)
                {
                    u[d] = random.NextDouble();
                }
            }

            var start = j * block;
            for (var i = 0; i < k; i++)
            {
                var a = ranges[i].FromUnit(u[i]);
                var b = ranges[i].FromUnit(u[k + i]);
                values[start + i] = a;
                values[start + k + i] = b;
                for (var m = 0; m < k; m++)
                {
                    values[start + ((2 + m) * k) + i] = m == i ? b : a;
                }
            }
        }

        return values;
    }

    /// <summary>Indices from the base rows <paramref name="rows"/> (repeats allowed): [(output · k + i) · 2 + 0|1], and each output's variance.</summary>
    private static (double[] Indices, double[] Variances) Estimate(double[] results, int[] rows, int k, int o)
    {
        var indices = new double[o * k * 2];
        var variances = new double[o];
        var n = rows.Length;
        var points = k + 2;
        for (var y = 0; y < o; y++)
        {
            double F(int row, int point) => results[((((row * points) + point) * o) + y)];
            var sum = 0.0;
            foreach (var j in rows)
            {
                sum += F(j, 0) + F(j, 1);
            }

            var mean = sum / (2 * n);
            var squares = 0.0;
            foreach (var j in rows)
            {
                squares += ((F(j, 0) - mean) * (F(j, 0) - mean)) + ((F(j, 1) - mean) * (F(j, 1) - mean));
            }

            var variance = squares / (2 * n);
            variances[y] = variance;
            for (var i = 0; i < k; i++)
            {
                var first = 0.0;
                var total = 0.0;
                foreach (var j in rows)
                {
                    var a = F(j, 0);
                    var b = F(j, 1);
                    var ab = F(j, 2 + i);
                    first += (b - mean) * (ab - a);
                    total += (a - ab) * (a - ab);
                }

                indices[(((y * k) + i) * 2) + 0] = variance > 0 ? first / n / variance : double.NaN;
                indices[(((y * k) + i) * 2) + 1] = variance > 0 ? total / (2 * n) / variance : double.NaN;
            }
        }

        return (indices, variances);
    }

    private static (double Low, double High) Interval(double[][] replicates, int at, SobolOptions options) =>
        replicates.Length == 0 ? (double.NaN, double.NaN) : Percentiles.Interval(replicates.Select(r => r[at]), options.Confidence);
}
