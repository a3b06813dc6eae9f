namespace Myokinetics.Analysis.Estimation;

/// <summary>
/// The global searches. Both are deterministic for any number of threads: random numbers are drawn
/// on one thread in a fixed order from one seed, the fits or evaluations run in parallel into slots
/// of their own, and the winner is chosen in index order (lowest −2·log L, ties to the lower index).
/// </summary>
internal static class GlobalSearch
{
    /// <summary>Differential evolution's weight (Storn &amp; Price, J. Global Optim. 11 (1997) 341–359, DE/rand/1/bin).</summary>
    private const double Weight = 0.6;

    /// <summary>Differential evolution's crossover probability.</summary>
    private const double Crossover = 0.9;

    /// <summary>Local fits from the given start and from Latin-hypercube starts; returns every outcome
    /// (given start first) and the index of the best converged one (−1 when none converged).</summary>
    public static (LocalFitOutcome[] Outcomes, int Best) Multistart(FitObjective objective, double[] start, CancellationToken cancellationToken)
    {
        var options = objective.Options;
        var (lower, upper) = Bounds(objective);
        var random = new Random(options.Seed);
        var starts = new[] { start }.Concat(LatinHypercube.Sample(options.Starts, lower, upper, random)).ToArray();
        var all = Enumerable.Range(0, objective.Parameters.Length).ToArray();
        var outcomes = new LocalFitOutcome[starts.Length];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism ?? -1, CancellationToken = cancellationToken };
        Parallel.For(0, starts.Length, parallel, s => outcomes[s] = LocalFit.Run(objective, all, starts[s], cancellationToken));
        return (outcomes, Best(outcomes));
    }

    /// <summary>Differential evolution within the bounds; returns the best member (internal coordinates)
    /// and its −2·log L.</summary>
    public static (double[] Best, double Objective) DifferentialEvolution(FitObjective objective, double[] start, CancellationToken cancellationToken)
    {
        var options = objective.Options;
        var p = objective.Parameters.Length;
        var size = options.PopulationSize > 0 ? Math.Max(options.PopulationSize, 4) : Math.Max(15, 10 * p);
        var (lower, upper) = Bounds(objective);
        var random = new Random(options.Seed);
        var population = new[] { start }.Concat(LatinHypercube.Sample(size - 1, lower, upper, random)).ToArray();
        var costs = Evaluate(objective, population, cancellationToken);
        for (var generation = 0; generation < options.Generations; generation++)
        {
            var trials = new double[size][];
            for (var i = 0; i < size; i++)
            {
                int a, b, c;
                do { a = random.Next(size); } while (a == i);
                do { b = random.Next(size); } while (b == i || b == a);
                do { c = random.Next(size); } while (c == i || c == a || c == b);
                var forced = random.Next(p);
                var trial = (double[])population[i].Clone();
                for (var j = 0; j < p; j++)
                {
                    if (j == forced || random.NextDouble() < Crossover)
                    {
                        var v = population[a][j] + (Weight * (population[b][j] - population[c][j]));

                        // Bounce back between the parent and the bound it crossed.
                        if (v < lower[j])
                        {
                            v = lower[j] + (random.NextDouble() * (population[i][j] - lower[j]));
                        }
                        else if (v > upper[j])
                        {
                            v = upper[j] - (random.NextDouble() * (upper[j] - population[i][j]));
                        }

                        trial[j] = v;
                    }
                }

                trials[i] = trial;
            }

            var trialCosts = Evaluate(objective, trials, cancellationToken);
            for (var i = 0; i < size; i++)
            {
                if (trialCosts[i] <= costs[i])
                {
                    population[i] = trials[i];
                    costs[i] = trialCosts[i];
                }
            }

            var finite = costs.Where(double.IsFinite).ToArray();
            if (finite.Length == size && finite.Max() - finite.Min() <= 1e-8 * (Math.Abs(finite.Min()) + 1))
            {
                break;
            }
        }

        var best = 0;
        for (var i = 1; i < size; i++)
        {
            if (costs[i] < costs[best])
            {
                best = i;
            }
        }

        return (population[best], costs[best]);
    }

    /// <summary>The index of the converged outcome with the lowest −2·log L (ties: the lower index), or −1.</summary>
    public static int Best(IReadOnlyList<LocalFitOutcome> outcomes)
    {
        var best = -1;
        for (var i = 0; i < outcomes.Count; i++)
        {
            if (outcomes[i].Failure is null && (best < 0 || outcomes[i].Objective < outcomes[best].Objective))
            {
                best = i;
            }
        }

        return best;
    }

    private static double[] Evaluate(FitObjective objective, double[][] points, CancellationToken cancellationToken)
    {
        var costs = new double[points.Length];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = objective.Options.MaxDegreeOfParallelism ?? -1, CancellationToken = cancellationToken };
        Parallel.For(0, points.Length, parallel, i =>
        {
            var predictions = new double[objective.DataCount];
            costs[i] = objective.Predict(points[i], predictions, cancellationToken) is null
                ? objective.MinusTwoLogLikelihood(predictions)
                : double.PositiveInfinity;
        });
        return costs;
    }

    private static (double[] Lower, double[] Upper) Bounds(FitObjective objective) =>
        (objective.Parameters.Select(q => q.InternalLower).ToArray(), objective.Parameters.Select(q => q.InternalUpper).ToArray());
}
