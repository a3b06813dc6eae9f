using System.Runtime.ExceptionServices;

namespace Myokinetics.Analysis.Sensitivity;

/// <summary>
/// Runs independent items on several threads. Each item writes only its own slot of the caller's
/// results, so results never depend on the thread count; when items fail, the one with the lowest
/// index is rethrown (every lower item has run to the end), so the error does not depend on it either.
/// </summary>
internal static class ParallelRuns
{
    public static void For(int count, int? threads, Action<int> body, CancellationToken cancellationToken)
    {
        var failures = new Exception?[count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = ParallelEvaluation.ThreadCount(threads), CancellationToken = cancellationToken };
        Parallel.For(0, count, options, (i, loop) =>
        {
            try
            {
                body(i);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                failures[i] = ex;
                loop.Break();
            }
        });
        cancellationToken.ThrowIfCancellationRequested();
        if (Array.Find(failures, f => f is not null) is { } failure)
        {
            ExceptionDispatchInfo.Throw(failure);
        }
    }
}
