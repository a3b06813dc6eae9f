namespace Myokinetics.Physiology.Protocols;

/// <summary>What happens to the subject: exercise sessions and drug doses, in model terms.</summary>
public sealed record Protocol(ImmutableArray<ExerciseSession> Sessions, ImmutableArray<Dose> Doses)
{
    public static readonly Protocol None = new(ImmutableArray<ExerciseSession>.Empty, ImmutableArray<Dose>.Empty);
}
