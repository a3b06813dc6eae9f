using Myokinetics.Physiology.Protocols;

namespace Myokinetics.Physiology.Tests.Validation;

/// <summary>
/// The sessions the myokine and organ validation tests use, stated once. Where a study did not report
/// a quantity the model needs (active muscle share, metabolic demand of a resistance session), the
/// value here is an assumption, said on its line.
/// </summary>
internal static class MyokineProtocols
{
    /// <summary>Leg resistance session: 4 × 12 at 75 % 1RM (leg press, knee extension), 45 min, legs ≈ 40 % of
    /// the muscle mass, metabolic demand ≈ 50 % VO2max [assumed], starting at 1 h.</summary>
    public static ExerciseSession LegResistance(double activeFraction = 0.4) =>
        new("resistance-legs", 1, 0.75, 0.5, activeFraction, Load: 0.75, Resistance: true);

    /// <summary>Two-leg cycling (legs ≈ 50 % of the muscle mass) at <paramref name="intensity"/> of VO2max,
    /// starting at 1 h.</summary>
    public static ExerciseSession Cycling(double hours, double intensity, double activeFraction = 0.5) =>
        new("cycling", 1, hours, intensity, activeFraction);

    /// <summary>One-legged knee extension (one leg ≈ 25 % of the muscle mass) at 50 % of VO2max for 1 h.</summary>
    public static ExerciseSession OneLeg() => new("knee-extension", 1, 1, 0.5, 0.25);

    /// <summary>Running 45 min at 70 % VO2max (≈ 60 % of the muscle mass) three times a week (every 56 h)
    /// for 12 weeks, from 8 h; the last session ends at 1968.75 h, so 2016 h is 48 h after it.</summary>
    public static Protocol TwelveWeeksOfRunning()
    {
        var sessions = Enumerable.Range(0, 36).Select(i => new ExerciseSession("running", 8 + (56 * i), 0.75, 0.70, 0.6)).ToImmutableArray();
        return new Protocol(sessions, ImmutableArray<Dose>.Empty);
    }

    /// <summary>48 h after the last session of <see cref="TwelveWeeksOfRunning"/>.</summary>
    public const double AfterTraining = 2016;
}
