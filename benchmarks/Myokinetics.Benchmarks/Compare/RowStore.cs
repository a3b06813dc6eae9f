using Myokinetics.Core.Results;

namespace Myokinetics.Benchmarks.Compare;

/// <summary>Keeps a simulation's rows in preallocated memory (one simulation's output, reused by the next).</summary>
internal sealed class RowStore : ITimeCourseSink
{
    private readonly double[] times;
    private readonly double[] values;
    private string[] columns = [];
    private int rows;

    public RowStore(int rowCount, int columnCount)
    {
        times = new double[rowCount];
        values = new double[rowCount * columnCount];
    }

    public void Begin(IReadOnlyList<string> columns)
    {
        this.columns = [.. columns];
        rows = 0;
    }

    public void Row(double time, ReadOnlySpan<double> values)
    {
        times[rows] = time;
        values.CopyTo(this.values.AsSpan(rows * values.Length));
        rows++;
    }

    public void End()
    {
    }

    /// <summary>The last value of the first column (a result the ensemble keeps per subject).</summary>
    public double LastValue => rows == 0 ? double.NaN : values[(rows - 1) * columns.Length];

    /// <summary>Writes the rows as CSV with 17 significant digits.</summary>
    public void WriteCsv(string path)
    {
        using var writer = new StreamWriter(path);
        writer.Write("time");
        foreach (var column in columns)
        {
            writer.Write(',');
            writer.Write(column);
        }

        writer.WriteLine();
        for (var r = 0; r < rows; r++)
        {
            writer.Write(Format(times[r]));
            for (var c = 0; c < columns.Length; c++)
            {
                writer.Write(',');
                writer.Write(Format(values[(r * columns.Length) + c]));
            }

            writer.WriteLine();
        }
    }

    private static string Format(double value) => value.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
}
