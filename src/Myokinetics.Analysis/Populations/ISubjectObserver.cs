namespace Myokinetics.Analysis.Populations;

/// <summary>
/// Receives every subject of a population run in subject order, on one thread, whatever order the
/// workers finished in (for per-subject outputs).
/// </summary>
public interface ISubjectObserver
{
    /// <summary>Subject <paramref name="subject"/> was simulated.</summary>
    /// <param name="subject">The subject number (1-based).</param>
    /// <param name="parameters">The drawn values, in the sampler's parameter order.</param>
    /// <param name="times">The output times.</param>
    /// <param name="values">The time course: one row per output time, one value per variable, row after row.</param>
    void Simulated(long subject, ReadOnlySpan<double> parameters, ReadOnlySpan<double> times, ReadOnlySpan<double> values);

    /// <summary>A subject failed; <paramref name="failure"/> says which, when and why.</summary>
    void Failed(SubjectFailure failure);
}
