using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Myokinetics.Numerics.Integrate;

/// <summary>
/// The linear combinations of the Runge–Kutta and Rosenbrock stage loops, element by element, in
/// <see cref="Vector{T}"/> lanes with a scalar tail. Every lane does the same operations in the same
/// order as the written-out scalar formula (no fused multiply–add), so the results are the same to
/// the last bit as the scalar loops. All spans must have the length of <c>dst</c>.
/// </summary>
internal static class StageSums
{
    /// <summary>dst = y + c·k1.</summary>
    public static void Axpy(Span<double> dst, ReadOnlySpan<double> y, double c, ReadOnlySpan<double> k1)
    {
        int n = dst.Length;
        ref double d = ref MemoryMarshal.GetReference(dst);
        ref double ry = ref MemoryMarshal.GetReference(y);
        ref double r1 = ref MemoryMarshal.GetReference(k1);
        int i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var vc = new Vector<double>(c);
            for (; i <= n - Vector<double>.Count; i += Vector<double>.Count)
            {
                (Load(ref ry, i) + (vc * Load(ref r1, i))).StoreUnsafe(ref d, (nuint)i);
            }
        }

        for (; i < n; i++)
        {
            Unsafe.Add(ref d, i) = Unsafe.Add(ref ry, i) + (c * Unsafe.Add(ref r1, i));
        }
    }

    /// <summary>dst = y + h·(a1·k1 + a2·k2).</summary>
    public static void Sum2(Span<double> dst, ReadOnlySpan<double> y, double h, double a1, ReadOnlySpan<double> k1, double a2, ReadOnlySpan<double> k2)
    {
        int n = dst.Length;
        ref double d = ref MemoryMarshal.GetReference(dst);
        ref double ry = ref MemoryMarshal.GetReference(y);
        ref double r1 = ref MemoryMarshal.GetReference(k1);
        ref double r2 = ref MemoryMarshal.GetReference(k2);
        int i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var vh = new Vector<double>(h);
            var v1 = new Vector<double>(a1);
            var v2 = new Vector<double>(a2);
            for (; i <= n - Vector<double>.Count; i += Vector<double>.Count)
            {
                (Load(ref ry, i) + (vh * ((v1 * Load(ref r1, i)) + (v2 * Load(ref r2, i))))).StoreUnsafe(ref d, (nuint)i);
            }
        }

        for (; i < n; i++)
        {
            Unsafe.Add(ref d, i) = Unsafe.Add(ref ry, i) + (h * ((a1 * Unsafe.Add(ref r1, i)) + (a2 * Unsafe.Add(ref r2, i))));
        }
    }

    /// <summary>dst = y + h·(a1·k1 + a2·k2 + a3·k3).</summary>
    public static void Sum3(Span<double> dst, ReadOnlySpan<double> y, double h, double a1, ReadOnlySpan<double> k1, double a2, ReadOnlySpan<double> k2, double a3, ReadOnlySpan<double> k3)
    {
        int n = dst.Length;
        ref double d = ref MemoryMarshal.GetReference(dst);
        ref double ry = ref MemoryMarshal.GetReference(y);
        ref double r1 = ref MemoryMarshal.GetReference(k1);
        ref double r2 = ref MemoryMarshal.GetReference(k2);
        ref double r3 = ref MemoryMarshal.GetReference(k3);
        int i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var vh = new Vector<double>(h);
            var v1 = new Vector<double>(a1);
            var v2 = new Vector<double>(a2);
            var v3 = new Vector<double>(a3);
            for (; i <= n - Vector<double>.Count; i += Vector<double>.Count)
            {
                var sum = (v1 * Load(ref r1, i)) + (v2 * Load(ref r2, i)) + (v3 * Load(ref r3, i));
                (Load(ref ry, i) + (vh * sum)).StoreUnsafe(ref d, (nuint)i);
            }
        }

        for (; i < n; i++)
        {
            double sum = (a1 * Unsafe.Add(ref r1, i)) + (a2 * Unsafe.Add(ref r2, i)) + (a3 * Unsafe.Add(ref r3, i));
            Unsafe.Add(ref d, i) = Unsafe.Add(ref ry, i) + (h * sum);
        }
    }

    /// <summary>dst = y + h·(a1·k1 + a2·k2 + a3·k3 + a4·k4).</summary>
    public static void Sum4(
        Span<double> dst, ReadOnlySpan<double> y, double h,
        double a1, ReadOnlySpan<double> k1, double a2, ReadOnlySpan<double> k2, double a3, ReadOnlySpan<double> k3, double a4, ReadOnlySpan<double> k4)
    {
        int n = dst.Length;
        ref double d = ref MemoryMarshal.GetReference(dst);
        ref double ry = ref MemoryMarshal.GetReference(y);
        ref double r1 = ref MemoryMarshal.GetReference(k1);
        ref double r2 = ref MemoryMarshal.GetReference(k2);
        ref double r3 = ref MemoryMarshal.GetReference(k3);
        ref double r4 = ref MemoryMarshal.GetReference(k4);
        int i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var vh = new Vector<double>(h);
            var v1 = new Vector<double>(a1);
            var v2 = new Vector<double>(a2);
            var v3 = new Vector<double>(a3);
            var v4 = new Vector<double>(a4);
            for (; i <= n - Vector<double>.Count; i += Vector<double>.Count)
            {
                var sum = (v1 * Load(ref r1, i)) + (v2 * Load(ref r2, i)) + (v3 * Load(ref r3, i)) + (v4 * Load(ref r4, i));
                (Load(ref ry, i) + (vh * sum)).StoreUnsafe(ref d, (nuint)i);
            }
        }

        for (; i < n; i++)
        {
            double sum = (a1 * Unsafe.Add(ref r1, i)) + (a2 * Unsafe.Add(ref r2, i)) + (a3 * Unsafe.Add(ref r3, i)) + (a4 * Unsafe.Add(ref r4, i));
            Unsafe.Add(ref d, i) = Unsafe.Add(ref ry, i) + (h * sum);
        }
    }

    /// <summary>dst = y + h·(a1·k1 + a2·k2 + a3·k3 + a4·k4 + a5·k5).</summary>
    public static void Sum5(
        Span<double> dst, ReadOnlySpan<double> y, double h,
        double a1, ReadOnlySpan<double> k1, double a2, ReadOnlySpan<double> k2, double a3, ReadOnlySpan<double> k3, double a4, ReadOnlySpan<double> k4, double a5, ReadOnlySpan<double> k5)
    {
        int n = dst.Length;
        ref double d = ref MemoryMarshal.GetReference(dst);
        ref double ry = ref MemoryMarshal.GetReference(y);
        ref double r1 = ref MemoryMarshal.GetReference(k1);
        ref double r2 = ref MemoryMarshal.GetReference(k2);
        ref double r3 = ref MemoryMarshal.GetReference(k3);
        ref double r4 = ref MemoryMarshal.GetReference(k4);
        ref double r5 = ref MemoryMarshal.GetReference(k5);
        int i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var vh = new Vector<double>(h);
            var v1 = new Vector<double>(a1);
            var v2 = new Vector<double>(a2);
            var v3 = new Vector<double>(a3);
            var v4 = new Vector<double>(a4);
            var v5 = new Vector<double>(a5);
            for (; i <= n - Vector<double>.Count; i += Vector<double>.Count)
            {
                var sum = (v1 * Load(ref r1, i)) + (v2 * Load(ref r2, i)) + (v3 * Load(ref r3, i)) + (v4 * Load(ref r4, i)) + (v5 * Load(ref r5, i));
                (Load(ref ry, i) + (vh * sum)).StoreUnsafe(ref d, (nuint)i);
            }
        }

        for (; i < n; i++)
        {
            double sum = (a1 * Unsafe.Add(ref r1, i)) + (a2 * Unsafe.Add(ref r2, i)) + (a3 * Unsafe.Add(ref r3, i)) + (a4 * Unsafe.Add(ref r4, i)) + (a5 * Unsafe.Add(ref r5, i));
            Unsafe.Add(ref d, i) = Unsafe.Add(ref ry, i) + (h * sum);
        }
    }

    /// <summary>dst = h·(a1·k1 + a2·k2 + a3·k3 + a4·k4 + a5·k5 + a6·k6) (no y: an error estimate or a dense-output coefficient).</summary>
    public static void Scaled6(
        Span<double> dst, double h,
        double a1, ReadOnlySpan<double> k1, double a2, ReadOnlySpan<double> k2, double a3, ReadOnlySpan<double> k3,
        double a4, ReadOnlySpan<double> k4, double a5, ReadOnlySpan<double> k5, double a6, ReadOnlySpan<double> k6)
    {
        int n = dst.Length;
        ref double d = ref MemoryMarshal.GetReference(dst);
        ref double r1 = ref MemoryMarshal.GetReference(k1);
        ref double r2 = ref MemoryMarshal.GetReference(k2);
        ref double r3 = ref MemoryMarshal.GetReference(k3);
        ref double r4 = ref MemoryMarshal.GetReference(k4);
        ref double r5 = ref MemoryMarshal.GetReference(k5);
        ref double r6 = ref MemoryMarshal.GetReference(k6);
        int i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var vh = new Vector<double>(h);
            var v1 = new Vector<double>(a1);
            var v2 = new Vector<double>(a2);
            var v3 = new Vector<double>(a3);
            var v4 = new Vector<double>(a4);
            var v5 = new Vector<double>(a5);
            var v6 = new Vector<double>(a6);
            for (; i <= n - Vector<double>.Count; i += Vector<double>.Count)
            {
                var sum = (v1 * Load(ref r1, i)) + (v2 * Load(ref r2, i)) + (v3 * Load(ref r3, i)) + (v4 * Load(ref r4, i)) + (v5 * Load(ref r5, i)) + (v6 * Load(ref r6, i));
                (vh * sum).StoreUnsafe(ref d, (nuint)i);
            }
        }

        for (; i < n; i++)
        {
            double sum = (a1 * Unsafe.Add(ref r1, i)) + (a2 * Unsafe.Add(ref r2, i)) + (a3 * Unsafe.Add(ref r3, i))
                + (a4 * Unsafe.Add(ref r4, i)) + (a5 * Unsafe.Add(ref r5, i)) + (a6 * Unsafe.Add(ref r6, i));
            Unsafe.Add(ref d, i) = h * sum;
        }
    }

    /// <summary>
    /// The error norm of Hairer's codes, √(Σ (err_i / (atol_i + rtol·max(|y0_i|, |y1_i|)))² / n), with
    /// the sum taken lane by lane and the lanes added at the end (so it may differ from a sequential
    /// sum in the last bits).
    /// </summary>
    public static double ErrorNorm(ReadOnlySpan<double> err, ReadOnlySpan<double> y0, ReadOnlySpan<double> y1, ReadOnlySpan<double> atol, double rtol)
    {
        int n = err.Length;
        ref double re = ref MemoryMarshal.GetReference(err);
        ref double r0 = ref MemoryMarshal.GetReference(y0);
        ref double r1 = ref MemoryMarshal.GetReference(y1);
        ref double ra = ref MemoryMarshal.GetReference(atol);
        int i = 0;
        double sum = 0;
        if (Vector.IsHardwareAccelerated && n >= Vector<double>.Count)
        {
            var vr = new Vector<double>(rtol);
            var acc = Vector<double>.Zero;
            for (; i <= n - Vector<double>.Count; i += Vector<double>.Count)
            {
                var sk = Load(ref ra, i) + (vr * Vector.Max(Vector.Abs(Load(ref r0, i)), Vector.Abs(Load(ref r1, i))));
                var q = Load(ref re, i) / sk;
                acc += q * q;
            }

            sum = Vector.Sum(acc);
        }

        for (; i < n; i++)
        {
            double sk = Unsafe.Add(ref ra, i) + (rtol * Math.Max(Math.Abs(Unsafe.Add(ref r0, i)), Math.Abs(Unsafe.Add(ref r1, i))));
            double q = Unsafe.Add(ref re, i) / sk;
            sum += q * q;
        }

        return Math.Sqrt(sum / n);
    }

    /// <summary>
    /// The first four coefficients of Shampine's dense output of the Dormand–Prince step from y0 to y1:
    /// c1 = y0, c2 = y1 − y0, c3 = h·k1 − c2, c4 = c2 − h·k7 − c3.
    /// </summary>
    public static void DenseOutput(
        ReadOnlySpan<double> y0, ReadOnlySpan<double> y1, double h, ReadOnlySpan<double> k1, ReadOnlySpan<double> k7,
        Span<double> c1, Span<double> c2, Span<double> c3, Span<double> c4)
    {
        int n = y0.Length;
        ref double r0 = ref MemoryMarshal.GetReference(y0);
        ref double rn = ref MemoryMarshal.GetReference(y1);
        ref double rk1 = ref MemoryMarshal.GetReference(k1);
        ref double rk7 = ref MemoryMarshal.GetReference(k7);
        ref double d1 = ref MemoryMarshal.GetReference(c1);
        ref double d2 = ref MemoryMarshal.GetReference(c2);
        ref double d3 = ref MemoryMarshal.GetReference(c3);
        ref double d4 = ref MemoryMarshal.GetReference(c4);
        int i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var vh = new Vector<double>(h);
            for (; i <= n - Vector<double>.Count; i += Vector<double>.Count)
            {
                var start = Load(ref r0, i);
                var difference = Load(ref rn, i) - start;
                var spline = (vh * Load(ref rk1, i)) - difference;
                start.StoreUnsafe(ref d1, (nuint)i);
                difference.StoreUnsafe(ref d2, (nuint)i);
                spline.StoreUnsafe(ref d3, (nuint)i);
                (difference - (vh * Load(ref rk7, i)) - spline).StoreUnsafe(ref d4, (nuint)i);
            }
        }

        for (; i < n; i++)
        {
            double start = Unsafe.Add(ref r0, i);
            double difference = Unsafe.Add(ref rn, i) - start;
            double spline = (h * Unsafe.Add(ref rk1, i)) - difference;
            Unsafe.Add(ref d1, i) = start;
            Unsafe.Add(ref d2, i) = difference;
            Unsafe.Add(ref d3, i) = spline;
            Unsafe.Add(ref d4, i) = difference - (h * Unsafe.Add(ref rk7, i)) - spline;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector<double> Load(ref double start, int offset) => Vector.LoadUnsafe(ref start, (nuint)offset);
}
