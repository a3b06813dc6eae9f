using Myokinetics.Analysis.Sensitivity;

namespace Myokinetics.Analysis.Tests.Sensitivity;

public sealed class SobolSequenceTests
{
    [Fact]
    public void The_First_Ten_Points_In_Three_Dimensions_Are_The_Published_Ones()
    {
        // Bratley & Fox (1988) / Joe & Kuo (2008) Sobol' points in Gray-code order, starting at 0.
        double[][] expected =
        [
            [0, 0, 0], [0.5, 0.5, 0.5], [0.75, 0.25, 0.25], [0.25, 0.75, 0.75], [0.375, 0.375, 0.625],
            [0.875, 0.875, 0.125], [0.625, 0.125, 0.875], [0.125, 0.625, 0.375], [0.1875, 0.3125, 0.9375], [0.6875, 0.8125, 0.4375],
        ];
        var sequence = new SobolSequence(3);
        var point = new double[3];

        for (var i = 0; i < expected.Length; i++)
        {
            sequence.Point(i, point);
            Assert.Equal(expected[i], point);
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData(7L)]
    public void Every_Coordinate_Of_The_First_2_To_The_M_Points_Puts_One_Point_In_Each_Interval_Of_Width_2_To_The_Minus_M(long? shift)
    {
        const int m = 8;
        var sequence = new SobolSequence(64, shift);
        var point = new double[64];
        var seen = new bool[64, 1 << m];

        for (var i = 0; i < 1 << m; i++)
        {
            sequence.Point(i, point);
            for (var d = 0; d < 64; d++)
            {
                var cell = (int)(point[d] * (1 << m));
                Assert.False(seen[d, cell], $"dimension {d + 1}: two points in cell {cell}");
                seen[d, cell] = true;
            }
        }
    }

    [Fact]
    public void The_First_Two_Dimensions_Form_A_Zero_M_Two_Net_With_One_Point_In_Every_Elementary_Box()
    {
        // 2⁸ points: for every split a + b = 8, each box of 2⁻ᵃ × 2⁻ᵇ holds exactly one point (t = 0).
        const int m = 8;
        var sequence = new SobolSequence(2, shiftSeed: 11);
        var point = new double[2];
        var points = Enumerable.Range(0, 1 << m).Select(i => { sequence.Point(i, point); return (X: point[0], Y: point[1]); }).ToList();

        for (var a = 0; a <= m; a++)
        {
            var b = m - a;
            var boxes = points.Select(p => ((long)(p.X * (1 << a)) << 20) + (long)(p.Y * (1 << b))).Distinct().Count();
            Assert.Equal(1 << m, boxes);
        }
    }
}
