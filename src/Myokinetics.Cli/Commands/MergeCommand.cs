using System.CommandLine;
using Myokinetics.Cli.Populations;

namespace Myokinetics.Cli.Commands;

/// <summary><c>myokinetics merge DIR… --out DIR</c>: combines the shards of a population run.</summary>
internal static class MergeCommand
{
    public static Command Create()
    {
        var folders = new Argument<string[]>("DIR")
        {
            Description = "The --out folders of the shards of one 'myokinetics population' run (every shard once, in any order).",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<string>("--out")
        {
            Description = "The folder for the merged summary.csv, parameters.csv, failures.csv, population.state and (when every shard has one) subjects.csv.",
            HelpName = "DIR",
            Required = true,
        };
        var command = new Command("merge", "Combine the shards of a population run into the summary one run would have written (bit for bit).")
        {
            folders,
            output,
        };
        command.SetAction((parse, token) =>
        {
            MergeJob.Run(parse.GetValue(folders) ?? [], parse.GetValue(output)!, parse.InvocationConfiguration.Output, token);
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }
}
