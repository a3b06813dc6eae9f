using System.Diagnostics;

namespace Myokinetics.Cli.Tests;

/// <summary>The real console entry point, run as a child process: standard output is flushed,
/// standard error gets the one-line messages, and the exit code reaches the shell.</summary>
public sealed class ProcessTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Simulate_Writes_The_Whole_Csv_To_Standard_Output()
    {
        var model = folder.Write("decay.xml", TestModels.Decay());

        var (code, output, error) = Run("simulate", model, "--end", "1", "--steps", "1000");

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        Assert.Equal(1001, Csv.Parse(output).Rows.Length);
    }

    [Fact]
    public void A_Numerical_Failure_Exits_With_Code_2_And_One_Line()
    {
        var model = folder.Write("divide.xml", TestModels.DivisionByZero());

        var (code, output, error) = Run("simulate", model, "--end", "1");

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void A_Bad_Exercise_String_Exits_With_Code_1_And_One_Line_Naming_It()
    {
        var (code, output, error) = Run("simulate", "--exercise", "cycling 60min @165%VO2max", "--end", "24h");

        Assert.Equal(1, code);
        Assert.Equal(string.Empty, output);
        Assert.Equal(
            "myokinetics: error: --exercise \"cycling 60min @165%VO2max\": at '@165%VO2max' (column 15): intensity must be between 1% and 100% of VO2max",
            Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries)));
    }

    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } path ? path : "dotnet";
        var start = new ProcessStartInfo(host)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "myokinetics.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(60)), "the command did not finish");
        return (process.ExitCode, output.GetAwaiter().GetResult(), error.GetAwaiter().GetResult());
    }
}
