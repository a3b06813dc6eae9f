using Myokinetics.Core.Diagnostics;
using Myokinetics.Lab.Assays;

namespace Myokinetics.Lab.Tests.Assays;

public sealed class XponentCsvTests
{
    private static readonly Dictionary<(string Sample, string Analyte), double> Standards = XponentCsv.ParseStandards(XponentExport.Standards(), "standards.csv");

    [Fact]
    public void An_Export_Reads_Wells_Types_Dilutions_And_Bead_Counts_From_Its_Sections()
    {
        var wells = XponentCsv.Parse(new XponentExport().Export(), "plate.csv", Standards, "standards.csv");

        Assert.Equal(2 * 24, wells.Length);
        Assert.Equal(new PlateWell("A1", WellType.Standard, "IL-6", wells[0].Mfi, 10000, 1, "Standard1", 18, 60), wells[0]);
        Assert.Equal("Irisin", wells[1].Analyte);
        Assert.Equal(65, wells[1].Beads);
        Assert.Equal(WellType.Blank, wells.Single(w => w.Well == "G2" && w.Analyte == "IL-6").Type);
        var control = wells.Single(w => w.Well == "A3" && w.Analyte == "IL-6");
        Assert.Equal((WellType.Control, 250.0, "Control1"), (control.Type, control.Expected!.Value, control.Sample));
        Assert.All(wells.Where(w => w.Sample == "Unknown3"), w => Assert.Equal(2, w.Dilution));
        Assert.All(wells.Where(w => w.Type == WellType.Unknown), w => Assert.Null(w.Expected));
    }

    [Fact]
    public void An_Export_Gives_The_Same_Concentrations_As_The_Equivalent_Tidy_Plate()
    {
        var plate = new XponentExport();
        var options = new AssayOptions();

        var fromExport = AssayAnalysis.Analyze(XponentCsv.Parse(plate.Export(), "plate.csv", Standards, "standards.csv"), options);
        var fromTidy = AssayAnalysis.Analyze(PlateCsv.Parse(plate.Tidy(), "tidy.csv"), options);

        Assert.Equal(fromTidy.Wells.Length, fromExport.Wells.Length);
        for (var i = 0; i < fromTidy.Wells.Length; i++)
        {
            Assert.Equal((fromTidy.Wells[i].Well, fromTidy.Wells[i].Analyte, fromTidy.Wells[i].Type), (fromExport.Wells[i].Well, fromExport.Wells[i].Analyte, fromExport.Wells[i].Type));
            Assert.Equal(fromTidy.Wells[i].Concentration, fromExport.Wells[i].Concentration);
            Assert.Equal(string.Join(";", fromTidy.Wells[i].Flags), string.Join(";", fromExport.Wells[i].Flags));
        }

        // The in-range unknowns come back near their planted concentrations (3 % CV noise).
        var unknown2 = fromExport.Wells.Where(w => w.Analyte == "IL-6" && w.Well is "E3" or "F3").Select(w => w.Concentration).Average();
        Assert.InRange(unknown2 / 900, 0.9, 1.1);
        var unknown3 = fromExport.Wells.Where(w => w.Analyte == "Irisin" && w.Well is "G3" or "H3").Select(w => w.Concentration).Average();
        Assert.InRange(unknown3 / 3000, 0.9, 1.1);
    }

    [Fact]
    public void Net_Mfi_Is_Read_When_The_Export_Has_No_Median_Section()
    {
        var plate = new XponentExport();

        var median = XponentCsv.Parse(plate.Export(), "plate.csv", Standards, "standards.csv");
        var net = XponentCsv.Parse(plate.Export("Net MFI"), "plate.csv", Standards, "standards.csv");

        Assert.Equal(median.Length, net.Length);
        for (var i = 0; i < median.Length; i++)
        {
            Assert.Equal(median[i], net[i]);
        }
    }

    [Fact]
    public void Wells_With_Fewer_Beads_Than_The_Minimum_Are_Flagged_Low_Beads()
    {
        var plate = new XponentExport().WithBeads(row: 20, analyte: 0, beads: 34).WithBeads(row: 21, analyte: 1, beads: 35);
        var wells = XponentCsv.Parse(plate.Export(), "plate.csv", Standards, "standards.csv");

        var flagged = AssayAnalysis.Analyze(wells, new AssayOptions()).Wells.Where(w => w.Flags.Contains("low-beads")).Select(w => (w.Well, w.Analyte)).ToList();
        var stricter = AssayAnalysis.Analyze(wells, new AssayOptions(MinBeads: 61)).Wells.Count(w => w.Flags.Contains("low-beads"));
        var off = AssayAnalysis.Analyze(wells, new AssayOptions(MinBeads: 0)).Wells.Count(w => w.Flags.Contains("low-beads"));

        Assert.Equal([("E3", "IL-6")], flagged);
        Assert.Equal(24 + 1, stricter);
        Assert.Equal(0, off);
    }

    [Fact]
    public void Controls_Report_Their_Recovery_And_Are_Flagged_Outside_80_To_120_Percent()
    {
        var plate = new XponentExport();
        var exact = AssayAnalysis.Analyze(XponentCsv.Parse(plate.Export(), "plate.csv", Standards, "standards.csv"), new AssayOptions());
        var off = XponentCsv.ParseStandards(XponentExport.Standards(controlNominal: 400), "standards.csv");
        var wrong = AssayAnalysis.Analyze(XponentCsv.Parse(plate.Export(), "plate.csv", off, "standards.csv"), new AssayOptions());

        Assert.Equal(["IL-6", "Irisin"], exact.Controls.Select(c => c.Analyte));
        Assert.All(exact.Controls, c =>
        {
            Assert.Equal("Control1", c.Sample);
            Assert.InRange(c.Recovery, 0.9, 1.1);
            Assert.True(c.Accepted);
        });
        Assert.DoesNotContain(exact.Wells, w => w.Flags.Contains("control-recovery"));
        Assert.All(wrong.Controls, c =>
        {
            Assert.Equal(c.Concentration / 400, c.Recovery, 12);
            Assert.False(c.Accepted);
        });
        Assert.Equal(4, wrong.Wells.Count(w => w.Flags.Contains("control-recovery")));
    }

    [Fact]
    public void Background_Subtraction_Removes_The_Blank_Mean_Before_Fitting()
    {
        // Noise-free plate: MFI = 150 background + a 4PL whose lower asymptote is 5.
        var curve = new LogisticCurve(A: 5, B: 1.3, C: 400, D: 18000, G: 1);
        var text = new System.Text.StringBuilder("well,type,analyte,mfi,expected,sample\n");
        for (var i = 0; i < 7; i++)
        {
            var level = XponentExport.Level(i);
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"S{i},standard,IL-6,{150 + curve.Evaluate(level):R},{level:R},s{i}\n");
        }

        text.Append("B1,blank,IL-6,140,,b\nB2,blank,IL-6,160,,b\n");
        text.Append(System.Globalization.CultureInfo.InvariantCulture, $"U1,unknown,IL-6,{150 + curve.Evaluate(123):R},,u\n");
        var wells = PlateCsv.Parse(text.ToString(), "plate.csv");

        var result = AssayAnalysis.Analyze(wells, new AssayOptions(Model: CurveModel.FourParameter, Background: BackgroundHandling.Subtract));

        Assert.Equal(wells.Select(w => w.Mfi - 150), result.Wells.Select(w => w.Mfi));
        Assert.Equal(5, result.Analytes[0].Fit.Curve.A, 1e-3);
        Assert.Equal(123, result.Wells[^1].Concentration, 1e-4 * 123);
    }

    [Fact]
    public void Background_Subtraction_Without_Blanks_Is_Refused()
    {
        var wells = PlateCsv.Parse("well,type,analyte,mfi,expected\nA1,standard,IL-6,100,1\n", "plate.csv");

        var ex = Assert.Throws<AssayInputException>(() => AssayAnalysis.Analyze(wells, new AssayOptions(Background: BackgroundHandling.Subtract)));

        Assert.Equal("analyte 'IL-6': background subtraction needs at least one blank well", ex.Message);
    }

    [Fact]
    public void The_Format_Is_Told_Apart_By_Content()
    {
        Assert.True(XponentCsv.IsXponent(new XponentExport().Export()));
        Assert.False(XponentCsv.IsXponent(new XponentExport().Tidy()));
    }

    [Fact]
    public void A_Truncated_Export_Names_The_Line_Where_It_Ends()
    {
        var export = new XponentExport().Export();
        var cut = export[..(export.IndexOf("\"5(1,E1)\",Standard3,", StringComparison.Ordinal) + 23)];

        var ex = Assert.Throws<ModelFormatException>(() => XponentCsv.Parse(cut, "plate.csv", Standards, "standards.csv"));

        Assert.Equal("plate.csv:22: the Median row has 3 values, the header 5; the export looks truncated", ex.Message);
    }

    [Fact]
    public void A_Count_Section_That_Ends_Early_Is_A_Truncated_Export()
    {
        var export = new XponentExport().Export();
        var cut = export[..export.IndexOf("\"10(1,B2)\",Standard5", export.IndexOf("\"Count\"", StringComparison.Ordinal), StringComparison.Ordinal)];

        var ex = Assert.Throws<ModelFormatException>(() => XponentCsv.Parse(cut, "plate.csv", Standards, "standards.csv"));

        Assert.Equal("plate.csv:53: the Count section ends after 9 wells but the Median section has 24; the export looks truncated", ex.Message);
    }

    [Fact]
    public void A_Count_Table_In_Another_Well_Order_Is_Refused()
    {
        var export = new XponentExport().Export();
        var count = export.IndexOf("\"DataType:\",\"Count\"", StringComparison.Ordinal);
        var swapped = export[..count] + export[count..].Replace("\"1(1,A1)\"", "\"2(1,B1)\"", StringComparison.Ordinal);

        var ex = Assert.Throws<ModelFormatException>(() => XponentCsv.Parse(swapped, "plate.csv", Standards, "standards.csv"));

        Assert.Equal("plate.csv:45:1: the Count row is for '2(1,B1)' but the Median row 1 is for '1(1,A1)'; expected the wells in the same order", ex.Message);
    }

    [Fact]
    public void A_Data_Type_Line_Without_Its_Table_Is_A_Truncated_Export()
    {
        var export = new XponentExport().Export();
        var cut = export[..(export.IndexOf("\"DataType:\",\"Median\"", StringComparison.Ordinal) + 21)];

        var ex = Assert.Throws<ModelFormatException>(() => XponentCsv.Parse(cut, "plate.csv", Standards, "standards.csv"));

        Assert.StartsWith("plate.csv:17: the Median section has no table", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_Non_Numeric_Mfi_Names_Line_And_Column()
    {
        var export = new XponentExport().Export();
        var start = export.IndexOf("\"3(1,C1)\",Standard2,", StringComparison.Ordinal) + 20;
        var bad = export[..start] + "n/a" + export[export.IndexOf(',', start)..];

        var ex = Assert.Throws<ModelFormatException>(() => XponentCsv.Parse(bad, "plate.csv", Standards, "standards.csv"));

        Assert.Equal("plate.csv:20:21: Median MFI of 'IL-6' 'n/a' is not a number; expected a finite number such as 1234.5", ex.Message);
    }

    [Fact]
    public void A_Standard_Missing_From_The_Standards_File_Is_Named()
    {
        var partial = XponentCsv.ParseStandards(XponentExport.Standards().Replace("Standard4,Irisin,156.25\n", string.Empty, StringComparison.Ordinal), "standards.csv");

        var ex = Assert.Throws<ModelFormatException>(() => XponentCsv.Parse(new XponentExport().Export(), "plate.csv", partial, "standards.csv"));
        var none = Assert.Throws<ModelFormatException>(() => XponentCsv.Parse(new XponentExport().Export(), "plate.csv", null, string.Empty));

        Assert.Equal("standards.csv: no expected concentration for standard 'Standard4' and analyte 'Irisin' in the standards file", ex.Message);
        Assert.Equal("plate.csv:18:11: no expected concentration for standard 'Standard1' and analyte 'IL-6'; give them with --standards FILE (sample,analyte,expected)", none.Message);
    }

    [Theory]
    [InlineData("sample,analyte\nStandard1,IL-6\n", "standards.csv:1: missing column 'expected'")]
    [InlineData("sample,analyte,expected\nStandard1,IL-6,ten\n", "standards.csv:2:16: expected 'ten' is not a positive number")]
    [InlineData("sample,analyte,expected\nStandard1,IL-6,10\nStandard1,IL-6,10\n", "standards.csv:3: sample 'Standard1' and analyte 'IL-6' appear twice")]
    [InlineData("\n", "standards.csv:1: the standards file is empty")]
    public void A_Malformed_Standards_File_Names_File_Line_And_Column(string text, string message)
    {
        var ex = Assert.Throws<ModelFormatException>(() => XponentCsv.ParseStandards(text, "standards.csv"));

        Assert.StartsWith(message, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_Exports_Own_Standard_Expected_Concentrations_Stand_In_For_A_Standards_File()
    {
        var export = new XponentExport();
        var withFile = AssayAnalysis.Analyze(XponentCsv.Parse(export.Export(), "plate.csv", Standards, "standards.csv"), new AssayOptions());

        var wells = XponentCsv.Parse(export.Export(expectedSection: true), "plate.csv", null, string.Empty);
        var fromExport = AssayAnalysis.Analyze(wells, new AssayOptions());

        // Same standards, same curves and concentrations; only the control, whose nominal concentration
        // comes from the standards file alone, loses its recovery.
        Assert.Equal(XponentExport.Level(2), wells.First(w => w.Sample == "Standard3" && w.Analyte == "Irisin").Expected);
        Assert.Null(wells.First(w => w.Type == WellType.Control).Expected);
        Assert.Equal(
            withFile.Wells.Where(w => w.Type != WellType.Control).Select(w => w.Concentration),
            fromExport.Wells.Where(w => w.Type != WellType.Control).Select(w => w.Concentration));
        Assert.Empty(fromExport.Controls);
    }

    [Fact]
    public void A_Standards_File_Takes_Precedence_Over_The_Exports_Expected_Concentrations()
    {
        var text = new XponentExport().Export(expectedSection: true).Replace("Standard1,10000,10000", "Standard1,9000,10000", StringComparison.Ordinal);

        var exported = XponentCsv.Parse(text, "plate.csv", null, string.Empty);
        var overridden = XponentCsv.Parse(text, "plate.csv", Standards, "standards.csv");

        Assert.Equal(9000, exported.First(w => w.Sample == "Standard1" && w.Analyte == "IL-6").Expected);
        Assert.Equal(10000, overridden.First(w => w.Sample == "Standard1" && w.Analyte == "IL-6").Expected);
    }

    [Theory]
    [InlineData("Standard2,2500,2500", "Standard2,2500,n/a", "plate.csv:78:16: expected concentration of 'Standard2' for 'Irisin' 'n/a' is not a number")]
    [InlineData("Standard2,2500,2500", "Standard2,-1,2500", "plate.csv:78:11: expected concentration of 'Standard2' for 'IL-6' is -1; expected a positive concentration")]
    [InlineData("Reagent,IL-6,Irisin\nStandard1", "\nStandard1", "plate.csv:76: the Standard Expected Concentration section has no table")]
    public void A_Malformed_Expected_Concentration_Section_Names_Line_And_Column(string find, string replace, string message)
    {
        var text = new XponentExport().Export(expectedSection: true).Replace(find, replace, StringComparison.Ordinal);

        var ex = Assert.Throws<ModelFormatException>(() => XponentCsv.Parse(text, "plate.csv", null, string.Empty));

        Assert.StartsWith(message, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_Standard_Missing_From_The_Exports_Section_Without_A_File_Is_Named()
    {
        var text = new XponentExport().Export(expectedSection: true).Replace("Standard4,156.25,156.25\n", string.Empty, StringComparison.Ordinal);

        var ex = Assert.Throws<ModelFormatException>(() => XponentCsv.Parse(text, "plate.csv", null, string.Empty));

        Assert.Contains("no expected concentration for standard 'Standard4' and analyte 'IL-6'", ex.Message, StringComparison.Ordinal);
    }
}
