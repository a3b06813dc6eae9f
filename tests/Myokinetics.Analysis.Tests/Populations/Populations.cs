using Myokinetics.Analysis.Populations;

namespace Myokinetics.Analysis.Tests.Populations;

/// <summary>Population files written inline for the tests.</summary>
internal static class Populations
{
    public static PopulationDefinition Parse(string yaml) => PopulationFile.Read(new StringReader(yaml), "test.yaml");

    /// <summary>Draws subjects 1 to <paramref name="n"/>: one array per parameter.</summary>
    public static double[][] Draw(PopulationSampler sampler, int n)
    {
        var columns = sampler.ParameterIds.Select(_ => new double[n]).ToArray();
        var row = new double[sampler.ParameterIds.Length];
        for (var i = 0; i < n; i++)
        {
            sampler.Draw(i + 1, row);
            for (var k = 0; k < row.Length; k++)
            {
                columns[k][i] = row[k];
            }
        }

        return columns;
    }

    public static double Mean(double[] x) => x.Average();

    public static double Sd(double[] x)
    {
        var mean = x.Average();
        return Math.Sqrt(x.Sum(v => (v - mean) * (v - mean)) / (x.Length - 1));
    }

    /// <summary>The exact type-7 percentile of <paramref name="x"/>.</summary>
    public static double Percentile(double[] x, double p)
    {
        var sorted = x.Order().ToArray();
        var h = (sorted.Length - 1) * p;
        var low = (int)Math.Floor(h);
        return low + 1 < sorted.Length ? sorted[low] + ((h - low) * (sorted[low + 1] - sorted[low])) : sorted[low];
    }
}
