using Myokinetics.Analysis.Estimation;
using Myokinetics.Core.Diagnostics;

namespace Myokinetics.Analysis.Tests.Estimation;

/// <summary>Reading data files.</summary>
public sealed class MeasurementCsvTests
{
    [Fact]
    public void Columns_Come_In_Any_Order_With_Comments_And_Blank_Lines_Skipped()
    {
        var data = MeasurementCsv.Parse("# IL-6 after cycling\nexperiment,observable,time,value,sd\n\nbout,IL6_plasma,1.5,12.5,1.2\r\nbout,IL6_plasma,3,4.25,0.5\n", "d.csv");

        Assert.Equal(2, data.Length);
        Assert.Equal(new Measurement("bout", 1.5, "IL6_plasma", 12.5, 1.2, new SourceLocation("d.csv", 4)), data[0]);
        Assert.Equal(3, data[1].Time);
    }

    [Theory]
    [InlineData("time,observable,value\n1,A,abc\n", "d.csv:2: the value must be a finite number, found 'abc'")]
    [InlineData("time,observable,value\n1,A\n", "d.csv:2: expected 3 values separated by commas (as in the header), found 2")]
    [InlineData("time,observable,amount\n", "d.csv:1:3: unknown column 'amount'; expected time, observable, value, and optionally sd and experiment")]
    [InlineData("time,value\n", "d.csv:1: the header has no 'observable' column; expected time, observable, value, and optionally sd and experiment")]
    [InlineData("time,observable,value,sd\n1,A,2,0\n", "d.csv:2: the sd must be positive, found '0'")]
    [InlineData("time,observable,value\n", "d.csv:2: the data file has a header but no rows")]
    [InlineData("", "d.csv:1: the data file is empty; expected a header 'time,observable,value[,sd][,experiment]' and rows")]
    public void Bad_Data_Name_The_File_The_Line_And_What_Was_Expected(string text, string message)
    {
        var error = Assert.Throws<ModelFormatException>(() => MeasurementCsv.Parse(text, "d.csv"));

        Assert.Equal(message, error.Message);
    }
}
