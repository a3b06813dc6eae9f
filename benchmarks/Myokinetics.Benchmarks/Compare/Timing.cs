using System.Diagnostics;

namespace Myokinetics.Benchmarks.Compare;

/// <summary>Repeats an action and reports the median wall-clock time of one repetition.</summary>
internal static class Timing
{
    /// <summary>Warms up (at least 20 runs and one second, so that the runtime's tiered JIT has
    /// replaced the first, unoptimised code even on a loaded machine, where its background compiler
    /// runs late), then runs <paramref name="action"/> at least <paramref name="repeats"/> times and
    /// for at least <paramref name="minSeconds"/>; returns the median in seconds and the count.</summary>
    public static (double Median, int Runs) Median(Action action, int repeats, double minSeconds)
    {
        var warm = Stopwatch.StartNew();
        for (var i = 0; i < 20 || warm.Elapsed.TotalSeconds < 1.0; i++)
        {
            action();
        }

        var times = new List<double>();
        var total = Stopwatch.StartNew();
        while (times.Count < repeats || total.Elapsed.TotalSeconds < minSeconds)
        {
            var start = Stopwatch.GetTimestamp();
            action();
            times.Add(Stopwatch.GetElapsedTime(start).TotalSeconds);
            if (times.Count >= 1_000_000)
            {
                break;
            }
        }

        return (Median(times), times.Count);
    }

    public static double Median(List<double> values)
    {
        values.Sort();
        var n = values.Count;
        return n % 2 == 1 ? values[n / 2] : 0.5 * (values[(n / 2) - 1] + values[n / 2]);
    }
}
