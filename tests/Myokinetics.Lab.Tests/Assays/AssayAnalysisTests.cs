using Myokinetics.Lab.Assays;
using Xunit.Abstractions;

namespace Myokinetics.Lab.Tests.Assays;

public sealed class AssayAnalysisTests(ITestOutputHelper log)
{
    private static readonly LogisticCurve Il6 = new(A: 30, B: 1.1, C: 800, D: 25000, G: 0.5);
    private static readonly LogisticCurve Irisin = new(A: 80, B: 0.9, C: 2000, D: 18000, G: 1.8);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void A_Noisy_5pl_Plate_Recovers_In_Range_Concentrations_Within_Ten_Percent(int seed)
    {
        var plate = new SyntheticPlate(seed, cv: 0.05).Standards("IL-6", Il6).Standards("Irisin", Irisin).Blanks("IL-6", Il6).Blanks("Irisin", Irisin);
        var truth = new Dictionary<(string, string), double>();
        var concentrations = new Random(seed + 100);
        foreach (var (analyte, curve) in new[] { ("IL-6", Il6), ("Irisin", Irisin) })
        {
            for (var i = 0; i < 20; i++)
            {
                // Log-uniform between 10 and 2,500 pg/mL, well inside the standards (0.6–10,000).
                var c = Math.Exp(Math.Log(10) + (concentrations.NextDouble() * Math.Log(250)));
                plate.Unknown(analyte, curve, $"U{i}", c);
                truth[(analyte, $"U{i}")] = c;
            }
        }

        var wells = PlateCsv.Parse(plate.Text, "plate.csv");
        var result = AssayAnalysis.Analyze(wells, new AssayOptions());

        foreach (var analyte in new[] { "IL-6", "Irisin" })
        {
            var errors = wells.Zip(result.Wells)
                .Where(p => p.First.Type == WellType.Unknown && p.First.Analyte == analyte)
                .Select(p => Math.Abs((p.Second.Concentration / truth[(analyte, p.First.Sample)]) - 1))
                .Order()
                .ToList();
            Assert.Equal(40, errors.Count);
            var median = (errors[19] + errors[20]) / 2;
            var curveOf = analyte == "IL-6" ? Il6 : Irisin;
            var ideal = wells.Where(w => w.Type == WellType.Unknown && w.Analyte == analyte).Select(w => Math.Abs((curveOf.Inverse(w.Mfi) / truth[(analyte, w.Sample)]) - 1)).Order().ToList();
            log.WriteLine($"{analyte} seed {seed}: median relative error {median:P2}, largest {errors[^1]:P2}; with the true curve {(ideal[19] + ideal[20]) / 2:P2}");
            Assert.True(median < 0.10, $"{analyte} seed {seed}: median relative error {median:P1}");
        }
    }

    [Fact]
    public void Mfi_Beyond_The_Asymptotes_Is_Flagged_Out_Of_Range_Without_A_Concentration()
    {
        var plate = new SyntheticPlate(7, cv: 0.05).Standards("IL-6", Il6).Blanks("IL-6", Il6)
            .Raw("unknown", "IL-6", "high", Il6.D * 2)
            .Raw("unknown", "IL-6", "low", Il6.A / 3);

        var result = AssayAnalysis.Analyze(PlateCsv.Parse(plate.Text, "plate.csv"), new AssayOptions());

        var flagged = result.Wells.Where(w => w.Type == WellType.Unknown).ToList();
        Assert.Equal(2, flagged.Count);
        Assert.All(flagged, w => Assert.Equal(["out-of-range"], w.Flags.ToArray()));
        Assert.All(flagged, w => Assert.True(double.IsNaN(w.Concentration)));
    }

    [Fact]
    public void Noise_Free_Standards_All_Recover_So_The_Limits_Are_The_Outer_Standards_And_Samples_Beyond_Are_Flagged()
    {
        var plate = new SyntheticPlate(1, cv: 0).Standards("IL-6", Il6)
            .Unknown("IL-6", Il6, "below", 0.2)
            .Unknown("IL-6", Il6, "inside", 100)
            .Unknown("IL-6", Il6, "above", 30000);

        var result = AssayAnalysis.Analyze(PlateCsv.Parse(plate.Text, "plate.csv"), new AssayOptions());

        var analyte = Assert.Single(result.Analytes);
        Assert.All(analyte.Standards, s => Assert.True(s.Accepted));
        Assert.Equal(SyntheticPlate.StandardLevels.Min(), analyte.Lloq);
        Assert.Equal(SyntheticPlate.StandardLevels.Max(), analyte.Uloq);
        Assert.Null(analyte.Lod);
        string Flags(string sample) => string.Join(';', result.Wells.Zip(PlateCsv.Parse(plate.Text, "plate.csv")).First(p => p.Second.Sample == sample).First.Flags);
        Assert.Equal("<LLOQ", Flags("below"));
        Assert.Equal(string.Empty, Flags("inside"));
        Assert.Equal(">ULOQ", Flags("above"));
    }

    [Fact]
    public void The_Dilution_Multiplies_The_Back_Calculated_Concentration()
    {
        var plate = new SyntheticPlate(1, cv: 0).Standards("IL-6", Il6).Unknown("IL-6", Il6, "diluted", 400, dilution: 4);

        var result = AssayAnalysis.Analyze(PlateCsv.Parse(plate.Text, "plate.csv"), new AssayOptions());

        var unknown = result.Wells.Where(w => w.Type == WellType.Unknown).ToList();
        Assert.All(unknown, w => Assert.Equal(400, w.Concentration, 1e-4 * 400));
        Assert.All(unknown, w => Assert.Equal(4, w.Dilution));
    }

    [Fact]
    public void The_Lod_Is_The_Concentration_At_The_Blank_Mean_Plus_Three_Sd()
    {
        var plate = new SyntheticPlate(1, cv: 0).Standards("IL-6", Il6)
            .Raw("blank", "IL-6", "b", 40).Raw("blank", "IL-6", "b", 44).Raw("blank", "IL-6", "b", 48);

        var result = AssayAnalysis.Analyze(PlateCsv.Parse(plate.Text, "plate.csv"), new AssayOptions());

        // Mean 44, sample SD 4, so the LOD is where the fitted curve reaches 44 + 12 = 56.
        var analyte = Assert.Single(result.Analytes);
        Assert.NotNull(analyte.Lod);
        Assert.Equal(56, analyte.Fit.Curve.Evaluate(analyte.Lod.Value), 1e-9);
        Assert.Equal(Il6.Inverse(56), analyte.Lod.Value, 1e-4 * analyte.Lod.Value);
    }

    [Fact]
    public void Replicates_Whose_Cv_Exceeds_Twenty_Percent_Are_Flagged()
    {
        var mid = Il6.Evaluate(100);
        var plate = new SyntheticPlate(1, cv: 0).Standards("IL-6", Il6)
            .Raw("unknown", "IL-6", "spread", mid * 0.75).Raw("unknown", "IL-6", "spread", mid * 1.25)
            .Raw("unknown", "IL-6", "tight", mid * 0.95).Raw("unknown", "IL-6", "tight", mid * 1.05);

        var result = AssayAnalysis.Analyze(PlateCsv.Parse(plate.Text, "plate.csv"), new AssayOptions());

        var unknown = result.Wells.Where(w => w.Type == WellType.Unknown).Select(w => string.Join(';', w.Flags)).ToList();
        Assert.Equal(["high-CV", "high-CV", string.Empty, string.Empty], unknown);
    }

    [Fact]
    public void A_Standard_Level_That_Does_Not_Recover_Does_Not_Set_The_Limits()
    {
        var text = new SyntheticPlate(1, cv: 0).Standards("IL-6", Il6).Text;
        // The lowest standard's MFI is doubled: its recovery is far from 100 % and the LLOQ moves up.
        var lowest = SyntheticPlate.StandardLevels.Min().ToString("R", System.Globalization.CultureInfo.InvariantCulture);
        var wells = PlateCsv.Parse(text, "plate.csv")
            .Select(w => w.Expected == SyntheticPlate.StandardLevels.Min() ? w with { Mfi = w.Mfi * 2 } : w)
            .ToList();

        var analyte = Assert.Single(AssayAnalysis.Analyze(wells, new AssayOptions(Model: CurveModel.FourParameter)).Analytes);

        Assert.False(analyte.Standards[0].Accepted);
        Assert.True(analyte.Lloq > SyntheticPlate.StandardLevels.Min(), $"LLOQ {analyte.Lloq} with lowest standard {lowest}");
    }

    [Fact]
    public void The_Result_Csv_Has_One_Row_Per_Plate_Row_With_Empty_Concentration_When_Out_Of_Range()
    {
        var plate = new SyntheticPlate(1, cv: 0).Standards("IL-6", Il6).Raw("unknown", "IL-6", "x", Il6.D * 2);
        var result = AssayAnalysis.Analyze(PlateCsv.Parse(plate.Text, "plate.csv"), new AssayOptions());
        using var writer = new StringWriter { NewLine = "\n" };

        AssayResultCsv.Write(result, writer);

        var lines = writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(AssayResultCsv.Header, lines[0]);
        Assert.Equal(18, lines.Length);
        Assert.StartsWith("A1,IL-6,standard,", lines[1], StringComparison.Ordinal);
        Assert.EndsWith(",unknown,50000,,1,out-of-range", lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_Falling_Curve_As_In_Competitive_Assays_Is_Fitted_And_Inverted_Alike()
    {
        var falling = new LogisticCurve(A: 15000, B: 1.0, C: 200, D: 100, G: 1);
        var plate = new SyntheticPlate(1, cv: 0).Standards("cortisol", falling)
            .Raw("blank", "cortisol", "b", 15000).Raw("blank", "cortisol", "b", 14800)
            .Unknown("cortisol", falling, "s", 50);

        var result = AssayAnalysis.Analyze(PlateCsv.Parse(plate.Text, "plate.csv"), new AssayOptions(Model: CurveModel.FourParameter));

        var analyte = Assert.Single(result.Analytes);
        Assert.Equal(falling.C, analyte.Fit.Curve.C, 1e-5 * falling.C);
        Assert.NotNull(analyte.Lod);
        // Blanks 15,000 and 14,800: mean 14,900, SD √20,000; on a falling curve the LOD is at mean − 3 SD.
        Assert.Equal(falling.Inverse(14900 - (3 * Math.Sqrt(20000))), analyte.Lod.Value, 1e-5 * analyte.Lod.Value);
        Assert.All(result.Wells.Where(w => w.Type == WellType.Unknown), w => Assert.Equal(50, w.Concentration, 1e-5 * 50));
    }

    [Fact]
    public void A_Cancelled_Analysis_Stops()
    {
        var plate = new SyntheticPlate(1, cv: 0.05).Standards("IL-6", Il6);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.Throws<OperationCanceledException>(() => AssayAnalysis.Analyze(PlateCsv.Parse(plate.Text, "plate.csv"), new AssayOptions(), cancelled.Token));
    }
}
