using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Myokinetics.Numerics.Integrate;

/// <summary>
/// The stage loops of <see cref="RosenbrockStepper"/> in <see cref="Vector{T}"/> lanes with a scalar
/// tail, each the same operations in the same order as the written-out formula (no fused
/// multiply–add), so the results are the same to the last bit as the scalar loops:
/// the stage arguments y + Σ a_j·u_j (summed from the left) and the stage right-hand sides
/// f + c·f_t + (m/h)·Σ c_j·u_j. All spans must have the length of <c>dst</c>.
/// </summary>
internal static class RosenbrockSums
{

    /// <summary>dst = y + a1·u1 + a2·u2.</summary>
    public static void Argument2(Span<double> dst, ReadOnlySpan<double> y, double a1, ReadOnlySpan<double> u1, double a2, ReadOnlySpan<double> u2)
    {
        int n = dst.Length;
        ref double d = ref MemoryMarshal.GetReference(dst);
        ref double ry = ref MemoryMarshal.GetReference(y);
        ref double r1 = ref MemoryMarshal.GetReference(u1);
        ref double r2 = ref MemoryMarshal.GetReference(u2);
        int i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var v1 = new Vector<double>(a1);
            var v2 = new Vector<double>(a2);
            for (; i <= n - Vector<double>.Count; i += Vector<double>.Count)
            {
                (Load(ref ry, i) + (v1 * Load(ref r1, i)) + (v2 * Load(ref r2, i))).StoreUnsafe(ref d, (nuint)i);
            }
        }

        for (; i < n; i++)
        {
            Unsafe.Add(ref d, i) = Unsafe.Add(ref ry, i) + (a1 * Unsafe.Add(ref r1, i)) + (a2 * Unsafe.Add(ref r2, i));
        }
    }

    /// <summary>dst = y + a1·u1 + a2·u2 + a3·u3.</summary>
    public static void Argument3(Span<double> dst, ReadOnlySpan<double> y, double a1, ReadOnlySpan<double> u1, double a2, ReadOnlySpan<double> u2, double a3, ReadOnlySpan<double> u3)
    {
        int n = dst.Length;
        ref double d = ref MemoryMarshal.GetReference(dst);
        ref double ry = ref MemoryMarshal.GetReference(y);
        ref double r1 = ref MemoryMarshal.GetReference(u1);
        ref double r2 = ref MemoryMarshal.GetReference(u2);
        ref double r3 = ref MemoryMarshal.GetReference(u3);
        int i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var v1 = new Vector<double>(a1);
            var v2 = new Vector<double>(a2);
            var v3 = new Vector<double>(a3);
            for (; i <= n - Vector<double>.Count; i += Vector<double>.Count)
            {
                (Load(ref ry, i) + (v1 * Load(ref r1, i)) + (v2 * Load(ref r2, i)) + (v3 * Load(ref r3, i))).StoreUnsafe(ref d, (nuint)i);
            }
        }

        for (; i < n; i++)
        {
            Unsafe.Add(ref d, i) = Unsafe.Add(ref ry, i) + (a1 * Unsafe.Add(ref r1, i)) + (a2 * Unsafe.Add(ref r2, i)) + (a3 * Unsafe.Add(ref r3, i));
        }
    }

    /// <summary>dst = y + a1·u1 + a2·u2 + a3·u3 + a4·u4.</summary>
    public static void Argument4(Span<double> dst, ReadOnlySpan<double> y, double a1, ReadOnlySpan<double> u1, double a2, ReadOnlySpan<double> u2, double a3, ReadOnlySpan<double> u3, double a4, ReadOnlySpan<double> u4)
    {
        int n = dst.Length;
        ref double d = ref MemoryMarshal.GetReference(dst);
        ref double ry = ref MemoryMarshal.GetReference(y);
        ref double r1 = ref MemoryMarshal.GetReference(u1);
        ref double r2 = ref MemoryMarshal.GetReference(u2);
        ref double r3 = ref MemoryMarshal.GetReference(u3);
        ref double r4 = ref MemoryMarshal.GetReference(u4);
        int i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var v1 = new Vector<double>(a1);
            var v2 = new Vector<double>(a2);
            var v3 = new Vector<double>(a3);
            var v4 = new Vector<double>(a4);
            for (; i <= n - Vector<double>.Count; i += Vector<double>.Count)
            {
                (Load(ref ry, i) + (v1 * Load(ref r1, i)) + (v2 * Load(ref r2, i)) + (v3 * Load(ref r3, i)) + (v4 * Load(ref r4, i))).StoreUnsafe(ref d, (nuint)i);
            }
        }

        for (; i < n; i++)
        {
            Unsafe.Add(ref d, i) = Unsafe.Add(ref ry, i) + (a1 * Unsafe.Add(ref r1, i)) + (a2 * Unsafe.Add(ref r2, i)) + (a3 * Unsafe.Add(ref r3, i)) + (a4 * Unsafe.Add(ref r4, i));
        }
    }

    /// <summary>dst = f + c·f_t + (m·(1/h))·(c1·u1).</summary>
    public static void Stage1(Span<double> dst, ReadOnlySpan<double> f, double c, ReadOnlySpan<double> ft, ReadOnlySpan<double> m, double inverseH, double c1, ReadOnlySpan<double> u1)
    {
        int n = dst.Length;
        ref double d = ref MemoryMarshal.GetReference(dst);
        ref double rf = ref MemoryMarshal.GetReference(f);
        ref double rm = ref MemoryMarshal.GetReference(m);
        ref double rt = ref MemoryMarshal.GetReference(ft);
        ref double r1 = ref MemoryMarshal.GetReference(u1);
        int i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var vc = new Vector<double>(c);
            var vh = new Vector<double>(inverseH);
            var v1 = new Vector<double>(c1);
            for (; i <= n - Vector<double>.Count; i += Vector<double>.Count)
            {
                var sum = (v1 * Load(ref r1, i));
                ((Load(ref rf, i) + (vc * Load(ref rt, i))) + ((Load(ref rm, i) * vh) * sum)).StoreUnsafe(ref d, (nuint)i);
            }
        }

        for (; i < n; i++)
        {
            double sum = (c1 * Unsafe.Add(ref r1, i));
            Unsafe.Add(ref d, i) = (Unsafe.Add(ref rf, i) + (c * Unsafe.Add(ref rt, i))) + ((Unsafe.Add(ref rm, i) * inverseH) * sum);
        }
    }

    /// <summary>dst = f + c·f_t + (m·(1/h))·(c1·u1 + c2·u2).</summary>
    public static void Stage2(Span<double> dst, ReadOnlySpan<double> f, double c, ReadOnlySpan<double> ft, ReadOnlySpan<double> m, double inverseH, double c1, ReadOnlySpan<double> u1, double c2, ReadOnlySpan<double> u2)
    {
        int n = dst.Length;
        ref double d = ref MemoryMarshal.GetReference(dst);
        ref double rf = ref MemoryMarshal.GetReference(f);
        ref double rm = ref MemoryMarshal.GetReference(m);
        ref double rt = ref MemoryMarshal.GetReference(ft);
        ref double r1 = ref MemoryMarshal.GetReference(u1);
        ref double r2 = ref MemoryMarshal.GetReference(u2);
        int i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var vc = new Vector<double>(c);
            var vh = new Vector<double>(inverseH);
            var v1 = new Vector<double>(c1);
            var v2 = new Vector<double>(c2);
            for (; i <= n - Vector<double>.Count; i += Vector<double>.Count)
            {
                var sum = (v1 * Load(ref r1, i)) + (v2 * Load(ref r2, i));
                ((Load(ref rf, i) + (vc * Load(ref rt, i))) + ((Load(ref rm, i) * vh) * sum)).StoreUnsafe(ref d, (nuint)i);
            }
        }

        for (; i < n; i++)
        {
            double sum = (c1 * Unsafe.Add(ref r1, i)) + (c2 * Unsafe.Add(ref r2, i));
            Unsafe.Add(ref d, i) = (Unsafe.Add(ref rf, i) + (c * Unsafe.Add(ref rt, i))) + ((Unsafe.Add(ref rm, i) * inverseH) * sum);
        }
    }

    /// <summary>dst = f + c·f_t + (m·(1/h))·(c1·u1 + c2·u2 + c3·u3).</summary>
    public static void Stage3(Span<double> dst, ReadOnlySpan<double> f, double c, ReadOnlySpan<double> ft, ReadOnlySpan<double> m, double inverseH, double c1, ReadOnlySpan<double> u1, double c2, ReadOnlySpan<double> u2, double c3, ReadOnlySpan<double> u3)
    {
        int n = dst.Length;
        ref double d = ref MemoryMarshal.GetReference(dst);
        ref double rf = ref MemoryMarshal.GetReference(f);
        ref double rm = ref MemoryMarshal.GetReference(m);
        ref double rt = ref MemoryMarshal.GetReference(ft);
        ref double r1 = ref MemoryMarshal.GetReference(u1);
        ref double r2 = ref MemoryMarshal.GetReference(u2);
        ref double r3 = ref MemoryMarshal.GetReference(u3);
        int i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var vc = new Vector<double>(c);
            var vh = new Vector<double>(inverseH);
            var v1 = new Vector<double>(c1);
            var v2 = new Vector<double>(c2);
            var v3 = new Vector<double>(c3);
            for (; i <= n - Vector<double>.Count; i += Vector<double>.Count)
            {
                var sum = (v1 * Load(ref r1, i)) + (v2 * Load(ref r2, i)) + (v3 * Load(ref r3, i));
                ((Load(ref rf, i) + (vc * Load(ref rt, i))) + ((Load(ref rm, i) * vh) * sum)).StoreUnsafe(ref d, (nuint)i);
            }
        }

        for (; i < n; i++)
        {
            double sum = (c1 * Unsafe.Add(ref r1, i)) + (c2 * Unsafe.Add(ref r2, i)) + (c3 * Unsafe.Add(ref r3, i));
            Unsafe.Add(ref d, i) = (Unsafe.Add(ref rf, i) + (c * Unsafe.Add(ref rt, i))) + ((Unsafe.Add(ref rm, i) * inverseH) * sum);
        }
    }

    /// <summary>dst = f + (m·(1/h))·(c1·u1 + c2·u2 + c3·u3 + c4·u4).</summary>
    public static void Stage4(Span<double> dst, ReadOnlySpan<double> f, ReadOnlySpan<double> m, double inverseH, double c1, ReadOnlySpan<double> u1, double c2, ReadOnlySpan<double> u2, double c3, ReadOnlySpan<double> u3, double c4, ReadOnlySpan<double> u4)
    {
        int n = dst.Length;
        ref double d = ref MemoryMarshal.GetReference(dst);
        ref double rf = ref MemoryMarshal.GetReference(f);
        ref double rm = ref MemoryMarshal.GetReference(m);
        ref double r1 = ref MemoryMarshal.GetReference(u1);
        ref double r2 = ref MemoryMarshal.GetReference(u2);
        ref double r3 = ref MemoryMarshal.GetReference(u3);
        ref double r4 = ref MemoryMarshal.GetReference(u4);
        int i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var vh = new Vector<double>(inverseH);
            var v1 = new Vector<double>(c1);
            var v2 = new Vector<double>(c2);
            var v3 = new Vector<double>(c3);
            var v4 = new Vector<double>(c4);
            for (; i <= n - Vector<double>.Count; i += Vector<double>.Count)
            {
                var sum = (v1 * Load(ref r1, i)) + (v2 * Load(ref r2, i)) + (v3 * Load(ref r3, i)) + (v4 * Load(ref r4, i));
                (Load(ref rf, i) + ((Load(ref rm, i) * vh) * sum)).StoreUnsafe(ref d, (nuint)i);
            }
        }

        for (; i < n; i++)
        {
            double sum = (c1 * Unsafe.Add(ref r1, i)) + (c2 * Unsafe.Add(ref r2, i)) + (c3 * Unsafe.Add(ref r3, i)) + (c4 * Unsafe.Add(ref r4, i));
            Unsafe.Add(ref d, i) = Unsafe.Add(ref rf, i) + ((Unsafe.Add(ref rm, i) * inverseH) * sum);
        }
    }

    /// <summary>dst = f + (m·(1/h))·(c1·u1 + c2·u2 + c3·u3 + c4·u4 + c5·u5).</summary>
    public static void Stage5(Span<double> dst, ReadOnlySpan<double> f, ReadOnlySpan<double> m, double inverseH, double c1, ReadOnlySpan<double> u1, double c2, ReadOnlySpan<double> u2, double c3, ReadOnlySpan<double> u3, double c4, ReadOnlySpan<double> u4, double c5, ReadOnlySpan<double> u5)
    {
        int n = dst.Length;
        ref double d = ref MemoryMarshal.GetReference(dst);
        ref double rf = ref MemoryMarshal.GetReference(f);
        ref double rm = ref MemoryMarshal.GetReference(m);
        ref double r1 = ref MemoryMarshal.GetReference(u1);
        ref double r2 = ref MemoryMarshal.GetReference(u2);
        ref double r3 = ref MemoryMarshal.GetReference(u3);
        ref double r4 = ref MemoryMarshal.GetReference(u4);
        ref double r5 = ref MemoryMarshal.GetReference(u5);
        int i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var vh = new Vector<double>(inverseH);
            var v1 = new Vector<double>(c1);
            var v2 = new Vector<double>(c2);
            var v3 = new Vector<double>(c3);
            var v4 = new Vector<double>(c4);
            var v5 = new Vector<double>(c5);
            for (; i <= n - Vector<double>.Count; i += Vector<double>.Count)
            {
                var sum = (v1 * Load(ref r1, i)) + (v2 * Load(ref r2, i)) + (v3 * Load(ref r3, i)) + (v4 * Load(ref r4, i)) + (v5 * Load(ref r5, i));
                (Load(ref rf, i) + ((Load(ref rm, i) * vh) * sum)).StoreUnsafe(ref d, (nuint)i);
            }
        }

        for (; i < n; i++)
        {
            double sum = (c1 * Unsafe.Add(ref r1, i)) + (c2 * Unsafe.Add(ref r2, i)) + (c3 * Unsafe.Add(ref r3, i)) + (c4 * Unsafe.Add(ref r4, i)) + (c5 * Unsafe.Add(ref r5, i));
            Unsafe.Add(ref d, i) = Unsafe.Add(ref rf, i) + ((Unsafe.Add(ref rm, i) * inverseH) * sum);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector<double> Load(ref double start, int offset) => Vector.LoadUnsafe(ref start, (nuint)offset);
}
