namespace Myokinetics.Analysis.Sensitivity;

/// <summary>
/// A scalar output of interest taken from one variable's time course: its value at a time, its peak,
/// the time of its peak, its minimum or its area under the curve, over the whole run or a window.
/// Written as text by <see cref="OutputFeatureParser"/>: <c>IL6_plasma@24h</c>, <c>peak(IL6_plasma)</c>,
/// <c>tpeak(IL6_plasma)</c>, <c>min(glucose_plasma)</c>, <c>auc(IL6_plasma, 0h, 24h)</c>.
/// </summary>
/// <param name="Text">The feature as written (also its name in results).</param>
/// <param name="Kind">What to take.</param>
/// <param name="Variable">The model variable (an output id of the simulator).</param>
/// <param name="Time">For <see cref="FeatureKind.Value"/>: the time, in model time units.</param>
/// <param name="From">The window's start in model time units (null: the first output time).</param>
/// <param name="To">The window's end in model time units (null: the last output time).</param>
public sealed record OutputFeature(string Text, FeatureKind Kind, string Variable, double Time = double.NaN, double? From = null, double? To = null)
{
    /// <summary>Peaks and minima at an interior output time are refined by the parabola through it and its
    /// two neighbours, so that the value and time move smoothly with the parameters between output times.</summary>
    /// <param name="times">The output times, increasing (a uniform grid for the refinement).</param>
    /// <param name="values">The variable's values at those times.</param>
    /// <returns>The feature's value (NaN when the window holds no output time).</returns>
    public double Evaluate(ReadOnlySpan<double> times, ReadOnlySpan<double> values)
    {
        if (times.Length != values.Length || times.Length == 0)
        {
            throw new ArgumentException("times and values must be non-empty and of equal length");
        }

        return Kind switch
        {
            FeatureKind.Value => Interpolate(times, values, Time),
            FeatureKind.Area => Area(times, values),
            FeatureKind.Peak => Extremum(times, values, 1).Value,
            FeatureKind.Minimum => Extremum(times, values, -1).Value,
            _ => Extremum(times, values, 1).Time,
        };
    }

    /// <summary>Checks that the feature's times lie within the run; throws <see cref="SensitivityInputException"/>.</summary>
    public void Validate(double start, double end)
    {
        var tolerance = 1e-9 * Math.Max(1, Math.Abs(end));
        bool Inside(double t) => t >= start - tolerance && t <= end + tolerance;
        if (Kind == FeatureKind.Value && !Inside(Time))
        {
            throw new SensitivityInputException($"output '{Text}': the time is outside the simulated span {start}..{end} (model time units)");
        }

        if ((From is { } f && !Inside(f)) || (To is { } t && !Inside(t)))
        {
            throw new SensitivityInputException($"output '{Text}': the window is outside the simulated span {start}..{end} (model time units)");
        }

        if (From is { } a && To is { } b && !(b > a))
        {
            throw new SensitivityInputException($"output '{Text}': the window's end must be after its start");
        }
    }

    private static double Interpolate(ReadOnlySpan<double> times, ReadOnlySpan<double> values, double t)
    {
        if (t <= times[0])
        {
            return values[0];
        }

        if (t >= times[^1])
        {
            return values[^1];
        }

        var hi = times.BinarySearch(t);
        if (hi >= 0)
        {
            return values[hi];
        }

        hi = ~hi;
        var lo = hi - 1;
        var w = (t - times[lo]) / (times[hi] - times[lo]);
        return values[lo] + (w * (values[hi] - values[lo]));
    }

    private (int First, int Last, double Start, double End) Window(ReadOnlySpan<double> times)
    {
        var start = From ?? times[0];
        var end = To ?? times[^1];
        var first = 0;
        while (first < times.Length && times[first] < start)
        {
            first++;
        }

        var last = times.Length - 1;
        while (last >= 0 && times[last] > end)
        {
            last--;
        }

        return (first, last, start, end);
    }

    private double Area(ReadOnlySpan<double> times, ReadOnlySpan<double> values)
    {
        var (first, last, start, end) = Window(times);
        var previousTime = start;
        var previousValue = Interpolate(times, values, start);
        var sum = 0.0;
        for (var i = first; i <= last; i++)
        {
            sum += 0.5 * (times[i] - previousTime) * (values[i] + previousValue);
            previousTime = times[i];
            previousValue = values[i];
        }

        sum += 0.5 * (end - previousTime) * (Interpolate(times, values, end) + previousValue);
        return sum;
    }

    private (double Value, double Time) Extremum(ReadOnlySpan<double> times, ReadOnlySpan<double> values, int sign)
    {
        var (first, last, start, end) = Window(times);
        var best = -1;
        for (var i = first; i <= last; i++)
        {
            if (!double.IsNaN(values[i]) && (best < 0 || sign * values[i] > sign * values[best]))
            {
                best = i;
            }
        }

        var atStart = Interpolate(times, values, start);
        var atEnd = Interpolate(times, values, end);
        if (best < 0)
        {
            return sign * atStart >= sign * atEnd ? (atStart, start) : (atEnd, end);
        }

        if (best > first && best < last)
        {
            var y0 = values[best - 1];
            var y1 = values[best];
            var y2 = values[best + 1];
            var curvature = y0 - (2 * y1) + y2;
            var h = times[best + 1] - times[best];
            var uniform = Math.Abs((times[best] - times[best - 1]) - h) <= 1e-9 * Math.Abs(h);
            if (uniform && sign * curvature < 0)
            {
                var offset = 0.5 * (y0 - y2) / curvature;
                return (y1 - (0.25 * (y0 - y2) * offset), times[best] + (offset * h));
            }

            return (values[best], times[best]);
        }

        // At an edge of the window the interpolated window ends compete with the first or last output time.
        var (value, time) = (values[best], times[best]);
        if (sign * atStart > sign * value)
        {
            (value, time) = (atStart, start);
        }

        if (sign * atEnd > sign * value)
        {
            (value, time) = (atEnd, end);
        }

        return (value, time);
    }
}
