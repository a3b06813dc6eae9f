using System.CommandLine;
using System.CommandLine.Invocation;
using System.Text;
using Myokinetics.Cli.Commands;

namespace Myokinetics.Cli;

/// <summary>
/// The <c>myokinetics</c> command: builds the verb tree, runs it and turns every failure into one
/// line on the error writer and an exit code (see <see cref="ExitCodes"/>).
/// </summary>
/// <remarks>
/// Errors: a <see cref="Core.Diagnostics.MyokineticsException"/> prints
/// <c>myokinetics: error: &lt;message&gt;</c> and exits with its own code (1 bad input, 2 numerical
/// failure); a bad command line prints the parser's messages the same way and exits 1; cancellation
/// (Ctrl+C) exits 130; anything else is a defect and prints
/// <c>myokinetics: internal error: &lt;type&gt;: &lt;message&gt;</c>, exit 3, with the stack trace
/// only under <c>--verbose</c> or the environment variable <c>MYOKINETICS_DEBUG=1</c>.
/// </remarks>
public static class CliApplication
{
    /// <summary>The environment variable that turns on stack traces for internal errors when set to 1.</summary>
    public const string DebugVariable = "MYOKINETICS_DEBUG";

    /// <summary>Runs on the process's console: buffered standard output, standard error, and
    /// Ctrl+C (SIGINT) or SIGTERM cancelling the running command (a second Ctrl+C ends the process).</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        using var cancellation = new CancellationTokenSource();
        void OnCancel(object? sender, ConsoleCancelEventArgs e)
        {
            // The first Ctrl+C asks the command to stop cleanly; a second one ends the process at once.
            e.Cancel = !cancellation.IsCancellationRequested;
            cancellation.Cancel();
        }

        Console.CancelKeyPress += OnCancel;
        using var terminate = System.Runtime.InteropServices.PosixSignalRegistration.Create(
            System.Runtime.InteropServices.PosixSignal.SIGTERM,
            context =>
            {
                context.Cancel = true;
                cancellation.Cancel();
            });
        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        var output = new StreamWriter(Console.OpenStandardOutput(), encoding, 1 << 16) { AutoFlush = false, NewLine = "\n" };
        var error = new StreamWriter(Console.OpenStandardError(), encoding) { AutoFlush = true, NewLine = "\n" };
        try
        {
            var code = await RunAsync(args, output, error, cancellation.Token).ConfigureAwait(false);
            return Flush(output, error) ? code : code == ExitCodes.Success ? ExitCodes.BadInput : code;
        }
        finally
        {
            Console.CancelKeyPress -= OnCancel;
            Close(output);
            Close(error);
        }
    }

    /// <summary>Runs in-process with the given writers (for tests and hosts); never throws for a
    /// failing command: the result is the exit code and the message is on <paramref name="error"/>.</summary>
    /// <param name="args">The command line without the program name.</param>
    /// <param name="output">Receives results (CSV, descriptions, converted models, help).</param>
    /// <param name="error">Receives warnings and errors, one line each.</param>
    /// <param name="cancellationToken">Cancels the running command (exit code 130).</param>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var root = CreateRootCommand();
        var parse = root.Parse(args);
        var configuration = new InvocationConfiguration
        {
            Output = output,
            Error = error,
            EnableDefaultExceptionHandler = false,
            ProcessTerminationTimeout = null,
        };

        if (parse.Action is ParseErrorAction)
        {
            return ReportParseErrors(parse, error);
        }

        try
        {
            return await parse.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            return ErrorReporter.Report(ex, error, Verbose(parse));
        }
    }

    /// <summary>The root command with every verb (exposed for help snapshots and completion).</summary>
    public static RootCommand CreateRootCommand()
    {
        var root = new RootCommand("Myokinetics: simulate muscle–organ crosstalk and any SBML or Antimony model.")
        {
            GlobalOptions.CreateVerbose(),
            SimulateCommand.Create(),
            DescribeCommand.Create(),
            ConvertCommand.Create(),
            TestSuiteCommand.Create(),
            CatalogCommand.Create(),
            SteadyStateCommand.Create(),
            FitCommand.Create(),
            SensitivityCommand.Create(),
            PopulationCommand.Create(),
            MergeCommand.Create(),
            AssayCommand.Create(),
            SecretomeCommand.Create(),
        };
        root.HelpName = "myokinetics";
        return root;
    }

    private static int ReportParseErrors(ParseResult parse, TextWriter error)
    {
        foreach (var problem in parse.Errors.Select(e => e.Message).Distinct(StringComparer.Ordinal))
        {
            error.WriteLine($"myokinetics: error: {OneLine(problem)}");
        }

        var path = new List<string>();
        for (var result = parse.CommandResult; result is not null; result = result.Parent as System.CommandLine.Parsing.CommandResult)
        {
            path.Insert(0, result.Command.Name);
        }

        path[0] = "myokinetics";
        error.WriteLine($"Run '{string.Join(' ', path)} --help' for usage.");
        return ExitCodes.BadInput;
    }

    private static void Close(TextWriter writer)
    {
        try
        {
            writer.Dispose();
        }
        catch (IOException)
        {
            // Flushing failed already and was reported; the process is ending.
        }
    }

    private static bool Verbose(ParseResult parse) =>
        GlobalOptions.IsVerbose(parse)
        || Environment.GetEnvironmentVariable(DebugVariable) == "1";

    /// <summary>The text on one line, with every run of white space (line ends, tabs) made one space.</summary>
    internal static string OneLine(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Flushes the console writers; a closed standard output (a pipe whose reader stopped,
    /// as in <c>| head</c>) is not an error of the command.</summary>
    private static bool Flush(TextWriter output, TextWriter error)
    {
        try
        {
            output.Flush();
            return true;
        }
        catch (IOException ex)
        {
            if (ErrorReporter.IsBrokenPipe(ex))
            {
                return true;
            }

            error.WriteLine($"myokinetics: error: cannot write the output: {OneLine(ex.Message)}");
            return false;
        }
    }
}
