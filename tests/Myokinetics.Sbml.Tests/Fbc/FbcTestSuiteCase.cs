using System.Globalization;

namespace Myokinetics.Sbml.Tests.Fbc;

/// <summary>One SBML Test Suite flux balance case: its model file, the variables it asks for, its
/// tolerances and its expected row (the results file of such a case has one header row and one data
/// row; non-finite values are written NaN, INF, -INF).</summary>
internal sealed record FbcTestSuiteCase(
    string Number,
    string ModelFile,
    double Absolute,
    double Relative,
    IReadOnlyList<(string Id, double Expected)> Expected)
{
    /// <summary>The numbers of every case whose testType is FluxBalanceSteadyState in cases.tsv.</summary>
    public static IReadOnlyList<string> Numbers() =>
        File.ReadLines(Path.Combine(TestSuiteCases.Directory, "cases.tsv"))
            .Skip(1)
            .Select(line => line.Split('\t'))
            .Where(cols => cols.Length > 2 && cols[2] == "FluxBalanceSteadyState")
            .Select(cols => cols[0])
            .ToList();

    public static FbcTestSuiteCase Load(string number)
    {
        var directory = Path.Combine(TestSuiteCases.Directory, number);
        var settings = File.ReadLines(Path.Combine(directory, $"{number}-settings.txt"))
            .Where(line => line.Contains(':', StringComparison.Ordinal))
            .Select(line => line.Split(':', 2))
            .ToDictionary(kv => kv[0].Trim(), kv => kv[1].Trim(), StringComparer.Ordinal);
        var rows = File.ReadLines(Path.Combine(directory, $"{number}-results.csv"))
            .Where(line => !string.IsNullOrWhiteSpace(line))
            .ToList();
        var header = rows[0].Split(',').Select(h => h.Trim()).ToList();
        var values = rows[1].Split(',').Select(Parse).ToList();
        var model = Directory.EnumerateFiles(directory, $"{number}-sbml-*.xml").Order(StringComparer.Ordinal).Last();
        return new FbcTestSuiteCase(
            number,
            model,
            double.Parse(settings["absolute"], CultureInfo.InvariantCulture),
            double.Parse(settings["relative"], CultureInfo.InvariantCulture),
            header.Zip(values).ToList());
    }

    /// <summary>The suite's rule for one point: |expected − actual| ≤ absolute + relative·|expected|,
    /// NaN meets only NaN, an infinity only the same infinity.</summary>
    public bool Passes(double expected, double actual)
    {
        if (double.IsNaN(expected) || double.IsNaN(actual))
        {
            return double.IsNaN(expected) && double.IsNaN(actual);
        }

        if (double.IsInfinity(expected) || double.IsInfinity(actual))
        {
            return expected == actual;
        }

        return Math.Abs(expected - actual) <= Absolute + Relative * Math.Abs(expected);
    }

    private static double Parse(string text)
    {
        var t = text.Trim().ToUpperInvariant();
        return t switch
        {
            "INF" or "+INF" => double.PositiveInfinity,
            "-INF" => double.NegativeInfinity,
            _ when t.Contains("NAN", StringComparison.Ordinal) => double.NaN,
            _ => double.Parse(t, CultureInfo.InvariantCulture),
        };
    }
}
