using Myokinetics.Core.Diagnostics;
using Myokinetics.Lab.Assays;

namespace Myokinetics.Lab.Tests.Assays;

public sealed class PlateCsvTests
{
    [Fact]
    public void A_Tidy_Plate_Reads_In_Any_Column_Order_And_Case()
    {
        const string text = "# exported\nMFI,Analyte,Type,Well,Expected,Dilution\n1200.5,IL-6,Standard,A1,100,\n35,IL-6,blank,A2,,\n800,IL-6,unknown,A3,,2\n";

        var wells = PlateCsv.Parse(text, "plate.csv");

        Assert.Equal(3, wells.Length);
        Assert.Equal(new PlateWell("A1", WellType.Standard, "IL-6", 1200.5, 100, 1, string.Empty, 3), wells[0]);
        Assert.Equal(WellType.Blank, wells[1].Type);
        Assert.Null(wells[1].Expected);
        Assert.Equal(2, wells[2].Dilution);
        Assert.Equal(5, wells[2].Line);
    }

    [Theory]
    [InlineData("well,type,analyte\nA1,blank,IL-6\n", "plate.csv:1: missing column 'mfi'")]
    [InlineData("well,type,analyte,mfi\nA1,standard,IL-6,100\n", "plate.csv:1: missing column 'expected': line 2 is a standard")]
    [InlineData("well,type,analyte,mfi\nA1,blank,IL-6,100\nA2,unknown,IL-6, 12a4\n", "plate.csv:3:18: mfi '12a4' is not a number")]
    [InlineData("well,type,analyte,mfi\nA1,sample,IL-6,100\n", "plate.csv:2:4: unknown well type 'sample'; expected standard, blank, control or unknown")]
    [InlineData("well,type,analyte,mfi,expected\nA1,standard,IL-6,100,0\n", "plate.csv:2:22: a standard's expected concentration must be positive")]
    [InlineData("well,type,analyte,mfi\nA1,blank,IL-6\n", "plate.csv:2: expected 4 values separated by commas (as in the header), found 3")]
    [InlineData("well,type,analyte,mfi,od\n", "plate.csv:1:23: unknown column 'od'")]
    [InlineData("well,type,analyte,mfi\n", "plate.csv:1: the plate file holds no wells")]
    [InlineData("well,type,analyte,mfi\nA1,blank,IL-6,NaN\n", "plate.csv:2:15: mfi 'NaN' is not a number")]
    public void A_Malformed_Plate_Names_The_File_Line_Column_And_What_Was_Expected(string text, string message)
    {
        var ex = Assert.Throws<ModelFormatException>(() => PlateCsv.Parse(text, "plate.csv"));

        Assert.StartsWith(message, ex.Message, StringComparison.Ordinal);
        Assert.Equal(1, ex.ExitCode);
    }

    [Fact]
    public void A_Missing_File_Is_Named()
    {
        var path = Path.Combine(Path.GetTempPath(), $"no-plate-{Guid.NewGuid():N}.csv");

        var ex = Assert.Throws<ModelFormatException>(() => PlateCsv.Read(path));

        Assert.Equal($"{path}: the plate file does not exist", ex.Message);
    }
}
