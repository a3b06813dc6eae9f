namespace Myokinetics.Analysis.Estimation;

/// <summary>Latin-hypercube samples of a box (McKay, Beckman &amp; Conover, Technometrics 21 (1979)
/// 239–245): each coordinate's range cut into n equal strata, one point per stratum, strata paired at
/// random between coordinates.</summary>
internal static class LatinHypercube
{
    /// <summary><paramref name="count"/> points in [lower, upper], drawn from <paramref name="random"/>
    /// in a fixed order (so a seed fixes them).</summary>
    public static double[][] Sample(int count, double[] lower, double[] upper, Random random)
    {
        var dimension = lower.Length;
        var points = new double[count][];
        for (var i = 0; i < count; i++)
        {
            points[i] = new double[dimension];
        }

        for (var j = 0; j < dimension; j++)
        {
            var strata = Enumerable.Range(0, count).ToArray();
            for (var i = count - 1; i > 0; i--)
            {
                var k = random.Next(i + 1);
                (strata[i], strata[k]) = (strata[k], strata[i]);
            }

            for (var i = 0; i < count; i++)
            {
                var u = (strata[i] + random.NextDouble()) / count;
                points[i][j] = lower[j] + (u * (upper[j] - lower[j]));
            }
        }

        return points;
    }
}
