using System.Globalization;

namespace Myokinetics.Cli.Tests;

/// <summary>A parsed CSV time course: header and numeric rows.</summary>
internal sealed record Csv(string[] Header, double[][] Rows)
{
    public static Csv Parse(string text)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var header = lines[0].Split(',');
        var rows = lines.Skip(1)
            .Select(l => l.Split(',').Select(v => double.Parse(v, NumberStyles.Float, CultureInfo.InvariantCulture)).ToArray())
            .ToArray();
        return new Csv(header, rows);
    }

    public double[] Column(string name)
    {
        var index = Array.IndexOf(Header, name);
        Assert.True(index >= 0, $"no column '{name}' in {string.Join(",", Header)}");
        return Rows.Select(r => r[index]).ToArray();
    }
}
