namespace Myokinetics.Cli.Tests;

public sealed class SimulateCommandTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Decay_Matches_The_Analytic_Solution_In_The_Csv()
    {
        var model = folder.Write("decay.xml", TestModels.Decay());

        var result = CliRun.Run("simulate", model, "--end", "4", "--steps", "8");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
        var csv = Csv.Parse(result.Output);
        Assert.Equal(["time", "A", "B", "p"], csv.Header);
        Assert.Equal(9, csv.Rows.Length);
        for (var i = 0; i < csv.Rows.Length; i++)
        {
            var t = csv.Column("time")[i];
            Assert.Equal(i * 0.5, t, 12);
            AssertClose(5 * Math.Exp(-t / 2), csv.Column("A")[i]);
            AssertClose(10 * (1 - Math.Exp(-t / 2)), csv.Column("B")[i]);
            AssertClose(t / 2, csv.Column("p")[i]);
        }
    }

    [Theory]
    [InlineData("decay.ant")]
    [InlineData("decay.txt")]
    [InlineData("decay.antimony")]
    public void An_Antimony_Model_Matches_The_Analytic_Solution(string name)
    {
        var model = folder.Write(name, TestModels.DecayAntimony);

        var result = CliRun.Run("simulate", model, "--end", "4", "--steps", "4");

        Assert.Equal(0, result.ExitCode);
        var csv = Csv.Parse(result.Output);
        Assert.Equal(["time", "A", "B"], csv.Header);
        for (var i = 0; i < csv.Rows.Length; i++)
        {
            var t = csv.Column("time")[i];
            AssertClose(5 * Math.Exp(-t / 2), csv.Column("A")[i]);
            AssertClose(10 * (1 - Math.Exp(-t / 2)), csv.Column("B")[i]);
        }
    }

    [Fact]
    public void Default_Steps_Give_101_Rows_From_Start_To_End()
    {
        var model = folder.Write("decay.xml", TestModels.Decay());

        var csv = Csv.Parse(CliRun.Run("simulate", model, "--start", "1", "--end", "3").Output);

        Assert.Equal(101, csv.Rows.Length);
        Assert.Equal(1.0, csv.Rows[0][0]);
        Assert.Equal(3.0, csv.Rows[^1][0]);
    }

    [Fact]
    public void Variables_Choose_The_Columns_In_Order()
    {
        var model = folder.Write("decay.xml", TestModels.Decay());

        var csv = Csv.Parse(CliRun.Run("simulate", model, "--end", "1", "--steps", "2", "--variables", "R1,k,B").Output);

        Assert.Equal(["time", "R1", "k", "B"], csv.Header);
        AssertClose(0.5 * 5 * 2, csv.Column("R1")[0]);
        Assert.All(csv.Column("k"), v => Assert.Equal(0.5, v));
    }

    [Fact]
    public void Amounts_Write_Species_Amounts_And_Add_Missing_Ones_At_The_End()
    {
        var model = folder.Write("decay.xml", TestModels.Decay());

        var csv = Csv.Parse(CliRun.Run("simulate", model, "--end", "2", "--steps", "2", "--variables", "B", "--amounts", "A,B").Output);

        Assert.Equal(["time", "B", "A"], csv.Header);
        for (var i = 0; i < csv.Rows.Length; i++)
        {
            var t = csv.Column("time")[i];
            AssertClose(10 * Math.Exp(-t / 2), csv.Column("A")[i]);
            AssertClose(20 * (1 - Math.Exp(-t / 2)), csv.Column("B")[i]);
        }
    }

    [Fact]
    public void Concentrations_Write_An_Only_Substance_Species_As_Amount_Over_Size()
    {
        var model = folder.Write("amounts.xml", TestModels.OnlySubstance());

        var byDefault = Csv.Parse(CliRun.Run("simulate", model, "--end", "1", "--steps", "1").Output);
        var asConcentration = Csv.Parse(CliRun.Run("simulate", model, "--end", "1", "--steps", "1", "--concentrations", "S").Output);

        Assert.Equal(["time", "S"], byDefault.Header);
        Assert.All(byDefault.Column("S"), v => Assert.Equal(6.0, v));
        Assert.Equal(["time", "S"], asConcentration.Header);
        Assert.All(asConcentration.Column("S"), v => Assert.Equal(2.0, v));
    }

    [Theory]
    [InlineData("dopri5")]
    [InlineData("rodas")]
    [InlineData("auto")]
    public void Each_Integrator_Follows_The_Analytic_Solution(string integrator)
    {
        var model = folder.Write("decay.xml", TestModels.Decay());

        var result = CliRun.Run("simulate", model, "--end", "2", "--steps", "1", "--variables", "A", "--integrator", integrator, "--relative-tolerance", "1e-8", "--absolute-tolerance", "1e-10");

        Assert.Equal(0, result.ExitCode);
        AssertClose(5 * Math.Exp(-1), Csv.Parse(result.Output).Column("A")[1]);
    }

    [Fact]
    public void Out_Writes_The_File_Leaving_Standard_Output_Empty_And_No_Temporary_File()
    {
        var model = folder.Write("decay.xml", TestModels.Decay());
        var target = folder.File("results.csv");

        var result = CliRun.Run("simulate", model, "--end", "1", "--steps", "4", "--out", target);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Output);
        Assert.Equal(["decay.xml", "results.csv"], folder.Files());
        Assert.Equal(5, Csv.Parse(File.ReadAllText(target)).Rows.Length);
    }

    [Fact]
    public void A_Failed_Run_With_Out_Leaves_An_Earlier_File_Untouched_And_No_Partial_File()
    {
        var model = folder.Write("divide.xml", TestModels.DivisionByZero());
        var target = folder.Write("results.csv", "earlier results\n");

        var result = CliRun.Run("simulate", model, "--end", "1", "--out", target);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("earlier results\n", File.ReadAllText(target));
        Assert.Equal(["divide.xml", "results.csv"], folder.Files());
    }

    [Fact]
    public void Out_Into_A_Missing_Folder_Is_Bad_Input_Naming_The_Folder()
    {
        var model = folder.Write("decay.xml", TestModels.Decay());

        var result = CliRun.Run("simulate", model, "--end", "1", "--out", folder.File("no-such-folder/results.csv"));

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.Matches("^myokinetics: error: cannot write '.*results.csv': the folder '.*no-such-folder' does not exist$", line);
    }

    [Fact]
    public void Unit_Warnings_Go_To_Standard_Error_And_Never_Into_The_Csv()
    {
        var model = folder.Write("units.xml", TestModels.UnitMismatch());

        var result = CliRun.Run("simulate", model, "--end", "1", "--steps", "2");

        Assert.Equal(0, result.ExitCode);
        var warning = Assert.Single(result.ErrorLines);
        Assert.StartsWith("warning: ", warning, StringComparison.Ordinal);
        Assert.Contains("kinetic law of reaction R1", warning, StringComparison.Ordinal);
        Assert.StartsWith("time,A,B,p\n", result.Output, StringComparison.Ordinal);
        Assert.All(result.OutputLines.Skip(1), l => Assert.Matches("^[-0-9.,E+]+$", l));
    }

    [Fact]
    public void A_Cancelled_Run_Exits_130_And_Leaves_No_File()
    {
        var model = folder.Write("decay.xml", TestModels.Decay());
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        var result = CliRun.Run(cancelled.Token, "simulate", model, "--end", "1", "--out", folder.File("results.csv"));

        Assert.Equal(130, result.ExitCode);
        Assert.Equal("myokinetics: cancelled", Assert.Single(result.ErrorLines));
        Assert.Equal(["decay.xml"], folder.Files());
    }

    [Fact]
    public void Out_Dash_Means_Standard_Output()
    {
        var model = folder.Write("decay.xml", TestModels.Decay());

        var result = CliRun.Run("simulate", model, "--end", "1", "--steps", "2", "--out", "-");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(3, Csv.Parse(result.Output).Rows.Length);
        Assert.Equal(["decay.xml"], folder.Files());
    }

    [Fact]
    public void Notes_About_The_Model_Appear_Only_With_Verbose()
    {
        var model = folder.Write("undeclared.xml", TestModels.Decay("<apply><times/><ci>q</ci><ci>A</ci><ci>cell</ci></apply>"));

        var quiet = CliRun.Run("simulate", model, "--end", "1", "--steps", "1");
        var verbose = CliRun.Run("simulate", model, "--end", "1", "--steps", "1", "--verbose");

        Assert.Equal(string.Empty, quiet.Error);
        Assert.Contains(verbose.ErrorLines, l => l.StartsWith("note: ", StringComparison.Ordinal) && l.Contains("units are undeclared for q", StringComparison.Ordinal));
        Assert.Equal(quiet.Output, verbose.Output);
    }

    [Fact]
    public void Verbose_Adds_No_Stack_Trace_To_A_Users_Mistake()
    {
        var result = CliRun.Run("simulate", folder.File("missing.xml"), "--end", "1", "--verbose");

        Assert.Equal(1, result.ExitCode);
        Assert.Single(result.ErrorLines);
    }

    private static void AssertClose(double expected, double actual) =>
        Assert.True(Math.Abs(expected - actual) <= 1e-5 * Math.Max(1, Math.Abs(expected)), $"expected {expected}, got {actual}");
}
