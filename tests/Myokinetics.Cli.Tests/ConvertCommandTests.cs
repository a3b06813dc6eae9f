using Myokinetics.Sbml;

namespace Myokinetics.Cli.Tests;

public sealed class ConvertCommandTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Convert_To_Sbml_Writes_A_Document_That_Reads_Back_To_The_Same_Model()
    {
        var source = folder.Write("rich.xml", TestModels.Rich());

        var result = CliRun.Run("convert", source, "--to", "sbml");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
        var original = SbmlReader.Read(source).Model;
        var converted = SbmlReader.ReadString(result.Output, "converted.xml").Model;
        Assert.Equal(original.Id, converted.Id);
        Assert.Equal(original.Species.Select(s => s.Id), converted.Species.Select(s => s.Id));
        Assert.Equal(original.Parameters.Select(p => p with { Location = null }), converted.Parameters.Select(p => p with { Location = null }));
        Assert.Equal(original.Events.Length, converted.Events.Length);
        Assert.Equal((3, 2), converted.SbmlLevelVersion);
    }

    [Fact]
    public void Convert_With_Out_Writes_The_File_And_It_Describes_Like_The_Original()
    {
        var source = folder.Write("rich.xml", TestModels.Rich());
        var target = folder.File("copy.xml");

        var result = CliRun.Run("convert", source, "--to", "sbml", "--out", target);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Output);
        Assert.Equal(["copy.xml", "rich.xml"], folder.Files());
        var original = CliRun.Run("describe", source).OutputLines.Skip(2);
        var copy = CliRun.Run("describe", target).OutputLines.Skip(2);
        Assert.Equal(original, copy);
    }

    [Fact]
    public void Convert_To_Antimony_Says_It_Is_Not_Available_Yet()
    {
        var source = folder.Write("rich.xml", TestModels.Rich());

        var result = CliRun.Run("convert", source, "--to", "antimony", "--out", folder.File("rich.ant"));

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(string.Empty, result.Output);
        Assert.Equal(
            "myokinetics: error: --to antimony is not available yet: this version has no Antimony writer; use --to sbml",
            Assert.Single(result.ErrorLines));
        Assert.Equal(["rich.xml"], folder.Files());
    }

    [Fact]
    public void Convert_To_An_Unknown_Format_Is_A_Parse_Error()
    {
        var source = folder.Write("rich.xml", TestModels.Rich());

        var result = CliRun.Run("convert", source, "--to", "cellml");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("myokinetics: error: Argument 'cellml' not recognized.", result.ErrorLines[0], StringComparison.Ordinal);
    }
}
