using System.Diagnostics;

namespace Myokinetics.Cli.Tests;

/// <summary>Each malformed input gives one clear line on standard error and the right exit code.</summary>
public sealed class MalformedInputTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Truncated_Xml_Names_The_File_And_The_Line()
    {
        var text = TestModels.Decay();
        var cut = text[..text.IndexOf("<listOfReactions>", StringComparison.Ordinal)];
        var model = folder.Write("truncated.xml", cut);
        var lastLine = cut.Split('\n').Length;

        var result = CliRun.Run("simulate", model, "--end", "1");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(string.Empty, result.Output);
        var line = Assert.Single(result.ErrorLines);
        Assert.Matches($"^myokinetics: error: .*truncated\\.xml:{lastLine}:\\d+: malformed XML: ", line);
    }

    [Fact]
    public void An_Undefined_Symbol_In_A_Rate_Law_Names_The_Reaction_And_The_Symbol()
    {
        var model = folder.Write("undefined.xml", TestModels.UndefinedSymbol());

        var result = CliRun.Run("simulate", model, "--end", "1");

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith("myokinetics: error: ", line, StringComparison.Ordinal);
        Assert.Contains("'R1'", line, StringComparison.Ordinal);
        Assert.Contains("'kk'", line, StringComparison.Ordinal);
        Assert.Contains("not defined", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Division_By_Zero_In_A_Rate_Law_Is_A_Numerical_Failure_Naming_Time_Variable_And_Rate()
    {
        var model = folder.Write("divide.xml", TestModels.DivisionByZero());

        var result = CliRun.Run("simulate", model, "--end", "1");

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith("myokinetics: error: the simulation stopped at t = 0 ", line, StringComparison.Ordinal);
        Assert.Contains("(variable 'A')", line, StringComparison.Ordinal);
        Assert.Contains("non-finite reaction rates (division by zero?): R1 = Infinity", line, StringComparison.Ordinal);
    }

    [Fact]
    public void An_Xml_Bomb_Is_Refused_Quickly()
    {
        var model = folder.Write("bomb.xml", TestModels.XmlBomb());
        var clock = Stopwatch.StartNew();

        var result = CliRun.Run("describe", model);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
        Assert.Equal(1, result.ExitCode);
        Assert.Equal(string.Empty, result.Output);
        var line = Assert.Single(result.ErrorLines);
        Assert.Matches("^myokinetics: error: .*bomb\\.xml.*: DTDs are not allowed", line);
    }

    [Fact]
    public void An_External_Entity_Is_Refused_Without_Reading_The_File()
    {
        var secret = folder.Write("secret.txt", "TOP-SECRET-CONTENT");
        var model = folder.Write("external.xml", TestModels.ExternalEntity(secret));

        var result = CliRun.Run("describe", model);

        Assert.Equal(1, result.ExitCode);
        Assert.DoesNotContain("TOP-SECRET-CONTENT", result.Output + result.Error, StringComparison.Ordinal);
        Assert.Matches("^myokinetics: error: .*external\\.xml.*: DTDs are not allowed", Assert.Single(result.ErrorLines));
    }

    [Theory]
    [InlineData("simulate")]
    [InlineData("describe")]
    [InlineData("convert")]
    public void A_Missing_File_Is_Named(string verb)
    {
        var missing = folder.File("missing.xml");
        string[] args = verb switch
        {
            "simulate" => [verb, missing, "--end", "1"],
            "convert" => [verb, missing, "--to", "sbml"],
            _ => [verb, missing],
        };

        var result = CliRun.Run(args);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"myokinetics: error: {missing}: the file does not exist", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public void An_Unknown_Extension_Says_Which_Ones_Are_Known()
    {
        var model = folder.Write("model.mdl", TestModels.Decay());

        var result = CliRun.Run("describe", model);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            $"myokinetics: error: {model}: cannot tell the format: the extension '.mdl' is not known; expected SBML (.xml, .sbml) or Antimony (.ant, .antimony, .txt)",
            Assert.Single(result.ErrorLines));
    }

    [Fact]
    public void Malformed_Antimony_Names_The_Line_And_Column()
    {
        var model = folder.Write("bad.ant", "model m()\n  x = 1 +;\nend\n");

        var result = CliRun.Run("simulate", model, "--end", "1");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"myokinetics: error: {model}:2:10: expected a number, a name or '(', found ';'", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public void A_Folder_Is_Not_A_Model_File()
    {
        var result = CliRun.Run("describe", folder.Path);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"myokinetics: error: {folder.Path}: this is a folder, not a model file", Assert.Single(result.ErrorLines));
    }

    [Theory]
    [InlineData("--end abc", "--end expects a time: a number with a unit (s, min, h, d, w — e.g. 24h, 90min, 2d) or a plain number in the model's time units, got 'abc'")]
    [InlineData("--end 1 --steps 10 --step 0.1", "give either --steps or --step, not both")]
    [InlineData("--end 1 --step 0", "--step expects a time greater than 0: a number with a unit (s, min, h, d, w — e.g. 24h, 90min, 2d) or a plain number in the model's time units, got '0'")]
    [InlineData("--end 1 --steps 0", "--steps expects the number of output intervals (a whole number of at least 1), got '0'")]
    [InlineData("--end 1 --relative-tolerance -1", "--relative-tolerance expects a tolerance greater than 0, got '-1'")]
    [InlineData("--end 1 --integrator euler", "Argument 'euler' not recognized. Must be one of: 'auto' 'dopri5' 'rodas'")]
    [InlineData("--end 1 --variables A,,B", "--variables expects ids separated by commas (e.g. A,B,k1), got 'A,,B'")]
    [InlineData("--end 1 --frobnicate", "Unrecognized command or argument '--frobnicate'.")]
    [InlineData("", "Option '--end' is required.")]
    public void A_Bad_Option_Value_Is_A_Parse_Error_With_Exit_Code_1(string options, string message)
    {
        var model = folder.Write("decay.xml", TestModels.Decay());

        var result = CliRun.Run(["simulate", model, .. options.Split(' ', StringSplitOptions.RemoveEmptyEntries)]);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(string.Empty, result.Output);
        Assert.Equal([$"myokinetics: error: {message}", "Run 'myokinetics simulate --help' for usage."], result.ErrorLines);
    }

    [Theory]
    [InlineData("simulate", "", "--end", "1")]
    [InlineData("describe", " ")]
    [InlineData("convert", "", "--to", "sbml")]
    public void A_Blank_Model_Says_What_To_Give(params string[] args)
    {
        var result = CliRun.Run(args);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            [$"myokinetics: error: MODEL is empty: give a model file (SBML (.xml, .sbml) or Antimony (.ant, .antimony, .txt)), or leave MODEL out for the crosstalk model", $"Run 'myokinetics {args[0]} --help' for usage."],
            result.ErrorLines);
    }

    [Theory]
    [InlineData("--start 5 --end 1", "the end time (1) must be finite and not before the start (5)")]
    [InlineData("--end 1 --step 0.3", "--step 0.3 must divide the time from --start 0 to --end 1 into a whole number of steps")]
    [InlineData("--end 1 --variables A,zz", "--variables: model 'decay' has no species, compartment, parameter, reaction or species reference 'zz'")]
    [InlineData("--end 1 --variables A,A", "--variables: 'A' is listed more than once")]
    [InlineData("--end 1 --amounts k", "--amounts: 'k' is not a species of model 'decay' (it is a parameter)")]
    [InlineData("--end 1 --amounts A --concentrations A", "species 'A' is in both --amounts and --concentrations; choose one")]
    public void Settings_The_Model_Cannot_Use_Are_Bad_Input(string options, string message)
    {
        var model = folder.Write("decay.xml", TestModels.Decay());

        var result = CliRun.Run(["simulate", model, .. options.Split(' ')]);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(string.Empty, result.Output);
        Assert.Equal($"myokinetics: error: {message}", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public void A_Time_With_A_Unit_Needs_A_Model_That_Declares_Its_Time_Units()
    {
        var model = folder.Write("decay.ant", TestModels.DecayAntimony);

        var result = CliRun.Run("simulate", model, "--end", "2min");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(string.Empty, result.Output);
        Assert.Equal("myokinetics: error: --end 2min: model 'decay' declares no time units, so a time with a unit cannot be converted; give a plain number in the model's time units", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public void An_Unknown_Verb_Is_A_Parse_Error()
    {
        var result = CliRun.Run("simulat", "model.xml");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("Run 'myokinetics --help' for usage.", result.ErrorLines[^1]);
        Assert.All(result.ErrorLines[..^1], l => Assert.StartsWith("myokinetics: error: ", l, StringComparison.Ordinal));
    }

    [Fact]
    public void No_Verb_Says_One_Is_Needed()
    {
        var result = CliRun.Run();

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(["myokinetics: error: Required command was not provided.", "Run 'myokinetics --help' for usage."], result.ErrorLines);
    }

    [Fact]
    public void A_Second_Model_File_Is_Refused()
    {
        var model = folder.Write("decay.xml", TestModels.Decay());

        var result = CliRun.Run("simulate", model, model, "--end", "1");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"myokinetics: error: Unrecognized command or argument '{model}'.", result.ErrorLines[0]);
    }
}
