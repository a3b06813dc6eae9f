using System.Globalization;
using System.Text;
using Myokinetics.Lab.Assays;

namespace Myokinetics.Lab.Tests.Assays;

/// <summary>
/// Writes a plate twice, as an xPONENT-shaped CSV export (header lines, Results, Median, Count and
/// Dilution Factor sections, quoted <c>DataType:</c> lines and locations such as <c>"1(1,A1)"</c>,
/// as in xPONENT exports) and as the equivalent tidy plate, with the same MFI. Two analytes from
/// known 4PL/5PL curves with seeded 3 % CV noise; seven standards (1:4 from 10,000) in duplicate, two
/// backgrounds, a control and three unknowns in duplicate (one diluted 1:2).
/// </summary>
internal sealed class XponentExport
{
    public static readonly LogisticCurve Il6 = new(A: 30, B: 1.1, C: 600, D: 20000, G: 0.7);
    public static readonly LogisticCurve Irisin = new(A: 60, B: 0.9, C: 2000, D: 15000, G: 1);
    public static readonly string[] Analytes = ["IL-6", "Irisin"];

    private readonly List<(string Well, string Sample, double[] Mfi, int[] Beads, double Dilution)> rows = [];

    public XponentExport(int seed = 11, int beads = 60)
    {
        var random = new Random(seed);
        double Noisy(double value) => Math.Round(value * (1 + (0.03 * Gaussian(random))), 1);
        var index = 0;
        void Add(string sample, double concentration, double dilution)
        {
            var well = $"{(char)('A' + (index % 8))}{(index / 8) + 1}";
            index++;
            double[] mfi = [Noisy(Il6.Evaluate(concentration / dilution)), Noisy(concentration == 0 ? Irisin.A : Irisin.Evaluate(concentration / dilution))];
            if (concentration == 0)
            {
                mfi[0] = Noisy(Il6.A);
            }

            rows.Add((well, sample, mfi, [beads, beads + 5], dilution));
        }

        for (var i = 0; i < 7; i++)
        {
            Add($"Standard{i + 1}", Level(i), 1);
            Add($"Standard{i + 1}", Level(i), 1);
        }

        Add("Background0", 0, 1);
        Add("Background0", 0, 1);
        Add("Control1", ControlConcentration, 1);
        Add("Control1", ControlConcentration, 1);
        foreach (var (name, concentration, dilution) in new[] { ("Unknown1", 40.0, 1.0), ("Unknown2", 900.0, 1.0), ("Unknown3", 3000.0, 2.0) })
        {
            Add(name, concentration, dilution);
            Add(name, concentration, dilution);
        }
    }

    public static double ControlConcentration => 250;

    public int RowCount => rows.Count;

    public static double Level(int i) => 10000 / Math.Pow(4, i);

    /// <summary>Sets the bead count of one well (0-based row) and analyte.</summary>
    public XponentExport WithBeads(int row, int analyte, int beads)
    {
        rows[row].Beads[analyte] = beads;
        return this;
    }

    /// <summary>The standards file: every standard level and the control for both analytes.</summary>
    public static string Standards(double controlNominal = 250)
    {
        var text = new StringBuilder("sample,analyte,expected\n");
        foreach (var analyte in Analytes)
        {
            for (var i = 0; i < 7; i++)
            {
                text.Append(CultureInfo.InvariantCulture, $"Standard{i + 1},{analyte},{Number(Level(i))}\n");
            }

            text.Append(CultureInfo.InvariantCulture, $"Control1,{analyte},{Number(controlNominal)}\n");
        }

        return text.ToString();
    }

    /// <summary>The export's text.</summary>
    /// <param name="dataType">The MFI section's name (Median or Net MFI).</param>
    /// <param name="expectedSection">Whether to write the export's own Standard Expected Concentration
    /// section (<c>Reagent,IL-6,Irisin</c>, one row per standard, the layout public parsers of real
    /// exports read) and a Control Expected Concentration section after it.</param>
    public string Export(string dataType = "Median", bool expectedSection = false)
    {
        var text = new StringBuilder();
        text.Append("Program,xPONENT,,MAGPIX\nBuild,4.3.229.0\nDate,11/20/2026,10:12 AM\n\nSN,MAGPX12345678\nBatch,Myokine_EPS_plate1\nProtocolName,Human Myokine Panel\n\n");
        text.Append("Most Recent Calibration and Verification Results:\nLast CAL Calibration,Passed 11/19/2026 09:01:44\n\n");
        text.Append("Samples,36,Min Events,50 Per Bead\n\nResults\n\n");
        Table(text, dataType, r => r.Mfi.Select(Number));
        Table(text, "Count", r => r.Beads.Select(b => b.ToString(CultureInfo.InvariantCulture)));
        text.Append("\"DataType:\",\"Units\"\nAnalyte:,IL-6,Irisin\nBeadID:,26,34\nUnits:,Bead,Bead\n\n");
        if (expectedSection)
        {
            text.Append("\"DataType:\",\"Standard Expected Concentration\"\nReagent,IL-6,Irisin\n");
            for (var i = 0; i < 7; i++)
            {
                text.Append(CultureInfo.InvariantCulture, $"Standard{i + 1},{Number(Level(i))},{Number(Level(i))}\n");
            }

            text.Append("\n\"DataType:\",\"Control Expected Concentration\"\nReagent,IL-6,Irisin\nControl1,250,250\n\n");
        }

        text.Append("\"DataType:\",\"Dilution Factor\"\nLocation,Sample,Dilution Factor\n");
        for (var i = 0; i < rows.Count; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"\"{i + 1}(1,{rows[i].Well})\",{rows[i].Sample},{Number(rows[i].Dilution)}\n");
        }

        text.Append("\n\"DataType:\",\"Warnings/Errors\"\nLocation,Status,Message\n\n-- CRC --,,,\nCRC,ABCD1234\n");
        return text.ToString();
    }

    /// <summary>The same plate as a tidy plate file, rows in the export's order (well, then analyte).</summary>
    public string Tidy()
    {
        var text = new StringBuilder("well,type,analyte,mfi,expected,dilution,sample\n");
        foreach (var row in rows)
        {
            var type = row.Sample.StartsWith("Standard", StringComparison.Ordinal) ? "standard"
                : row.Sample.StartsWith("Background", StringComparison.Ordinal) ? "blank"
                : row.Sample.StartsWith("Control", StringComparison.Ordinal) ? "control" : "unknown";
            for (var a = 0; a < Analytes.Length; a++)
            {
                var expected = type == "standard" ? Number(Level(int.Parse(row.Sample["Standard".Length..], CultureInfo.InvariantCulture) - 1))
                    : type == "control" ? Number(ControlConcentration) : string.Empty;
                text.Append(CultureInfo.InvariantCulture, $"{row.Well},{type},{Analytes[a]},{Number(row.Mfi[a])},{expected},{Number(row.Dilution)},{row.Sample}\n");
            }
        }

        return text.ToString();
    }

    private void Table(StringBuilder text, string dataType, Func<(string Well, string Sample, double[] Mfi, int[] Beads, double Dilution), IEnumerable<string>> values)
    {
        text.Append(CultureInfo.InvariantCulture, $"\"DataType:\",\"{dataType}\"\nLocation,Sample,IL-6,Irisin,Total Events\n");
        for (var i = 0; i < rows.Count; i++)
        {
            var total = rows[i].Beads.Sum() + 3;
            text.Append(CultureInfo.InvariantCulture, $"\"{i + 1}(1,{rows[i].Well})\",{rows[i].Sample},{string.Join(',', values(rows[i]))},{total}\n");
        }

        text.Append('\n');
    }

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
