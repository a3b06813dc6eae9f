namespace Myokinetics.Cli.Tests;

/// <summary><c>myokinetics steady-state</c>.</summary>
public sealed class SteadyStateCommandTests
{
    private const string Reversible = """
        model reversible()
          compartment c = 1
          species A in c = 3, B in c = 1
          k1 = 2; k2 = 0.5
          J0: A -> B; k1*A - k2*B
          total := A + B
        end
        """;

    [Fact]
    public void Simulate_At_Steady_State_Starts_From_The_Steady_State_Instead_Of_The_Initial_Values()
    {
        using var folder = new TempFolder();
        var model = folder.Write("reversible.ant", Reversible);

        var atRest = CliRun.Run("simulate", model, "--end", "4", "--steps", "2", "--variables", "A,B", "--at-steady-state");
        var fromStart = CliRun.Run("simulate", model, "--end", "4", "--steps", "2", "--variables", "A,B");

        Assert.True(atRest.ExitCode == 0, atRest.Error);
        foreach (var line in atRest.OutputLines.Skip(1))
        {
            var cells = line.Split(',').Select(c => double.Parse(c, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
            Assert.Equal(0.8, cells[1], 9);
            Assert.Equal(3.2, cells[2], 9);
        }

        Assert.Equal("0,3,1", fromStart.OutputLines[1]);
    }

    [Fact]
    public void The_Steady_State_Is_Written_As_Id_Value_Unit_With_A_Summary_On_The_Error_Writer()
    {
        using var folder = new TempFolder();
        var model = folder.Write("reversible.ant", Reversible);

        var result = CliRun.Run("steady-state", model);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("id,value,unit", result.OutputLines[0]);
        var rows = result.OutputLines.Skip(1).Select(l => l.Split(',')).ToDictionary(c => c[0], c => double.Parse(c[1], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(0.8, rows["A"], 12);
        Assert.Equal(3.2, rows["B"], 12);
        Assert.Equal(4.0, rows["total"], 12);
        Assert.StartsWith("steady state by Newton's method (", result.Error, StringComparison.Ordinal);
        Assert.Contains("1 conservation laws held", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Out_Writes_The_File_And_The_Summary_Goes_To_Standard_Output()
    {
        using var folder = new TempFolder();
        var model = folder.Write("reversible.ant", Reversible);
        var csv = folder.File("ss.csv");

        var result = CliRun.Run("steady-state", model, "--out", csv);

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("steady state by", result.Output, StringComparison.Ordinal);
        Assert.Equal("id,value,unit", File.ReadLines(csv).First());
    }

    [Fact]
    public void A_Model_Without_A_Steady_State_Fails_With_Exit_Code_2_And_One_Line()
    {
        using var folder = new TempFolder();
        var model = folder.Write("growing.ant", "model growing()\n  A = 0\n  A' = 1\nend\n");

        var result = CliRun.Run("steady-state", model);

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith("myokinetics: error: no steady state found: ", line, StringComparison.Ordinal);
        Assert.Contains("'A' still changes at 1 per time unit", line, StringComparison.Ordinal);
    }

    [Fact]
    public void The_Crosstalk_Model_At_Rest_Is_Its_Own_Steady_State()
    {
        var result = CliRun.Run("steady-state", "--subject", "age=30");

        Assert.Equal(0, result.ExitCode);
        var il6 = result.OutputLines.Single(l => l.StartsWith("IL6_plasma,", StringComparison.Ordinal)).Split(',');
        Assert.Equal(1.5, double.Parse(il6[1], System.Globalization.CultureInfo.InvariantCulture), 9);
        Assert.Equal("pg_per_mL", il6[2]);
        Assert.Equal("il6_p,1.4999999999999998,pg/mL", result.OutputLines.Single(l => l.StartsWith("il6_p,", StringComparison.Ordinal)));
    }
}
