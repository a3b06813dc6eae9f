using Myokinetics.Core.Results;
using Myokinetics.Physiology.Protocols;

namespace Myokinetics.Physiology.Tests.Validation;

/// <summary>
/// Protocols of the therapy and muscle-growth validation tests: repeated doses and resistance-training
/// programmes in model terms (hours, dose targets and their units, as docs/model/therapies.md lists them).
/// </summary>
internal static class TherapyProtocols
{
    public const double Day = 24;
    public const double Week = 168;

    /// <summary>The reference adult's body mass, kg (subject.ant).</summary>
    public const double ReferenceBodyMass = 75;

    /// <summary>The reference adult's skeletal muscle and lean mass, kg.</summary>
    public const double ReferenceMuscle = 28.5;
    public const double ReferenceLean = 60;

    private static readonly int[] TrainingDays = [0, 2, 4];

    /// <summary><paramref name="count"/> doses of <paramref name="amount"/> added to <paramref name="target"/>,
    /// the first at <paramref name="first"/> h, then every <paramref name="interval"/> h.</summary>
    public static ImmutableArray<Dose> Doses(string drug, string target, double amount, int count, double interval, double first = 0)
    {
        var doses = ImmutableArray.CreateBuilder<Dose>(count);
        for (var i = 0; i < count; i++)
        {
            doses.Add(new Dose(drug, first + (i * interval), target, amount));
        }

        return doses.MoveToImmutable();
    }

    /// <summary>Resistance sessions on Monday, Wednesday and Friday at 08:00 for <paramref name="weeks"/> weeks:
    /// each <paramref name="hours"/> h at <paramref name="load"/> of 1RM with <paramref name="activeFraction"/>
    /// of the muscle mass working.</summary>
    public static ImmutableArray<ExerciseSession> Training(int weeks, double activeFraction = 0.7, double load = 0.75, double hours = 1)
    {
        var sessions = ImmutableArray.CreateBuilder<ExerciseSession>(weeks * 3);
        for (var w = 0; w < weeks; w++)
        {
            foreach (var day in TrainingDays)
            {
                sessions.Add(Session((w * Week) + (day * Day) + 8, hours, load, activeFraction));
            }
        }

        return sessions.MoveToImmutable();
    }

    /// <summary>One resistance session.</summary>
    public static ExerciseSession Session(double start, double hours, double load, double activeFraction, bool eccentric = false) =>
        new("resistance-whole-body", start, hours, 0.5, activeFraction, Load: load, Eccentric: eccentric, Resistance: true);

    public static Protocol Of(ImmutableArray<ExerciseSession> sessions, ImmutableArray<Dose> doses) => new(sessions, doses);

    public static Protocol Of(ImmutableArray<Dose> doses) => new(ImmutableArray<ExerciseSession>.Empty, doses);

    public static Protocol Of(ImmutableArray<ExerciseSession> sessions) => new(sessions, ImmutableArray<Dose>.Empty);

    /// <summary>The smallest and largest value of <paramref name="variable"/> for times in [from, to].</summary>
    public static (double Min, double Max) Range(this TimeCourse result, string variable, double from, double to)
    {
        var column = result.Column(variable);
        var min = double.PositiveInfinity;
        var max = double.NegativeInfinity;
        for (var i = 0; i < result.Times.Count; i++)
        {
            if (result.Times[i] >= from && result.Times[i] <= to)
            {
                min = Math.Min(min, column[i]);
                max = Math.Max(max, column[i]);
            }
        }

        return (min, max);
    }

    /// <summary>The time of the largest value of <paramref name="variable"/>.</summary>
    public static double TimeOfPeak(this TimeCourse result, string variable)
    {
        var column = result.Column(variable);
        return result.Times[Array.IndexOf(column, column.Max())];
    }
}
