namespace Myokinetics.Cli.Tests;

/// <summary>What one in-process run of the command printed and returned.</summary>
internal sealed record CliResult(int ExitCode, string Output, string Error)
{
    /// <summary>The error text's lines.</summary>
    public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public string[] OutputLines => Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>Runs <see cref="CliApplication"/> in-process with string writers.</summary>
internal static class CliRun
{
    public static CliResult Run(params string[] args) => Run(CancellationToken.None, args);

    public static CliResult Run(CancellationToken cancellationToken, params string[] args)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        var code = CliApplication.RunAsync(args, output, error, cancellationToken).GetAwaiter().GetResult();
        return new CliResult(code, output.ToString(), error.ToString());
    }
}
