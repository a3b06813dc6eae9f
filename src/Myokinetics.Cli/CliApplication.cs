using System.CommandLine;
using Myokinetics.Cli.Commands;

namespace Myokinetics.Cli;

/// <summary>The <c>myokinetics</c> command: builds the verb tree and runs it.</summary>
public static class CliApplication
{
    public static async Task<int> RunAsync(string[] args)
    {
        var root = new RootCommand("Myokinetics: simulate muscle–organ crosstalk and any SBML or Antimony model.")
        {
            TestSuiteCommand.Create(),
        };
        return await root.Parse(args).InvokeAsync().ConfigureAwait(false);
    }
}
