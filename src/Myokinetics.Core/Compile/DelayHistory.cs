namespace Myokinetics.Core.Compile;

/// <summary>
/// The past of one simulation for <c>delay(x, d)</c>: a snapshot of every stored value and of the
/// state rates at each accepted step and on both sides of each event. States are interpolated by
/// cubic Hermite polynomials (matching values and slopes at both ends); other stored values are
/// piecewise constant between snapshots (they change only at events). Before the start a value is
/// its initial value; beyond the last snapshot a state is extrapolated along its last slope.
/// </summary>
public sealed class DelayHistory : IDelayHistory
{
    private readonly List<double> times = [];
    private readonly List<double[]> values = [];
    private readonly List<double[]> rates = [];
    private readonly int[] stateOfValue;
    private readonly ModelState owner;

    internal DelayHistory(CompiledModel model, ModelState owner)
    {
        this.owner = owner;
        stateOfValue = new int[model.Symbols.Length];
        Array.Fill(stateOfValue, -1);
        foreach (var s in model.States)
        {
            stateOfValue[s.ValueIndex] = s.StateIndex;
        }
    }

    /// <summary>The number of snapshots stored.</summary>
    public int Count => times.Count;

    public double StartTime { get; private set; } = double.NegativeInfinity;

    /// <summary>Forgets everything: a new simulation starts at <paramref name="startTime"/>.</summary>
    public void Clear(double startTime)
    {
        StartTime = startTime;
        times.Clear();
        values.Clear();
        rates.Clear();
    }

    /// <summary>Stores a snapshot at <paramref name="time"/> (times must not decrease).</summary>
    public void Record(double time, double[] storedValues, double[] stateRates)
    {
        ArgumentNullException.ThrowIfNull(storedValues);
        ArgumentNullException.ThrowIfNull(stateRates);
        times.Add(time);
        values.Add((double[])storedValues.Clone());
        rates.Add((double[])stateRates.Clone());
    }

    public double Value(int valueIndex, double time)
    {
        var n = times.Count;
        if (n == 0)
        {
            return owner.Values[valueIndex];
        }

        if (time <= times[0])
        {
            return values[0][valueIndex];
        }

        var state = stateOfValue[valueIndex];
        var last = n - 1;
        if (time >= times[last])
        {
            return state < 0 ? values[last][valueIndex] : values[last][valueIndex] + (rates[last][state] * (time - times[last]));
        }

        var i = LastAtOrBefore(time);
        if (times[i] == time || state < 0)
        {
            return values[i][valueIndex];
        }

        var t0 = times[i];
        var h = times[i + 1] - t0;
        var s = (time - t0) / h;
        var y0 = values[i][valueIndex];
        var y1 = values[i + 1][valueIndex];
        var f0 = rates[i][state] * h;
        var f1 = rates[i + 1][state] * h;
        var s2 = s * s;
        var s3 = s2 * s;
        return (((2 * s3) - (3 * s2) + 1) * y0) + ((s3 - (2 * s2) + s) * f0) + (((-2 * s3) + (3 * s2)) * y1) + ((s3 - s2) * f1);
    }

    private int LastAtOrBefore(double time)
    {
        int lo = 0, hi = times.Count - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) / 2;
            if (times[mid] <= time)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return lo;
    }
}
