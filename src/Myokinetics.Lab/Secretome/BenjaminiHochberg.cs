namespace Myokinetics.Lab.Secretome;

/// <summary>False discovery rate control by the Benjamini–Hochberg step-up procedure (Benjamini &amp; Hochberg 1995).</summary>
public static class BenjaminiHochberg
{
    /// <summary>The adjusted p-values (q-values): for the p-value of rank k among m (ascending),
    /// q = min over j ≥ k of min(1, p₍ⱼ₎·m/j). Ties are ranked in input order, which does not change q.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A p-value outside [0, 1] or NaN.</exception>
    public static double[] Adjust(IReadOnlyList<double> pValues)
    {
        ArgumentNullException.ThrowIfNull(pValues);
        var m = pValues.Count;
        for (var i = 0; i < m; i++)
        {
            if (!(pValues[i] >= 0 && pValues[i] <= 1))
            {
                throw new ArgumentOutOfRangeException(nameof(pValues), pValues[i], $"p-value {i} is not in [0, 1]");
            }
        }

        var order = Enumerable.Range(0, m).OrderBy(i => pValues[i]).ThenBy(i => i).ToArray();
        var q = new double[m];
        var running = 1.0;
        for (var k = m - 1; k >= 0; k--)
        {
            var i = order[k];
            running = Math.Min(running, pValues[i] * m / (k + 1));
            q[i] = running;
        }

        return q;
    }
}
