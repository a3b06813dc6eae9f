using System.Globalization;
using System.Text;
using Myokinetics.Lab.Assays;

namespace Myokinetics.Lab.Tests.Assays;

/// <summary>
/// Builds tidy plate CSV from a known curve: eight standards (1:4 serial from 10,000 pg/mL) in
/// duplicate, four blanks, unknowns in duplicate; MFI with multiplicative Gaussian noise of a given CV
/// from a seeded generator, so every run sees the same plate.
/// </summary>
internal sealed class SyntheticPlate
{
    private readonly StringBuilder text = new("well,type,analyte,mfi,expected,dilution,sample\n");
    private readonly Random random;
    private readonly double cv;
    private int row;

    public SyntheticPlate(int seed, double cv)
    {
        random = new Random(seed);
        this.cv = cv;
    }

    public static double[] StandardLevels { get; } = Enumerable.Range(0, 8).Select(i => 10000 / Math.Pow(4, i)).ToArray();

    public string Text => text.ToString();

    public SyntheticPlate Standards(string analyte, LogisticCurve curve, int replicates = 2)
    {
        foreach (var level in StandardLevels)
        {
            for (var r = 0; r < replicates; r++)
            {
                Add("standard", analyte, Noisy(curve.Evaluate(level)), level.ToString("R", CultureInfo.InvariantCulture), "1", $"S{level.ToString("R", CultureInfo.InvariantCulture)}");
            }
        }

        return this;
    }

    public SyntheticPlate Blanks(string analyte, LogisticCurve curve, int count = 4)
    {
        for (var r = 0; r < count; r++)
        {
            Add("blank", analyte, Noisy(curve.A), string.Empty, "1", "blank");
        }

        return this;
    }

    /// <summary>An unknown in duplicate whose undiluted concentration is <paramref name="concentration"/>·<paramref name="dilution"/>.</summary>
    public SyntheticPlate Unknown(string analyte, LogisticCurve curve, string sample, double concentration, double dilution = 1)
    {
        for (var r = 0; r < 2; r++)
        {
            Add("unknown", analyte, Noisy(curve.Evaluate(concentration / dilution)), string.Empty, dilution.ToString("R", CultureInfo.InvariantCulture), sample);
        }

        return this;
    }

    /// <summary>An unknown well with the given MFI exactly.</summary>
    public SyntheticPlate Raw(string type, string analyte, string sample, double mfi)
    {
        Add(type, analyte, mfi, string.Empty, "1", sample);
        return this;
    }

    public double Normal()
    {
        var u1 = 1 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }

    private double Noisy(double mfi) => mfi * (1 + (cv * Normal()));

    private void Add(string type, string analyte, double mfi, string expected, string dilution, string sample)
    {
        var well = $"{(char)('A' + (row / 12 % 8))}{(row % 12) + 1}";
        row++;
        text.Append(CultureInfo.InvariantCulture, $"{well},{type},{analyte},{mfi.ToString("R", CultureInfo.InvariantCulture)},{expected},{dilution},{sample}\n");
    }
}
