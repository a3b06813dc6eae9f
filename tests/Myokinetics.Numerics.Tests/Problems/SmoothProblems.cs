namespace Myokinetics.Numerics.Tests.Problems;

/// <summary>Non-stiff problems with closed-form solutions.</summary>
public static class SmoothProblems
{
    /// <summary>y' = −0.5·y, y(0) = 1: y = exp(−t/2).</summary>
    public static DelegateSystem Decay() => new(
        1,
        (_, y, f) => f[0] = -0.5 * y[0],
        (_, _, j) => j[0] = -0.5);

    public static double DecayExact(double t) => Math.Exp(-0.5 * t);

    /// <summary>The harmonic oscillator y1' = y2, y2' = −4·y1 (ω = 2), y(0) = (1, 0): y1 = cos 2t, y2 = −2 sin 2t.</summary>
    public static DelegateSystem Oscillator() => new(
        2,
        (_, y, f) =>
        {
            f[0] = y[1];
            f[1] = -4 * y[0];
        },
        (_, _, j) =>
        {
            j[0] = 0; j[1] = 1;
            j[2] = -4; j[3] = 0;
        });

    public static double[] OscillatorExact(double t) => [Math.Cos(2 * t), -2 * Math.Sin(2 * t)];

    /// <summary>y' = −y + sin t, y(0) = 1: y = 1.5·e^(−t) + (sin t − cos t)/2.</summary>
    public static DelegateSystem Forced() => new(
        1,
        (t, y, f) => f[0] = -y[0] + Math.Sin(t),
        (_, _, j) => j[0] = -1);

    public static double ForcedExact(double t) => 1.5 * Math.Exp(-t) + 0.5 * (Math.Sin(t) - Math.Cos(t));

    /// <summary>
    /// A nonlinear, coupled, time-dependent system for the convergence-order tests:
    /// y1' = y1²·cos t and y2' = −y2 + sin t·y1·(2 − sin t), with y(0) = (1/2, 1).
    /// Its solution is y1 = 1/(2 − sin t) (a Riccati equation) and y2 = 1.5·e^(−t) + (sin t − cos t)/2
    /// (because y1·(2 − sin t) = 1 along it), yet the right-hand side is nonlinear in y and depends on t,
    /// so every elementary differential, including the t-derivative terms, enters the error.
    /// </summary>
    public static DelegateSystem Riccati() => new(
        2,
        (t, y, f) =>
        {
            double s = Math.Sin(t);
            f[0] = y[0] * y[0] * Math.Cos(t);
            f[1] = -y[1] + s * y[0] * (2 - s);
        },
        (t, y, j) =>
        {
            double s = Math.Sin(t);
            j[0] = 2 * y[0] * Math.Cos(t); j[1] = 0;
            j[2] = s * (2 - s); j[3] = -1;
        });

    /// <summary>The same system with ∂f/∂t given analytically.</summary>
    public static TimeDerivativeSystem RiccatiWithTimeDerivative() => new(
        Riccati(),
        (t, y, ft) =>
        {
            double s = Math.Sin(t);
            double c = Math.Cos(t);
            ft[0] = -y[0] * y[0] * Math.Sin(t);
            ft[1] = y[0] * (2 * c - 2 * s * c);
        });

    public static double[] RiccatiInitial => [0.5, 1.0];

    public static double[] RiccatiExact(double t) =>
        [1 / (2 - Math.Sin(t)), 1.5 * Math.Exp(-t) + 0.5 * (Math.Sin(t) - Math.Cos(t))];
}
