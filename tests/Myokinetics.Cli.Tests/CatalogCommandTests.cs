using Myokinetics.Physiology.Catalog;

namespace Myokinetics.Cli.Tests;

/// <summary><c>myokinetics catalog [NAME] [--json]</c>.</summary>
public sealed class CatalogCommandTests
{
    [Fact]
    public void Without_A_Name_It_Prints_A_Table_Of_Every_Entry()
    {
        var result = CliRun.Run("catalog");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
        var lines = result.OutputLines;
        Assert.Equal(["id", "name", "gene", "main", "source", "targets", "basal", "level"], lines[0].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(23, lines.Length);
        Assert.Contains(lines, l => Words(l).StartsWith("FGF21 Fibroblast growth factor 21 FGF21 liver ", StringComparison.Ordinal) && l.EndsWith("276.8 pg/mL (serum)", StringComparison.Ordinal));
        Assert.Contains(lines, l => Words(l).StartsWith("BDNF Brain-derived neurotrophic factor BDNF brain ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("lactate ", StringComparison.Ordinal) && l.Contains("CHEBI:16651", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("IL6")]
    [InlineData("il-6")]
    [InlineData("Interleukin-6")]
    public void With_A_Name_It_Prints_The_Whole_Entry(string name)
    {
        var result = CliRun.Run("catalog", name);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
        var lines = result.Output.Split('\n');
        Assert.Equal("IL6 — Interleukin-6", lines[0]);
        Assert.Contains("  kind: protein; gene IL6; UniProt P05231", lines);
        Assert.Contains("  model observable: IL6_plasma (module il6)", lines);
        Assert.Contains("  level: 1.47 pg/mL (0.71–3.53) [READ]", lines);
        Assert.Contains("  half-life: 1.4 min (human) [DERIVED]", lines);
        Assert.Contains(lines, l => l.StartsWith("  [1] Steensberg A", StringComparison.Ordinal));
        Assert.Contains("doi:10.1152/physrev.90100.2007", result.Output, StringComparison.Ordinal);
        Assert.All(lines, l => Assert.True(l.Length <= CatalogText.DefaultWidth || !l.Trim().Contains(' ', StringComparison.Ordinal), l));
    }

    [Fact]
    public void An_Unknown_Name_Is_One_Line_With_The_Nearest_Name_And_Exit_1()
    {
        var result = CliRun.Run("catalog", "IL-7");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(string.Empty, result.Output);
        var line = Assert.Single(result.ErrorLines);
        Assert.Equal("myokinetics: error: no myokine 'IL-7' in the catalogue; did you mean 'IL6' (Interleukin-6)? Run 'myokinetics catalog' for the list.", line);
    }

    [Fact]
    public void A_Misspelt_Name_Suggests_The_Entry_By_Its_Id()
    {
        var result = CliRun.Run("catalog", "myostatn");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("did you mean 'myostatin' (Myostatin)?", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_Of_One_Entry_Round_Trips()
    {
        var result = CliRun.Run("catalog", "irisin", "--json");

        Assert.Equal(0, result.ExitCode);
        var entry = MyokineCatalog.ReadEntry(result.Output);
        var shipped = MyokineCatalog.Default().Find("irisin")!;
        Assert.Equal(MyokineCatalog.ToJson(shipped), MyokineCatalog.ToJson(entry));
        Assert.Equal("Q8NAU1", entry.Uniprot);
        Assert.Equal(3.6, entry.BasalPlasma.Value);
        Assert.StartsWith("{", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_Without_A_Name_Is_Every_Entry()
    {
        var result = CliRun.Run("catalog", "--json");

        Assert.Equal(0, result.ExitCode);
        var entries = MyokineCatalog.ReadEntries(result.Output);
        Assert.Equal(MyokineCatalog.Default().Entries.Select(e => e.Id), entries.Select(e => e.Id));
    }

    [Fact]
    public void Help_Describes_The_Argument_And_The_Option()
    {
        var result = CliRun.Run("catalog", "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("myokinetics catalog [<NAME>] [options]", result.Output, StringComparison.Ordinal);
        Assert.Contains("--json", result.Output, StringComparison.Ordinal);
    }

    private static string Words(string line) =>
        string.Join(' ', line.Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
