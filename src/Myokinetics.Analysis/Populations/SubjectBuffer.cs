using Myokinetics.Core.Results;

namespace Myokinetics.Analysis.Populations;

/// <summary>Holds one subject's time course while it is simulated (reused from subject to subject).</summary>
internal sealed class SubjectBuffer : ITimeCourseSink
{
    private readonly int columns;
    private int rows;

    public SubjectBuffer(int rowCount, int columnCount)
    {
        columns = columnCount;
        Values = new double[rowCount * columnCount];
        Times = new double[rowCount];
    }

    /// <summary>The values, row after row.</summary>
    public double[] Values { get; }

    /// <summary>The times of the rows.</summary>
    public double[] Times { get; }

    /// <summary>Whether the simulator wrote every row.</summary>
    public bool IsComplete => rows == Times.Length;

    public void Begin(IReadOnlyList<string> columnNames)
    {
        ArgumentNullException.ThrowIfNull(columnNames);
        if (columnNames.Count != columns)
        {
            throw new InvalidOperationException($"the simulator wrote {columnNames.Count} columns, {columns} were planned");
        }

        rows = 0;
    }

    public void Row(double time, ReadOnlySpan<double> values)
    {
        if (rows >= Times.Length)
        {
            throw new InvalidOperationException($"the simulator wrote more than the {Times.Length} planned rows");
        }

        Times[rows] = time;
        values.CopyTo(Values.AsSpan(rows * columns, columns));
        rows++;
    }

    public void End()
    {
    }
}
