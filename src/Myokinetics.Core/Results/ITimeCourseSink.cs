namespace Myokinetics.Core.Results;

/// <summary>
/// Receives a simulation's output row by row, so large results can be streamed instead of held.
/// The simulator calls <see cref="Begin"/> once, <see cref="Row"/> for each output time in order,
/// then <see cref="End"/>. The span passed to <see cref="Row"/> is reused: copy what you keep.
/// </summary>
public interface ITimeCourseSink
{
    void Begin(IReadOnlyList<string> columns);

    void Row(double time, ReadOnlySpan<double> values);

    void End();
}
