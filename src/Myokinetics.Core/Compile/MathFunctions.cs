namespace Myokinetics.Core.Compile;

/// <summary>The MathML functions without a direct <see cref="System.Math"/> counterpart, called by compiled code.</summary>
public static class MathFunctions
{
    public static double Sec(double x) => 1.0 / System.Math.Cos(x);

    public static double Csc(double x) => 1.0 / System.Math.Sin(x);

    public static double Cot(double x) => 1.0 / System.Math.Tan(x);

    public static double Sech(double x) => 1.0 / System.Math.Cosh(x);

    public static double Csch(double x) => 1.0 / System.Math.Sinh(x);

    public static double Coth(double x) => 1.0 / System.Math.Tanh(x);

    public static double ArcSec(double x) => System.Math.Acos(1.0 / x);

    public static double ArcCsc(double x) => System.Math.Asin(1.0 / x);

    public static double ArcCot(double x) => System.Math.Atan(1.0 / x);

    public static double ArcSech(double x) => System.Math.Acosh(1.0 / x);

    public static double ArcCsch(double x) => System.Math.Asinh(1.0 / x);

    public static double ArcCoth(double x) => System.Math.Atanh(1.0 / x);

    /// <summary>n! for a non-negative integer n (NaN otherwise); +∞ beyond 170!.</summary>
    public static double Factorial(double n)
    {
        if (double.IsNaN(n) || n < 0 || n != System.Math.Floor(n))
        {
            return double.NaN;
        }

        if (n > 170)
        {
            return double.PositiveInfinity;
        }

        var result = 1.0;
        for (var i = 2; i <= (int)n; i++)
        {
            result *= i;
        }

        return result;
    }

    /// <summary>The integer part of a / b (truncated toward zero), as MathML's quotient.</summary>
    public static double Quotient(double a, double b) => System.Math.Truncate(a / b);

    /// <summary>The remainder of a / b with the sign of a, as MathML's rem.</summary>
    public static double Rem(double a, double b) => a % b;

    /// <summary>The n-th root of x; odd roots of negative numbers are negative.</summary>
    public static double Root(double n, double x)
    {
        if (n == 2)
        {
            return System.Math.Sqrt(x);
        }

        if (n == 3)
        {
            return System.Math.Cbrt(x);
        }

        if (x < 0 && n == System.Math.Floor(n) && ((long)n & 1) == 1)
        {
            return -System.Math.Pow(-x, 1.0 / n);
        }

        return System.Math.Pow(x, 1.0 / n);
    }

    /// <summary>log base b of x.</summary>
    public static double Log(double b, double x) => b == 10 ? System.Math.Log10(x) : System.Math.Log(x) / System.Math.Log(b);

    /// <summary>x raised to the power y: by repeated multiplication (<see cref="PowInt"/>, within a few
    /// units in the last place) when y is a whole number of magnitude at most 8, as Hill coefficients
    /// and exponents read from parameters often are (a few multiplications instead of a call to
    /// <c>pow</c>), else <see cref="System.Math.Pow"/>.</summary>
    public static double Power(double x, double y) =>
        y == System.Math.Floor(y) && System.Math.Abs(y) <= 8 ? PowInt(x, (int)y) : System.Math.Pow(x, y);

    /// <summary>x raised to the integer power n by repeated multiplication (exact for small n).</summary>
    public static double PowInt(double x, int n)
    {
        var negative = n < 0;
        var m = negative ? -(long)n : n;
        var result = 1.0;
        var b = x;
        while (m > 0)
        {
            if ((m & 1) == 1)
            {
                result *= b;
            }

            b *= b;
            m >>= 1;
        }

        return negative ? 1.0 / result : result;
    }
}
