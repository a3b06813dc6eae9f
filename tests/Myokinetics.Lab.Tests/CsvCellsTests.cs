namespace Myokinetics.Lab.Tests;

/// <summary>The cells of the lab analyses' CSV files.</summary>
public sealed class CsvCellsTests
{
    [Theory]
    [InlineData("IL-6", "IL-6")]
    [InlineData("IL-6, human", "\"IL-6, human\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    public void Text_Is_Quoted_Only_When_It_Must_Be(string text, string cell)
    {
        Assert.Equal(cell, CsvCells.Text(text));
    }

    [Fact]
    public void Numbers_Round_Trip_And_Non_Finite_Values_Are_Empty()
    {
        Assert.Equal("0.1", CsvCells.Number(0.1));
        Assert.Equal(0.1 + 0.2, double.Parse(CsvCells.Number(0.1 + 0.2), System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(string.Empty, CsvCells.Number(double.NaN));
        Assert.Equal(string.Empty, CsvCells.Number(double.PositiveInfinity));
    }
}
