using System.Globalization;
using System.Text;

namespace Myokinetics.Lab.Tests.Secretome;

/// <summary>
/// Builds a MaxQuant-shaped proteinGroups.txt from a seeded generator: four control and four EPS
/// samples; each protein's log2 abundance drawn from N(26, 2²), sample noise N(0, 0.25²); the planted
/// changed proteins (P1xxxx accessions) shift by ±3 log2 units in EPS; one protein (Q00001, log2 28) is
/// seen only in EPS; every tenth unchanged protein misses one control value. Decoys, contaminants and
/// site-only rows carry huge changes, so they would be found if they were not dropped. Columns follow
/// MaxQuant: Protein IDs, Majority protein IDs, Gene names, Intensity/iBAQ/LFQ intensity per sample,
/// the iBAQ total, Only identified by site, Reverse, the contaminant flag, id.
/// </summary>
internal static class SyntheticProteinGroups
{
    public static readonly string[] Control = ["control_1", "control_2", "control_3", "control_4"];
    public static readonly string[] Eps = ["EPS_1", "EPS_2", "EPS_3", "EPS_4"];

    public const string EpsOnly = "Q00001";

    /// <summary>The planted changed proteins' accessions (6 up, 2 down).</summary>
    public static string[] Changed { get; } = [.. Enumerable.Range(0, 8).Select(i => $"P1{i:D4}")];

    public static string SampleSheet => "sample,group\n" + string.Join(string.Empty, Control.Select(s => $"{s},control\n")) + string.Join(string.Empty, Eps.Select(s => $"{s},EPS\n"));

    /// <summary>The file text.</summary>
    /// <param name="seed">The generator's seed.</param>
    /// <param name="lfq">Whether to write LFQ intensity columns (the iBAQ columns are always written).</param>
    /// <param name="contaminantColumn">"Potential contaminant" (MaxQuant ≥ 1.6) or "Contaminant" (older).</param>
    /// <param name="unchanged">How many unchanged proteins.</param>
    public static string Build(int seed, bool lfq = true, string contaminantColumn = "Potential contaminant", int unchanged = 100)
    {
        var random = new Random(seed);
        double Normal() => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
        var samples = Control.Concat(Eps).ToArray();
        var header = new List<string> { "Protein IDs", "Majority protein IDs", "Gene names" };
        header.AddRange(samples.Select(s => $"Intensity {s}"));
        header.Add("iBAQ");
        header.AddRange(samples.Select(s => $"iBAQ {s}"));
        if (lfq)
        {
            header.AddRange(samples.Select(s => $"LFQ intensity {s}"));
        }

        header.AddRange(["Only identified by site", "Reverse", contaminantColumn, "id"]);
        var text = new StringBuilder(string.Join('\t', header)).Append('\n');
        var id = 0;
        void Row(string accession, string gene, double shift, bool[] missing, string site = "", string reverse = "", string contaminant = "", double? level = null)
        {
            var baseline = level ?? 26 + (2 * Normal());
            var peptides = 5 + random.Next(40);
            var log2 = samples.Select((_, j) => missing[j] ? double.NaN : baseline + (j >= Control.Length ? shift : 0) + (0.25 * Normal())).ToArray();
            string Value(double l, double scale) => double.IsNaN(l) ? "0" : (Math.Pow(2, l) / scale).ToString("R", CultureInfo.InvariantCulture);
            var cells = new List<string> { $"{accession};{accession}-2", accession, gene };
            cells.AddRange(log2.Select(l => Value(l, 0.9)));
            cells.Add(Value(Math.Log2(log2.Where(double.IsFinite).Sum(l => Math.Pow(2, l))), peptides));
            cells.AddRange(log2.Select(l => Value(l, peptides)));
            if (lfq)
            {
                cells.AddRange(log2.Select(l => Value(l, 1)));
            }

            cells.AddRange([site, reverse, contaminant, (id++).ToString(CultureInfo.InvariantCulture)]);
            text.Append(string.Join('\t', cells)).Append('\n');
        }

        var none = new bool[samples.Length];
        for (var i = 0; i < Changed.Length; i++)
        {
            Row(Changed[i], $"CHG{i}", i < 6 ? 3 : -3, none);
        }

        Row(EpsOnly, "EPSONLY", 0, [.. samples.Select((_, j) => j < Control.Length)], level: 28);
        for (var i = 0; i < unchanged; i++)
        {
            Row($"P2{i:D4}", $"UNC{i}", 0, [.. samples.Select((_, j) => i % 10 == 0 && j == 1)]);
        }

        Row("REV__P90000", string.Empty, 5, none, reverse: "+");
        Row("CON__P90001", "KRT1", 5, none, contaminant: "+");
        Row("P90002", "SITE", 5, none, site: "+");
        return text.ToString();
    }
}
