using Myokinetics.Analysis.Populations;
using Myokinetics.Cli.Output;

namespace Myokinetics.Cli.Populations;

/// <summary>Streams every subject's time course to one long CSV: <c>subject,time,a,b,…</c>, in subject order.</summary>
internal sealed class SubjectCsvWriter : ISubjectObserver
{
    private readonly TextWriter writer;
    private readonly int columns;

    public SubjectCsvWriter(TextWriter writer, IReadOnlyList<string> variables)
    {
        this.writer = writer;
        columns = variables.Count;
        writer.Write("subject,time");
        foreach (var v in variables)
        {
            writer.Write(',');
            writer.Write(v);
        }

        writer.Write('\n');
    }

    public void Simulated(long subject, ReadOnlySpan<double> parameters, ReadOnlySpan<double> times, ReadOnlySpan<double> values)
    {
        var prefix = subject.ToString(System.Globalization.CultureInfo.InvariantCulture);
        for (var row = 0; row < times.Length; row++)
        {
            writer.Write(prefix);
            writer.Write(',');
            writer.Write(CsvNumber.Format(times[row]));
            foreach (var v in values.Slice(row * columns, columns))
            {
                writer.Write(',');
                writer.Write(CsvNumber.Format(v));
            }

            writer.Write('\n');
        }
    }

    public void Failed(SubjectFailure failure)
    {
        // A failed subject has no time course; failures.csv names it.
    }
}
