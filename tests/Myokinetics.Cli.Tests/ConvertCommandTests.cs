using Myokinetics.Antimony;
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
    public void Convert_To_Antimony_Writes_Text_That_Reads_Back_To_The_Same_Model()
    {
        var source = folder.Write("rich.xml", TestModels.Rich());

        var result = CliRun.Run("convert", source, "--to", "antimony");

        Assert.Equal(0, result.ExitCode);
        var original = SbmlReader.Read(source).Model;
        var converted = AntimonyReader.ReadString(result.Output, "rich.ant").Model;
        Assert.Equal(original.Id, converted.Id);
        Assert.Equal(original.Species.Select(s => s.Id).Order(), converted.Species.Select(s => s.Id).Order());
        Assert.Equal(original.Reactions.Select(r => r.Id), converted.Reactions.Select(r => r.Id));
        Assert.Equal(original.Events.Length, converted.Events.Length);
    }

    [Fact]
    public void Antimony_Converted_To_Sbml_Simulates_Like_The_Original()
    {
        var source = folder.Write("decay.ant", TestModels.DecayAntimony);
        var target = folder.File("decay.xml");

        var converted = CliRun.Run("convert", source, "--to", "sbml", "--out", target);
        var fromAntimony = CliRun.Run("simulate", source, "--end", "3", "--steps", "3");
        var fromSbml = CliRun.Run("simulate", target, "--end", "3", "--steps", "3");

        Assert.Equal(0, converted.ExitCode);
        Assert.Equal(0, fromSbml.ExitCode);
        Assert.Equal(fromAntimony.Output, fromSbml.Output);
    }

    [Fact]
    public void Convert_To_Antimony_With_Out_Writes_Only_The_Target_File()
    {
        var source = folder.Write("rich.xml", TestModels.Rich());

        var result = CliRun.Run("convert", source, "--to", "antimony", "--out", folder.File("rich.ant"));

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Output);
        Assert.Equal(["rich.ant", "rich.xml"], folder.Files());
        Assert.StartsWith("// Created by Myokinetics", File.ReadAllText(folder.File("rich.ant")), StringComparison.Ordinal);
    }

    [Fact]
    public void Convert_To_An_Unknown_Format_Is_A_Parse_Error()
    {
        var source = folder.Write("rich.xml", TestModels.Rich());

        var result = CliRun.Run("convert", source, "--to", "cellml");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("myokinetics: error: Argument 'cellml' not recognized.", result.ErrorLines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Convert_With_An_Exercise_Writes_Its_Events_And_Simulates_Like_Simulate_With_That_Exercise()
    {
        var target = folder.File("exercise.xml");
        const string exercise = "cycling 60min @65%VO2max at 1h";

        var converted = CliRun.Run("convert", "--to", "sbml", "--exercise", exercise, "--out", target);
        var fromFile = CliRun.Run("simulate", target, "--end", "3h", "--steps", "6", "--variables", "IL6_plasma,lactate_plasma");
        var direct = CliRun.Run("simulate", "--exercise", exercise, "--end", "3h", "--steps", "6", "--variables", "IL6_plasma,lactate_plasma");

        Assert.Equal(0, converted.ExitCode);
        Assert.Equal(string.Empty, converted.Error);
        var document = SbmlReader.Read(target).Model;
        Assert.Equal(["exercise_1_start", "exercise_1_end"], document.Events.Select(e => e.Id));
        Assert.Equal(0, fromFile.ExitCode);
        Assert.Equal(direct.OutputLines, fromFile.OutputLines);
        var rest = Csv.Parse(direct.Output);
        Assert.True(rest.Column("IL6_plasma")[4] > 2 * rest.Column("IL6_plasma")[0], "the session raises IL-6 in the converted model");
    }

    [Fact]
    public void Convert_With_A_Bad_Exercise_Is_Bad_Input_And_Writes_Nothing()
    {
        var target = folder.File("bad.xml");

        var result = CliRun.Run("convert", "--to", "sbml", "--exercise", "cycling sixty @65%VO2max", "--out", target);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("myokinetics: error: --exercise \"cycling sixty @65%VO2max\"", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
        Assert.Empty(folder.Files());
    }
}
