using System.Globalization;

namespace Myokinetics.Numerics.Integrate;

/// <summary>
/// What the adaptive steppers share: validation of their inputs, the scaled error norm, the automatic
/// initial step size and the wording of failures. Nothing here allocates except the validation paths.
/// </summary>
internal static class StepControl
{
    /// <summary>Machine epsilon (unit round-off times two) of <see cref="double"/>.</summary>
    public const double Epsilon = 2.220446049250313e-16;

    /// <summary>The smallest step size allowed at time <paramref name="t"/>: 16 round-off units of t
    /// (below that t + h cannot be told from t to useful accuracy), never below 1e-290.</summary>
    public static double MinimumStep(double t) => Math.Max(16 * Epsilon * Math.Abs(t), 1e-290);

    /// <summary>Checks the options against a system of dimension <paramref name="n"/> and returns the
    /// per-component absolute tolerances (a new array).</summary>
    public static double[] ValidateOptions(IntegratorOptions options, int n)
    {
        ArgumentNullException.ThrowIfNull(options);
        double rtol = options.RelativeTolerance;
        if (!double.IsFinite(rtol) || rtol < 0)
        {
            throw new ArgumentException($"RelativeTolerance must be a finite number >= 0, not {Format(rtol)}.", nameof(options));
        }

        if (rtol >= 1)
        {
            throw new ArgumentException($"RelativeTolerance must be below 1, not {Format(rtol)}.", nameof(options));
        }

        var atol = new double[n];
        if (options.AbsoluteTolerances is { } given)
        {
            if (given.Length != n)
            {
                throw new ArgumentException(
                    $"AbsoluteTolerances has {given.Length} entries but the system has {n} state variables.", nameof(options));
            }

            Array.Copy(given, atol, n);
        }
        else
        {
            Array.Fill(atol, options.AbsoluteTolerance);
        }

        for (int i = 0; i < n; i++)
        {
            if (!double.IsFinite(atol[i]) || atol[i] < 0)
            {
                throw new ArgumentException(
                    $"the absolute tolerance of component {i} must be a finite number >= 0, not {Format(atol[i])}.", nameof(options));
            }

            if (atol[i] == 0 && rtol == 0)
            {
                throw new ArgumentException(
                    $"component {i} has both tolerances zero; at least one must be positive.", nameof(options));
            }
        }

        if (!double.IsFinite(options.InitialStep) || options.InitialStep < 0)
        {
            throw new ArgumentException($"InitialStep must be a finite number >= 0 (0 = automatic), not {Format(options.InitialStep)}.", nameof(options));
        }

        if (double.IsNaN(options.MaxStep) || options.MaxStep <= 0)
        {
            throw new ArgumentException($"MaxStep must be > 0, not {Format(options.MaxStep)}.", nameof(options));
        }

        if (options.MaxSteps <= 0)
        {
            throw new ArgumentException($"MaxSteps must be > 0, not {options.MaxSteps.ToString(CultureInfo.InvariantCulture)}.", nameof(options));
        }

        if (!double.IsFinite(options.FixedStep) || options.FixedStep < 0)
        {
            throw new ArgumentException($"FixedStep must be a finite number >= 0 (0 = adaptive), not {Format(options.FixedStep)}.", nameof(options));
        }

        return atol;
    }

    /// <summary>Checks a starting point (t, y) for a system of dimension <paramref name="n"/>.</summary>
    public static void ValidateStart(double t, ReadOnlySpan<double> y, int n)
    {
        if (!double.IsFinite(t))
        {
            throw new ArgumentException($"the start time must be finite, not {Format(t)}.", nameof(t));
        }

        if (y.Length != n)
        {
            throw new ArgumentException($"the state has {y.Length} entries but the system has {n} state variables.", nameof(y));
        }

        int bad = FirstNonFinite(y);
        if (bad >= 0)
        {
            throw new ArgumentException($"component {bad} of the start state is {Format(y[bad])}; it must be finite.", nameof(y));
        }
    }

    /// <summary>Checks the system's shape; returns its mass diagonal (may be null).</summary>
    public static double[]? ValidateSystem(IOdeSystem system)
    {
        ArgumentNullException.ThrowIfNull(system);
        if (system.Dimension <= 0)
        {
            throw new ArgumentException($"the system must have at least one state variable, not {system.Dimension}.", nameof(system));
        }

        double[]? mass = system.MassDiagonal;
        if (mass is null)
        {
            return null;
        }

        if (mass.Length != system.Dimension)
        {
            throw new ArgumentException(
                $"MassDiagonal has {mass.Length} entries but the system has {system.Dimension} state variables.", nameof(system));
        }

        for (int i = 0; i < mass.Length; i++)
        {
            if (!double.IsFinite(mass[i]))
            {
                throw new ArgumentException($"MassDiagonal[{i}] is {Format(mass[i])}; it must be finite.", nameof(system));
            }
        }

        return mass;
    }

    /// <summary>Whether any entry of the mass diagonal is zero (an algebraic equation).</summary>
    public static bool HasAlgebraicEquations(double[]? mass)
    {
        if (mass is null)
        {
            return false;
        }

        foreach (double m in mass)
        {
            if (m == 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Checks a stop time handed to <c>Step</c>.</summary>
    public static void ValidateStop(double tStop, double time)
    {
        if (double.IsNaN(tStop) || tStop <= time)
        {
            throw new ArgumentOutOfRangeException(
                nameof(tStop), tStop, $"the stop time must lie after the current time {Format(time)}.");
        }
    }

    /// <summary>Checks that an interpolation time lies inside the last step (a few round-off units of slack).</summary>
    public static void ValidateInterpolation(double t, double previous, double current, ReadOnlySpan<double> y, int n)
    {
        if (y.Length != n)
        {
            throw new ArgumentException($"the output has {y.Length} entries but the system has {n} state variables.", nameof(y));
        }

        double slack = 8 * Epsilon * Math.Max(Math.Abs(previous), Math.Abs(current));
        if (!(t >= previous - slack && t <= current + slack))
        {
            throw new ArgumentOutOfRangeException(
                nameof(t), t, $"interpolation is possible only inside the last step [{Format(previous)}, {Format(current)}].");
        }
    }

    /// <summary>
    /// The error norm of Hairer's codes: the root mean square over i of
    /// err_i / (atol_i + rtol · max(|y0_i|, |y1_i|)). A value at most 1 accepts the step.
    /// </summary>
    public static double ErrorNorm(double[] err, double[] y0, double[] y1, double[] atol, double rtol) =>
        StageSums.ErrorNorm(err, y0.AsSpan(0, err.Length), y1.AsSpan(0, err.Length), atol.AsSpan(0, err.Length), rtol);

    /// <summary>The component whose scaled error is largest (the one that limits the step); -1 if none.</summary>
    public static int WorstComponent(double[] err, double[] y0, double[] y1, double[] atol, double rtol)
    {
        int worst = -1;
        double largest = -1;
        for (int i = 0; i < err.Length; i++)
        {
            double sk = atol[i] + rtol * Math.Max(Math.Abs(y0[i]), Math.Abs(y1[i]));
            double q = Math.Abs(err[i] / sk);
            if (double.IsNaN(q))
            {
                return i;
            }

            if (q > largest)
            {
                largest = q;
                worst = i;
            }
        }

        return worst;
    }

    /// <summary>The index of the first NaN or infinite entry, or -1.</summary>
    public static int FirstNonFinite(ReadOnlySpan<double> values)
    {
        for (int i = 0; i < values.Length; i++)
        {
            if (!double.IsFinite(values[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// Hairer's automatic initial step (HINIT in DOPRI5, Hairer–Nørsett–Wanner, Solving ODEs I,
    /// Section II.4): a first guess h = 0.01·‖y0‖/‖y0'‖, one explicit Euler step to estimate the second
    /// derivative, then h = (0.01 / max(‖y''‖, ‖y0'‖))^(1/order), at most 100 times the first guess.
    /// <paramref name="slope0"/> holds y'(t) = f(t, y0)/m_i for the differential components; algebraic
    /// components (zero mass) are left out of the norms and kept fixed. Uses one evaluation of f.
    /// </summary>
    public static double InitialStep(
        IOdeSystem system,
        double t,
        double[] y0,
        double[] slope0,
        double[] atol,
        double rtol,
        double maxStep,
        int order,
        double[] work,
        double[] f1,
        double[]? mass)
    {
        int n = y0.Length;
        double dnf = 0;
        double dny = 0;
        for (int i = 0; i < n; i++)
        {
            if (mass is not null && mass[i] == 0)
            {
                continue;
            }

            double sk = atol[i] + rtol * Math.Abs(y0[i]);
            double a = slope0[i] / sk;
            double b = y0[i] / sk;
            dnf += a * a;
            dny += b * b;
        }

        int m = CountDifferential(mass, n);
        dnf = Math.Sqrt(dnf / m);
        dny = Math.Sqrt(dny / m);
        double h = dnf <= 1e-5 || dny <= 1e-5 ? 1e-6 : dny / dnf * 0.01;
        h = Math.Min(h, maxStep);

        for (int i = 0; i < n; i++)
        {
            work[i] = mass is not null && mass[i] == 0 ? y0[i] : y0[i] + h * slope0[i];
        }

        system.Evaluate(t + h, work, f1);
        double der2 = 0;
        for (int i = 0; i < n; i++)
        {
            double mi = mass is null ? 1 : mass[i];
            if (mi == 0)
            {
                continue;
            }

            double sk = atol[i] + rtol * Math.Abs(y0[i]);
            double a = (f1[i] / mi - slope0[i]) / sk;
            der2 += a * a;
        }

        der2 = Math.Sqrt(der2 / m) / h;
        double der12 = Math.Max(Math.Abs(der2), dnf);
        double h1 = der12 <= 1e-15 || !double.IsFinite(der12)
            ? Math.Max(1e-6, h * 1e-3)
            : Math.Pow(0.01 / der12, 1.0 / order);
        double result = Math.Min(Math.Min(100 * h, h1), maxStep);
        return double.IsFinite(result) && result > 0 ? result : Math.Min(1e-6, maxStep);
    }

    private static int CountDifferential(double[]? mass, int n)
    {
        if (mass is null)
        {
            return n;
        }

        int m = 0;
        foreach (double v in mass)
        {
            if (v != 0)
            {
                m++;
            }
        }

        return Math.Max(m, 1);
    }

    /// <summary>The failure raised when the step size falls below <see cref="MinimumStep"/>.</summary>
    /// <summary>
    /// The next step to attempt: the planned size bounded by <paramref name="maxStep"/>, stretched or
    /// shortened to land exactly on <paramref name="tStop"/> when that is within 1% beyond reach;
    /// <c>TooSmall</c> when the step has shrunk below what the time's precision allows.
    /// </summary>
    public static (double Step, bool LandsOnStop, bool TooSmall) NextStep(double t, double planned, double maxStep, double tStop)
    {
        var h = Math.Min(planned, maxStep);
        if (t + (1.01 * h) >= tStop)
        {
            return (tStop - t, true, false);
        }

        return (h, false, h <= MinimumStep(t));
    }

    public static IntegratorException StepSizeUnderflow(double t, double h, int component, bool nonFinite)
    {
        string who = component >= 0 ? $"component {component.ToString(CultureInfo.InvariantCulture)}" : "some component";
        string why = nonFinite
            ? $"the right-hand side or the state became NaN or infinite in {who} for every step size tried (a singularity or finite-time blow-up near t = {Format(t)})"
            : $"the tolerance cannot be met; {who} changes too fast (a singularity, a finite-time blow-up or a discontinuity the integrator was not told about)";
        return new IntegratorException(
            t,
            component,
            $"step size {Format(h)} below the minimum {Format(MinimumStep(t))} at t = {Format(t)}: {why}.");
    }

    /// <summary>The failure raised when more than MaxSteps steps were needed.</summary>
    public static IntegratorException TooManySteps(double t, long maxSteps) =>
        new(t, -1,
            $"more than MaxSteps = {maxSteps.ToString(CultureInfo.InvariantCulture)} steps were needed since the start; " +
            "the problem may be stiff (use the Rosenbrock or auto integrator), or MaxSteps may be too small for the time span.");

    /// <summary>The failure raised when the right-hand side is not finite at an accepted state.</summary>
    public static IntegratorException NonFiniteDerivative(double t, int component, double value) =>
        new(t, component,
            $"the right-hand side of component {component.ToString(CultureInfo.InvariantCulture)} is {Format(value)} at t = {Format(t)} (at an accepted state).");

    /// <summary>Round-trip invariant formatting for messages.</summary>
    public static string Format(double value) => value.ToString("G6", CultureInfo.InvariantCulture);
}
