using System.Diagnostics;
using System.Globalization;

namespace Myokinetics.Cli.Populations;

/// <summary>
/// A one-line progress bar with the elapsed time and an ETA on standard error, redrawn at most five
/// times a second, shown only when standard error is a terminal (never in pipes, files or tests).
/// </summary>
internal sealed class ProgressBar
{
    private const int Width = 30;
    private readonly TextWriter? writer;
    private readonly int total;
    private readonly string label;
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly Lock gate = new();
    private long lastDraw = -1;

    private ProgressBar(TextWriter? writer, int total, string label)
    {
        this.writer = writer;
        this.total = total;
        this.label = label;
    }

    /// <summary>A bar on <paramref name="error"/> when it is the process's standard error and that is a terminal; otherwise a bar that draws nothing.</summary>
    public static ProgressBar For(TextWriter error, int total, string label) =>
        new(error is StreamWriter && !Console.IsErrorRedirected ? error : null, total, label);

    /// <summary>Reports <paramref name="done"/> of the total (from any thread).</summary>
    public void Report(int done)
    {
        if (writer is null)
        {
            return;
        }

        var now = clock.ElapsedMilliseconds;
        if (done < total && now - Interlocked.Read(ref lastDraw) < 200)
        {
            return;
        }

        lock (gate)
        {
            if (done < total && now - lastDraw < 200)
            {
                return;
            }

            lastDraw = now;
            var fraction = total == 0 ? 1 : (double)done / total;
            var filled = (int)(fraction * Width);
            var elapsed = clock.Elapsed.TotalSeconds;
            var eta = done > 0 ? elapsed * (total - done) / done : double.NaN;
            writer.Write(string.Create(
                CultureInfo.InvariantCulture,
                $"\r{label} [{new string('#', filled)}{new string('-', Width - filled)}] {done}/{total} {fraction * 100,3:0}%  {Duration(elapsed)} elapsed  ETA {Duration(eta)}   "));
        }
    }

    /// <summary>Ends the bar's line.</summary>
    public void Finish()
    {
        if (writer is not null)
        {
            lock (gate)
            {
                writer.Write('\n');
            }
        }
    }

    private static string Duration(double seconds) =>
        double.IsNaN(seconds) ? "--" : seconds < 60 ? string.Create(CultureInfo.InvariantCulture, $"{seconds:0.0}s") : TimeSpan.FromSeconds(Math.Round(seconds)).ToString(seconds < 3600 ? @"m\mss\s" : @"h\hmm\m", CultureInfo.InvariantCulture);
}
