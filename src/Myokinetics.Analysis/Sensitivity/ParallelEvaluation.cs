namespace Myokinetics.Analysis.Sensitivity;

/// <summary>
/// Evaluates a model at many parameter points on several threads. Each result is written to the row of
/// its point, so the results do not depend on the number of threads or on scheduling; when evaluations
/// fail, the error of the lowest-numbered point is the one reported.
/// </summary>
public static class ParallelEvaluation
{
    /// <summary>The thread count to use: <paramref name="threads"/> when given (at least 1), else every core.</summary>
    public static int ThreadCount(int? threads) => threads is { } t ? Math.Max(1, t) : Environment.ProcessorCount;

    /// <summary>Evaluates <paramref name="model"/> at every row of <paramref name="points"/>.</summary>
    /// <param name="model">The model.</param>
    /// <param name="points">Parameter values, one row per point (row-major, <paramref name="parameterCount"/> per row).</param>
    /// <param name="parameterCount">Values per point (at least 1).</param>
    /// <param name="threads">Threads (null: every core).</param>
    /// <param name="progress">Told the number of points finished so far (from any thread), or null.</param>
    /// <param name="cancellationToken">Stops between evaluations.</param>
    /// <returns>The outputs, row-major: one row of <see cref="ISensitivityModel.OutputNames"/>.Count values per point.</returns>
    public static double[] Run(ISensitivityModel model, double[] points, int parameterCount, int? threads, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(points);
        ArgumentOutOfRangeException.ThrowIfLessThan(parameterCount, 1);
        var count = points.Length / parameterCount;
        var outputCount = model.OutputNames.Count;
        var outputs = new double[count * outputCount];
        var done = 0;
        ParallelRuns.For(count, threads, i =>
        {
            model.Evaluate(points.AsSpan(i * parameterCount, parameterCount), outputs.AsSpan(i * outputCount, outputCount), cancellationToken);
            progress?.Report(Interlocked.Increment(ref done));
        }, cancellationToken);
        return outputs;
    }
}
