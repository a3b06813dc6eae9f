namespace Myokinetics.Numerics.Integrate;

/// <summary>A convenience driver over the steppers for simple users and tests.</summary>
public static class OdeSolver
{
    /// <summary>
    /// Integrates <paramref name="system"/> from (t0, y0) and returns the states at
    /// <paramref name="outputTimes"/> (non-decreasing, none before t0), one new array per output time.
    /// Values between steps come from the method's dense output; the integration never steps past the
    /// last output time. Throws <see cref="IntegratorException"/> when the integration fails and
    /// <see cref="ArgumentException"/> for invalid input.
    /// </summary>
    public static double[][] Solve(
        IOdeSystem system,
        double t0,
        ReadOnlySpan<double> y0,
        ReadOnlySpan<double> outputTimes,
        IntegratorOptions options,
        IntegratorKind kind = IntegratorKind.Auto)
    {
        ArgumentNullException.ThrowIfNull(system);
        ArgumentNullException.ThrowIfNull(options);
        double previous = t0;
        for (int k = 0; k < outputTimes.Length; k++)
        {
            double tk = outputTimes[k];
            if (!double.IsFinite(tk) || tk < previous)
            {
                throw new ArgumentException(
                    $"output time {k} ({StepControl.Format(tk)}) must be finite, not before t0 and not before the one preceding it.",
                    nameof(outputTimes));
            }

            previous = tk;
        }

        IOdeStepper stepper = Integrators.Create(kind);
        stepper.Initialize(system, t0, y0, options);
        int n = system.Dimension;
        var results = new double[outputTimes.Length][];
        if (outputTimes.Length == 0)
        {
            return results;
        }

        double tLast = outputTimes[^1];
        for (int k = 0; k < outputTimes.Length; k++)
        {
            double tk = outputTimes[k];
            while (stepper.Time < tk)
            {
                stepper.Step(tLast);
            }

            var y = new double[n];
            stepper.Interpolate(tk, y);
            results[k] = y;
        }

        return results;
    }
}
