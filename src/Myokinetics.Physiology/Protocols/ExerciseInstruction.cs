using Myokinetics.Physiology.Protocols.Text;

namespace Myokinetics.Physiology.Protocols;

/// <summary>One work bout of a session: its offset from the session's start and its length, hours.</summary>
public readonly record struct Bout(double Offset, double Duration);

/// <summary>
/// An <c>--exercise</c> string, read: what one session does to the model's inputs, its bouts (one for
/// continuous exercise, several for intervals) and when it is repeated.
/// </summary>
/// <param name="Text">The string as written.</param>
/// <param name="Modality">The modality.</param>
/// <param name="Bouts">The work bouts of one session (offset from its start, duration), hours.</param>
/// <param name="Intensity">Metabolic demand, fraction of VO2max (0–1].</param>
/// <param name="Load">Fraction of 1RM for resistance sessions, else 0.</param>
/// <param name="Eccentric">Whether the session emphasises eccentric contractions.</param>
/// <param name="CarbohydrateGramsPerHour">Carbohydrate ingested during the session, g/h.</param>
/// <param name="Schedule">When the session starts and repeats.</param>
public sealed record ExerciseInstruction(
    string Text,
    Modality Modality,
    ImmutableArray<Bout> Bouts,
    double Intensity,
    double Load,
    bool Eccentric,
    double CarbohydrateGramsPerHour,
    Schedule Schedule)
{
    /// <summary>From the start of the first bout to the end of the last, hours.</summary>
    public double Span => Bouts.Max(b => b.Offset + b.Duration);

    /// <summary>The sessions in model terms, one per bout and repeat, in time order.</summary>
    public IEnumerable<ExerciseSession> ToSessions() =>
        from start in Schedule.Times()
        from bout in Bouts
        select new ExerciseSession(
            Modality.Name,
            start + bout.Offset,
            bout.Duration,
            Intensity,
            Modality.ActiveFraction,
            Load,
            Eccentric,
            Modality.Resistance is not null,
            CarbohydrateGramsPerHour,
            Text);
}
