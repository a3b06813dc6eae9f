namespace Myokinetics.Cli.Tests;

public sealed class DescribeCommandTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Describe_Lists_Every_Kind_Of_Element_With_Infix_Math()
    {
        var model = folder.Write("rich.xml", TestModels.Rich());

        var result = CliRun.Run("describe", model);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
        var lines = result.OutputLines;
        string[] expected =
        [
            "Model rich \"Rich model\"",
            $"  read from {model} (SBML Level 3 Version 2)",
            "  units: time second, substance mole, extent mole, volume litre, area -, length -",
            "Compartments (1)",
            "Species (3)",
            "Parameters (3)",
            "Reactions (1)",
            "  R1 \"conversion\": S -> 2 P",
            "    rate: kl * f(k1, S) * cell",
            "    modifiers: E",
            "    local parameters: kl = 3 dimensionless",
            "Rules (1)",
            "  total := S + P  (assignment)",
            "Initial assignments (1)",
            "  double_k = 2 * k1",
            "Events (1)",
            "  reset",
            "    trigger: time > 5",
            "      initialValue: true, persistent: true",
            "    delay: 1",
            "    priority: none",
            "    useValuesFromTriggerTime: true",
            "    assignments:",
            "      S = 2",
            "Function definitions (1)",
            "  f(x, y) = x * y",
        ];
        foreach (var line in expected)
        {
            Assert.Contains(line, lines);
        }
    }

    [Fact]
    public void Species_Rows_Show_Initial_Values_Units_Flags_And_Determination()
    {
        var model = folder.Write("rich.xml", TestModels.Rich());

        var lines = CliRun.Run("describe", model).OutputLines;

        Assert.Contains(lines, l => Words(l) == "id name compartment initial amount units concentration units flags determined by");
        Assert.Contains(lines, l => Words(l) == "S substrate cell concentration 2 mole mole/litre - reactions, events");
        Assert.Contains(lines, l => Words(l) == "P - cell amount 0 mole mole/litre - reactions");
        Assert.Contains(lines, l => Words(l) == "E - cell amount 1 mole mole/litre boundary,constant,only-substance constant");
    }

    [Fact]
    public void Parameter_And_Compartment_Rows_Show_Value_Units_And_Determination()
    {
        var model = folder.Write("rich.xml", TestModels.Rich());

        var lines = CliRun.Run("describe", model).OutputLines;

        Assert.Contains(lines, l => Words(l) == "k1 0.1 per_second (1/second) yes constant");
        Assert.Contains(lines, l => Words(l) == "double_k initial assignment per_second (1/second) yes initial assignment, then constant");
        Assert.Contains(lines, l => Words(l) == "total - - no assignment rule");
        Assert.Contains(lines, l => Words(l) == "cell 1 litre 3 yes constant");
    }

    [Fact]
    public void Columns_Of_A_Table_Are_Aligned()
    {
        var model = folder.Write("rich.xml", TestModels.Rich());

        var lines = CliRun.Run("describe", model).OutputLines;
        var start = Array.IndexOf(lines, "Parameters (3)");
        var table = lines[(start + 1)..(start + 5)];

        var unitsColumn = table[0].IndexOf("units", StringComparison.Ordinal);
        Assert.Equal("per_second (1/second)", table[1][unitsColumn..].Split("  ")[0]);
        Assert.Equal("-", table[3][unitsColumn..].Split("  ")[0]);
        Assert.All(lines, l => Assert.Equal(l.TrimEnd(), l));
    }

    [Fact]
    public void Unit_Warnings_Are_Listed_In_The_Description()
    {
        var model = folder.Write("units.xml", TestModels.UnitMismatch());

        var result = CliRun.Run("describe", model);

        Assert.Equal(0, result.ExitCode);
        var lines = result.OutputLines;
        var heading = Array.FindIndex(lines, l => l.StartsWith("Unit warnings (", StringComparison.Ordinal));
        Assert.True(heading >= 0, result.Output);
        Assert.StartsWith("  warning: ", lines[heading + 1], StringComparison.Ordinal);
        Assert.Contains("kinetic law of reaction R1", lines[heading + 1], StringComparison.Ordinal);
    }

    [Fact]
    public void An_Empty_Section_Is_One_Line()
    {
        var model = folder.Write("decay.xml", TestModels.Decay());

        var lines = CliRun.Run("describe", model).OutputLines;

        Assert.Contains("Events: none", lines);
        Assert.Contains("Function definitions: none", lines);
        Assert.Contains("Unit warnings: none", lines);
        Assert.Contains("  p' = k  (rate)", lines);
    }

    [Fact]
    public void A_Model_The_Compiler_Refuses_Can_Still_Be_Described()
    {
        var model = folder.Write("undefined.xml", TestModels.UndefinedSymbol());

        var result = CliRun.Run("describe", model);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("    rate: kk * A", result.OutputLines);
    }

    [Fact]
    public void An_Antimony_Model_Is_Described_Like_An_Sbml_One()
    {
        var model = folder.Write("decay.ant", TestModels.DecayAntimony);

        var result = CliRun.Run("describe", model);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"  read from {model}", result.OutputLines);
        Assert.Contains("  R1: A -> 2 B", result.OutputLines);
        Assert.Contains("    rate: k * A * cell", result.OutputLines);
        Assert.Contains(result.OutputLines, l => Words(l) == "A cell concentration 5 reactions");
    }

    private static string Words(string line) =>
        string.Join(' ', line.Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
