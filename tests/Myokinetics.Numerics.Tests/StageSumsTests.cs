using Myokinetics.Numerics.Integrate;

namespace Myokinetics.Numerics.Tests;

public sealed class StageSumsTests
{
    private static double[] Values(int n, int seed)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, n).Select(_ => (random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-8, 8))).ToArray();
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(8)]
    [InlineData(94)]
    public void The_Vector_Sums_Equal_The_Written_Out_Formulas_To_The_Last_Bit(int n)
    {
        // Given stage vectors of a length that is, or is not, a whole number of vector lanes
        var y = Values(n, 1);
        var k = Enumerable.Range(2, 6).Select(s => Values(n, s)).ToArray();
        const double h = 0.0123;
        double[] a = [0.2, -0.35, 1.7, 0.05, -2.25, 0.9];
        var dst = new double[n];

        // When each sum is formed in vector lanes
        // Then it equals the scalar formula exactly
        StageSums.Axpy(dst, y, h * a[0], k[0]);
        Assert.Equal(Enumerable.Range(0, n).Select(i => y[i] + (h * a[0] * k[0][i])), dst);
        StageSums.Sum2(dst, y, h, a[0], k[0], a[1], k[1]);
        Assert.Equal(Enumerable.Range(0, n).Select(i => y[i] + (h * ((a[0] * k[0][i]) + (a[1] * k[1][i])))), dst);
        StageSums.Sum3(dst, y, h, a[0], k[0], a[1], k[1], a[2], k[2]);
        Assert.Equal(Enumerable.Range(0, n).Select(i => y[i] + (h * ((a[0] * k[0][i]) + (a[1] * k[1][i]) + (a[2] * k[2][i])))), dst);
        StageSums.Sum4(dst, y, h, a[0], k[0], a[1], k[1], a[2], k[2], a[3], k[3]);
        Assert.Equal(Enumerable.Range(0, n).Select(i => y[i] + (h * ((a[0] * k[0][i]) + (a[1] * k[1][i]) + (a[2] * k[2][i]) + (a[3] * k[3][i])))), dst);
        StageSums.Sum5(dst, y, h, a[0], k[0], a[1], k[1], a[2], k[2], a[3], k[3], a[4], k[4]);
        Assert.Equal(Enumerable.Range(0, n).Select(i => y[i] + (h * ((a[0] * k[0][i]) + (a[1] * k[1][i]) + (a[2] * k[2][i]) + (a[3] * k[3][i]) + (a[4] * k[4][i])))), dst);
        StageSums.Scaled6(dst, h, a[0], k[0], a[1], k[1], a[2], k[2], a[3], k[3], a[4], k[4], a[5], k[5]);
        Assert.Equal(
            Enumerable.Range(0, n).Select(i => h * ((a[0] * k[0][i]) + (a[1] * k[1][i]) + (a[2] * k[2][i]) + (a[3] * k[3][i]) + (a[4] * k[4][i]) + (a[5] * k[5][i]))),
            dst);
    }

    [Fact]
    public void The_Dense_Output_Coefficients_Equal_Shampines_Formulas_To_The_Last_Bit()
    {
        const int n = 13;
        var y0 = Values(n, 11);
        var y1 = Values(n, 12);
        var k1 = Values(n, 13);
        var k7 = Values(n, 14);
        const double h = 0.37;
        var c = Enumerable.Range(0, 4).Select(_ => new double[n]).ToArray();
        StageSums.DenseOutput(y0, y1, h, k1, k7, c[0], c[1], c[2], c[3]);
        for (int i = 0; i < n; i++)
        {
            double difference = y1[i] - y0[i];
            double spline = (h * k1[i]) - difference;
            Assert.Equal(y0[i], c[0][i]);
            Assert.Equal(difference, c[1][i]);
            Assert.Equal(spline, c[2][i]);
            Assert.Equal(difference - (h * k7[i]) - spline, c[3][i]);
        }
    }

    [Theory]
    [InlineData(3)]
    [InlineData(94)]
    public void The_Error_Norm_Is_The_Scaled_Root_Mean_Square(int n)
    {
        // Given errors, two states and tolerances (Hairer's norm, Solving ODEs I, (4.11))
        var err = Values(n, 21);
        var y0 = Values(n, 22);
        var y1 = Values(n, 23);
        var atol = Enumerable.Range(0, n).Select(i => 1e-10 * (1 + i)).ToArray();
        const double rtol = 1e-6;
        double sum = 0;
        for (int i = 0; i < n; i++)
        {
            double q = err[i] / (atol[i] + (rtol * Math.Max(Math.Abs(y0[i]), Math.Abs(y1[i]))));
            sum += q * q;
        }

        // Then the vector norm agrees with the sequential sum to rounding (the lanes add in another order)
        double expected = Math.Sqrt(sum / n);
        Assert.Equal(expected, StageSums.ErrorNorm(err, y0, y1, atol, rtol), expected * 1e-14);
    }
}
