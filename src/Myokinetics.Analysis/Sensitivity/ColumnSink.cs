using Myokinetics.Core.Results;

namespace Myokinetics.Analysis.Sensitivity;

/// <summary>Collects a time course column by column (each column a contiguous array, for the features).</summary>
internal sealed class ColumnSink : ITimeCourseSink
{
    private readonly List<double> times;
    private readonly List<double>[] columns;

    public ColumnSink(int columnCount, int rows)
    {
        times = new List<double>(rows);
        columns = new List<double>[columnCount];
        for (var c = 0; c < columnCount; c++)
        {
            columns[c] = new List<double>(rows);
        }
    }

    public double[] Times => [.. times];

    public double[] Column(int index) => [.. columns[index]];

    void ITimeCourseSink.Begin(IReadOnlyList<string> names)
    {
        times.Clear();
        foreach (var column in columns)
        {
            column.Clear();
        }
    }

    void ITimeCourseSink.Row(double time, ReadOnlySpan<double> values)
    {
        times.Add(time);
        for (var c = 0; c < columns.Length; c++)
        {
            columns[c].Add(values[c]);
        }
    }

    void ITimeCourseSink.End()
    {
    }
}
