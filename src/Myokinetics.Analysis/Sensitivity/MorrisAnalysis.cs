namespace Myokinetics.Analysis.Sensitivity;

/// <summary>
/// Morris's elementary-effects screening (M. D. Morris, "Factorial sampling plans for preliminary
/// computational experiments", Technometrics 33 (1991) 161–174), with μ* of Campolongo, Cariboni &amp;
/// Saltelli (Environ. Model. Softw. 22 (2007) 1509–1518). Each of r trajectories starts at a random
/// point of the p-level grid and moves every parameter once, in random order, by ±Δ = p/(2(p − 1)) of
/// its range: r(k + 1) evaluations for k parameters, run in parallel. Trajectory t draws from its own
/// generator seeded from (seed, t), so the design is the same for any thread count.
/// </summary>
public static class MorrisAnalysis
{
    private const ulong DesignStream = 0x4D4F52;
    private const ulong BootstrapStream = 0x4D4F5242;

    /// <summary>Screens <paramref name="ranges"/> for each output of <paramref name="model"/>.</summary>
    public static MorrisResult Run(ISensitivityModel model, IReadOnlyList<ParameterRange> ranges, MorrisOptions? options = null, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(ranges);
        options ??= new MorrisOptions();
        options.Validate();
        ParameterRange.ValidateAll(ranges);

        var k = ranges.Count;
        var r = options.Trajectories;
        var (unit, moved, direction) = Design(k, options);
        var values = new double[unit.Length];
        for (var i = 0; i < unit.Length; i++)
        {
            values[i] = ranges[i % k].FromUnit(unit[i]);
        }

        var results = ParallelEvaluation.Run(model, values, k, options.Threads, progress, cancellationToken);
        var outputs = model.OutputNames;
        var o = outputs.Count;
        var delta = options.Levels / (2.0 * (options.Levels - 1));

        // effects[(output · k + parameter) · r + trajectory]
        var effects = new double[o * k * r];
        for (var t = 0; t < r; t++)
        {
            for (var s = 1; s <= k; s++)
            {
                var row = (t * (k + 1)) + s;
                var i = moved[(t * k) + s - 1];
                for (var y = 0; y < o; y++)
                {
                    effects[(((y * k) + i) * r) + t] = (results[(row * o) + y] - results[((row - 1) * o) + y]) / (direction[(t * k) + s - 1] * delta);
                }
            }
        }

        var indices = ImmutableArray.CreateBuilder<MorrisIndex>(o * k);
        for (var y = 0; y < o; y++)
        {
            for (var i = 0; i < k; i++)
            {
                var ee = effects.AsSpan(((y * k) + i) * r, r);
                var (low, high) = MuStarInterval(ee, options, (y * k) + i);
                indices.Add(new MorrisIndex(outputs[y], ranges[i].Id, Mean(ee, false), Mean(ee, true), StandardDeviation(ee), low, high));
            }
        }

        var samples = SampleSet.Of(ranges, outputs, values, results);
        return new MorrisResult([.. ranges], options, indices.MoveToImmutable(), samples);
    }

    /// <summary>The design in unit coordinates: r(k + 1) rows of k values; which parameter moves at each
    /// step of each trajectory, and in which direction (±1).</summary>
    internal static (double[] Unit, int[] Moved, int[] Direction) Design(int k, MorrisOptions options)
    {
        var r = options.Trajectories;
        var p = options.Levels;
        var half = p / 2;
        var unit = new double[r * (k + 1) * k];
        var moved = new int[r * k];
        var direction = new int[r * k];
        var level = new int[k];
        var sign = new int[k];
        var order = new int[k];
        for (var t = 0; t < r; t++)
        {
            var random = SplitMix64.For(options.Seed, DesignStream, t);
            for (var i = 0; i < k; i++)
            {
                // Moving up by p/2 levels needs a start in the lower half of the grid; down, in the upper half.
                sign[i] = random.NextInt(2) == 0 ? 1 : -1;
                level[i] = random.NextInt(half) + (sign[i] > 0 ? 0 : half);
                order[i] = i;
            }

            for (var i = k - 1; i > 0; i--)
            {
                var j = random.NextInt(i + 1);
                (order[i], order[j]) = (order[j], order[i]);
            }

            var start = t * (k + 1) * k;
            for (var i = 0; i < k; i++)
            {
                unit[start + i] = level[i] / (double)(p - 1);
            }

            for (var s = 1; s <= k; s++)
            {
                var row = start + (s * k);
                Array.Copy(unit, row - k, unit, row, k);
                var i = order[s - 1];
                level[i] += sign[i] * half;
                unit[row + i] = level[i] / (double)(p - 1);
                moved[(t * k) + s - 1] = i;
                direction[(t * k) + s - 1] = sign[i];
            }
        }

        return (unit, moved, direction);
    }

    private static (double Low, double High) MuStarInterval(ReadOnlySpan<double> effects, MorrisOptions options, int stream)
    {
        if (options.Bootstrap == 0)
        {
            return (double.NaN, double.NaN);
        }

        var replicates = new double[options.Bootstrap];
        for (var b = 0; b < options.Bootstrap; b++)
        {
            var random = SplitMix64.For(options.Seed, BootstrapStream + (ulong)stream, b);
            var sum = 0.0;
            for (var j = 0; j < effects.Length; j++)
            {
                sum += Math.Abs(effects[random.NextInt(effects.Length)]);
            }

            replicates[b] = sum / effects.Length;
        }

        return Percentiles.Interval(replicates, options.Confidence);
    }

    private static double Mean(ReadOnlySpan<double> values, bool absolute)
    {
        var sum = 0.0;
        foreach (var v in values)
        {
            sum += absolute ? Math.Abs(v) : v;
        }

        return sum / values.Length;
    }

    private static double StandardDeviation(ReadOnlySpan<double> values)
    {
        var mean = Mean(values, false);
        var sum = 0.0;
        foreach (var v in values)
        {
            sum += (v - mean) * (v - mean);
        }

        return Math.Sqrt(sum / (values.Length - 1));
    }
}
