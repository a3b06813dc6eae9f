using Myokinetics.Core.Results;

namespace Myokinetics.Reporting;

/// <summary>One plotted variable: its values over time (hours).</summary>
/// <param name="Id">The model id.</param>
/// <param name="Name">The display name.</param>
/// <param name="UnitLabel">The unit as written on the axis (<c>pg/mL</c>).</param>
/// <param name="Times">Hours, increasing.</param>
/// <param name="Values">One value per time.</param>
public sealed record ReportSeries(string Id, string Name, string UnitLabel, ImmutableArray<double> Times, ImmutableArray<double> Values)
{
    /// <summary>The column <paramref name="id"/> of <paramref name="result"/>, whose times are in hours.</summary>
    public static ReportSeries FromTimeCourse(TimeCourse result, string id, string name, string unitLabel)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new ReportSeries(id, name, unitLabel, [.. result.Times], [.. result.Column(id)]);
    }
}
