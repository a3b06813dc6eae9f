namespace Myokinetics.Reporting.Charts;

/// <summary>
/// The time axis of a report: hours for spans up to 3 days, days beyond (ticks at round hours —
/// 1, 2, 3, 4, 6, 12, 24 h — or round days — 1, 2, 7, 14, 28 d …).
/// </summary>
/// <param name="Unit">"h" or "d".</param>
/// <param name="HoursPerUnit">1 or 24.</param>
/// <param name="Scale">The axis in <paramref name="Unit"/>.</param>
public readonly record struct TimeAxis(string Unit, double HoursPerUnit, NiceScale Scale)
{
    /// <summary>The longest span, hours, still drawn in hours.</summary>
    public const double LongestHourSpan = 72;

    private static readonly double[] HourSteps = [0.05, 0.1, 0.25, 0.5, 1, 2, 3, 4, 6, 12, 24];
    private static readonly double[] DaySteps = [1, 2, 7, 14, 28, 56, 91, 182, 364];

    /// <summary>The axis for times from <paramref name="startHours"/> to <paramref name="endHours"/>.</summary>
    public static TimeAxis For(double startHours, double endHours)
    {
        if (endHours - startHours > LongestHourSpan)
        {
            return new TimeAxis("d", 24, NiceScale.For(startHours / 24, endHours / 24, 8, DaySteps));
        }

        return new TimeAxis("h", 1, NiceScale.For(startHours, endHours, 8, HourSteps));
    }

    /// <summary>The axis label, e.g. <c>time (h)</c>.</summary>
    public string Label => $"time ({Unit})";
}
