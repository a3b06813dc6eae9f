namespace Myokinetics.Core.Results;

/// <summary>A time course held in memory: one row per output time, one column per variable.</summary>
public sealed class TimeCourse : ITimeCourseSink
{
    private readonly List<double> times = [];
    private readonly List<double> data = [];
    private string[] columns = [];

    /// <summary>The variable names (without the time column).</summary>
    public IReadOnlyList<string> Columns => columns;

    /// <summary>The output times.</summary>
    public IReadOnlyList<double> Times => times;

    public int RowCount => times.Count;

    /// <summary>The value of column <paramref name="column"/> in row <paramref name="row"/>.</summary>
    public double this[int row, int column] => data[(row * columns.Length) + column];

    /// <summary>The values of the named column, in time order.</summary>
    public double[] Column(string name)
    {
        var index = Array.IndexOf(columns, name);
        if (index < 0)
        {
            throw new ArgumentException($"no column '{name}' (columns: {string.Join(", ", columns)})", nameof(name));
        }

        var result = new double[times.Count];
        for (var r = 0; r < times.Count; r++)
        {
            result[r] = this[r, index];
        }

        return result;
    }

    void ITimeCourseSink.Begin(IReadOnlyList<string> names)
    {
        columns = names.ToArray();
        times.Clear();
        data.Clear();
    }

    void ITimeCourseSink.Row(double time, ReadOnlySpan<double> values)
    {
        times.Add(time);
        foreach (var v in values)
        {
            data.Add(v);
        }
    }

    void ITimeCourseSink.End()
    {
    }
}
