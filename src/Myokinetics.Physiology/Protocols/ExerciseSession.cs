namespace Myokinetics.Physiology.Protocols;

/// <summary>One exercise session, as the model's inputs see it.</summary>
/// <param name="Modality">The modality's name (e.g. <c>cycling</c>), for reports.</param>
/// <param name="Start">Start time, hours from the start of the simulation.</param>
/// <param name="Duration">Duration, hours.</param>
/// <param name="Intensity">Metabolic demand as a fraction of VO2max (0–1].</param>
/// <param name="ActiveFraction">Fraction of the skeletal muscle mass that works (0–1].</param>
/// <param name="Load">External load as a fraction of 1RM for resistance sessions, else 0.</param>
/// <param name="Eccentric">Whether the session emphasises eccentric contractions.</param>
/// <param name="Resistance">Whether it is a resistance session (sets × reps).</param>
/// <param name="CarbohydrateGramsPerHour">Carbohydrate ingested during the session, g/h.</param>
/// <param name="Description">The protocol text the session came from, for reports.</param>
public sealed record ExerciseSession(
    string Modality,
    double Start,
    double Duration,
    double Intensity,
    double ActiveFraction,
    double Load = 0,
    bool Eccentric = false,
    bool Resistance = false,
    double CarbohydrateGramsPerHour = 0,
    string? Description = null)
{
    /// <summary>End time, hours.</summary>
    public double End => Start + Duration;
}
