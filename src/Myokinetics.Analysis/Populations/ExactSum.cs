namespace Myokinetics.Analysis.Populations;

/// <summary>
/// The exact sum of finite doubles, kept as a big integer in base 2³² (a "superaccumulator"): adding
/// and merging never round, so the sum — and the double it is rounded to at the end — is the same for
/// any order of the values and any split into parts.
/// </summary>
/// <remarks>
/// A finite double is m·2^(e−1074) with an integer mantissa m &lt; 2⁵³ and 0 ≤ e ≤ 2045; digit i of
/// the accumulator weighs 2^(32·i − 1074). Only the window of digits the values touch is stored
/// (typically 3 to 6). Each digit holds a signed 64-bit partial, so 2³⁰ additions can pass before
/// carries must be propagated. After <see cref="Normalize"/> the representation is canonical: every
/// digit but the top one in [0, 2³²), the top one in [−2³¹, 2³¹) and not removable, no zero digit at
/// the bottom — one representation per value.
/// </remarks>
internal sealed class ExactSum
{
    private const int MaxPendingAdds = 1 << 30;
    private long[] digits = [];
    private int offset;
    private int pending;

    /// <summary>Whether no value other than zeros was added.</summary>
    public bool IsZero
    {
        get
        {
            Normalize();
            return digits.Length == 0;
        }
    }

    /// <summary>The lowest digit's index (after <see cref="Normalize"/>), for serialisation.</summary>
    public int Offset => offset;

    /// <summary>The digits, lowest first (after <see cref="Normalize"/>), for serialisation.</summary>
    public ReadOnlySpan<long> Digits => digits;

    /// <summary>An accumulator holding the canonical digits given (as <see cref="Digits"/> wrote them).</summary>
    public static ExactSum FromDigits(int offset, long[] digits)
    {
        var sum = new ExactSum { offset = offset, digits = digits, pending = 1 };
        sum.Normalize();
        return sum;
    }

    /// <summary>Adds a finite value (infinities and NaN must be filtered by the caller).</summary>
    public void Add(double value)
    {
        var bits = BitConverter.DoubleToInt64Bits(value);
        var exponent = (int)((bits >> 52) & 0x7FF);
        var mantissa = bits & 0xF_FFFF_FFFF_FFFFL;
        if (exponent == 0)
        {
            if (mantissa == 0)
            {
                return;
            }

            exponent = 1;
        }
        else
        {
            mantissa |= 1L << 52;
        }

        var shift = exponent - 1;
        var index = shift >> 5;
        var wide = (UInt128)(ulong)mantissa << (shift & 31);
        var d0 = (long)(ulong)(wide & 0xFFFF_FFFF);
        var d1 = (long)(ulong)((wide >> 32) & 0xFFFF_FFFF);
        var d2 = (long)(ulong)(wide >> 64);
        Cover(index, index + 3);
        var at = index - offset;
        if (bits < 0)
        {
            digits[at] -= d0;
            digits[at + 1] -= d1;
            digits[at + 2] -= d2;
        }
        else
        {
            digits[at] += d0;
            digits[at + 1] += d1;
            digits[at + 2] += d2;
        }

        if (++pending >= MaxPendingAdds)
        {
            Normalize();
        }
    }

    /// <summary>Adds another accumulator's sum.</summary>
    public void Add(ExactSum other)
    {
        ArgumentNullException.ThrowIfNull(other);
        other.Normalize();
        if (other.digits.Length == 0)
        {
            return;
        }

        Normalize();
        Cover(other.offset, other.offset + other.digits.Length);
        for (var i = 0; i < other.digits.Length; i++)
        {
            digits[other.offset + i - offset] += other.digits[i];
        }

        pending = 1;
        Normalize();
    }

    /// <summary>The sum rounded to a double (within one unit in the last place; the same double for the same sum).</summary>
    public double ToDouble()
    {
        Normalize();
        if (digits.Length == 0)
        {
            return 0;
        }

        var top = digits.Length - 1;
        Int128 value = digits[top];
        for (var i = top - 1; i >= top - 2; i--)
        {
            value = (value << 32) | (i >= 0 ? digits[i] : 0);
        }

        return Math.ScaleB((double)value, (32 * (offset + top - 2)) - 1074);
    }

    /// <summary>Propagates carries and trims the window to the canonical representation.</summary>
    public void Normalize()
    {
        if (pending == 0)
        {
            return;
        }

        pending = 0;
        for (var i = 0; i < digits.Length - 1; i++)
        {
            var carry = digits[i] >> 32;
            digits[i] -= carry << 32;
            digits[i + 1] += carry;
        }

        // The top digit may have outgrown 32 signed bits: move its excess into new digits.
        while (digits.Length > 0 && (digits[^1] >= (1L << 31) || digits[^1] < -(1L << 31)))
        {
            var top = digits.Length - 1;
            var carry = digits[top] >> 32;
            Cover(offset, offset + digits.Length + 1);
            digits[top] -= carry << 32;
            digits[top + 1] += carry;
        }

        var low = 0;
        while (low < digits.Length && digits[low] == 0)
        {
            low++;
        }

        var high = digits.Length - 1;
        while (high > low)
        {
            if (digits[high] == 0 && digits[high - 1] < (1L << 31))
            {
                high--;
            }
            else if (digits[high] == -1 && digits[high - 1] >= (1L << 31))
            {
                digits[high - 1] -= 1L << 32;
                high--;
            }
            else
            {
                break;
            }
        }

        if (low > high)
        {
            digits = [];
            offset = 0;
            return;
        }

        if (low > 0 || high < digits.Length - 1)
        {
            digits = digits[low..(high + 1)];
            offset += low;
        }
    }

    /// <summary>Grows the window to cover digit indices [from, to).</summary>
    private void Cover(int from, int to)
    {
        if (digits.Length == 0)
        {
            digits = new long[to - from];
            offset = from;
            return;
        }

        var end = offset + digits.Length;
        if (from >= offset && to <= end)
        {
            return;
        }

        var newOffset = Math.Min(from, offset);
        var grown = new long[Math.Max(to, end) - newOffset];
        Array.Copy(digits, 0, grown, offset - newOffset, digits.Length);
        digits = grown;
        offset = newOffset;
    }
}
