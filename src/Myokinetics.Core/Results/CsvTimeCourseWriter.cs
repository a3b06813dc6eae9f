using System.Globalization;

namespace Myokinetics.Core.Results;

/// <summary>
/// Streams a time course as CSV: header <c>time,a,b,…</c>, then one row per output time, numbers in
/// the shortest form that reads back to the same double, culture-invariant; non-finite values are
/// written <c>NaN</c>, <c>INF</c>, <c>-INF</c> as in the SBML Test Suite.
/// </summary>
public sealed class CsvTimeCourseWriter : ITimeCourseSink
{
    private readonly TextWriter writer;
    private readonly char[] buffer = new char[32];

    public CsvTimeCourseWriter(TextWriter writer)
    {
        this.writer = writer;
    }

    /// <summary>The name of the first column (default <c>time</c>).</summary>
    public string TimeColumn { get; init; } = "time";

    public void Begin(IReadOnlyList<string> columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        writer.Write(TimeColumn);
        foreach (var c in columns)
        {
            writer.Write(',');
            writer.Write(c);
        }

        writer.Write('\n');
    }

    public void Row(double time, ReadOnlySpan<double> values)
    {
        WriteNumber(time);
        foreach (var v in values)
        {
            writer.Write(',');
            WriteNumber(v);
        }

        writer.Write('\n');
    }

    public void End() => writer.Flush();

    private void WriteNumber(double value)
    {
        if (double.IsNaN(value))
        {
            writer.Write("NaN");
        }
        else if (double.IsPositiveInfinity(value))
        {
            writer.Write("INF");
        }
        else if (double.IsNegativeInfinity(value))
        {
            writer.Write("-INF");
        }
        else if (value.TryFormat(buffer, out var written, "R", CultureInfo.InvariantCulture))
        {
            writer.Write(buffer, 0, written);
        }
        else
        {
            writer.Write(value.ToString("R", CultureInfo.InvariantCulture));
        }
    }
}
