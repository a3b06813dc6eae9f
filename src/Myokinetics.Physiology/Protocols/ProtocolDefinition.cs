using Myokinetics.Physiology.Subjects;

namespace Myokinetics.Physiology.Protocols;

/// <summary>
/// A protocol as written — exercise and dose strings (read), and the subject settings — before it is
/// turned into model events. Several definitions (a protocol file, then command-line strings) combine
/// with <see cref="Then"/>.
/// </summary>
/// <param name="Exercises">The exercise instructions, in the order given.</param>
/// <param name="Doses">The dose instructions, in the order given.</param>
/// <param name="Subject">The subject settings (keys given; the rest default to the model's reference adult).</param>
/// <param name="Name">A title for reports (a protocol file's <c>name</c>), or null.</param>
/// <param name="Description">A description for reports, or null.</param>
public sealed record ProtocolDefinition(
    ImmutableArray<ExerciseInstruction> Exercises,
    ImmutableArray<DoseInstruction> Doses,
    SubjectSettings Subject,
    string? Name = null,
    string? Description = null)
{
    /// <summary>Nothing: no exercise, no dose, the default subject.</summary>
    public static ProtocolDefinition Empty { get; } = new([], [], SubjectSettings.None);

    /// <summary>Whether there is no exercise and no dose.</summary>
    public bool IsEmpty => Exercises.IsEmpty && Doses.IsEmpty;

    /// <summary>Both definitions: sessions and doses of both; <paramref name="later"/>'s subject keys win.</summary>
    public ProtocolDefinition Then(ProtocolDefinition later)
    {
        ArgumentNullException.ThrowIfNull(later);
        return new ProtocolDefinition(
            Exercises.AddRange(later.Exercises),
            Doses.AddRange(later.Doses),
            Subject.Then(later.Subject),
            later.Name ?? Name,
            later.Description ?? Description);
    }

    /// <summary>The protocol in model terms (hours), sessions and doses in time order.</summary>
    /// <param name="bodyMassKg">The subject's body mass, for per-kg doses.</param>
    public Protocol Build(double? bodyMassKg) => new(
        Exercises.SelectMany(e => e.ToSessions()).OrderBy(s => s.Start).ToImmutableArray(),
        Doses.SelectMany(d => d.ToDoses(bodyMassKg)).OrderBy(d => d.Time).ToImmutableArray());
}
