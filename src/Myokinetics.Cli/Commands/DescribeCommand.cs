using System.CommandLine;
using Myokinetics.Cli.Describe;
using Myokinetics.Cli.Loading;
using Myokinetics.Cli.Output;

namespace Myokinetics.Cli.Commands;

/// <summary><c>myokinetics describe MODEL</c>: the model's elements, units and unit warnings as text.</summary>
internal static class DescribeCommand
{
    public static Command Create()
    {
        var model = ModelInput.CreateArgument("describe");
        var command = new Command("describe", "Describe a model: compartments, species, parameters, reactions, rules, initial assignments, events and functions, with their units and how each value is determined, and the unit warnings.")
        {
            model,
        };
        ModelInput.Require(command, model, "describe");
        command.SetAction((parse, token) =>
        {
            var path = parse.GetValue(model)!;
            var configuration = parse.InvocationConfiguration;
            var (loaded, diagnostics) = ModelLoader.Load(path);
            DiagnosticWriter.Write(configuration.Error, diagnostics, GlobalOptions.IsVerbose(parse));
            token.ThrowIfCancellationRequested();
            ModelDescriber.Write(loaded, path, configuration.Output);
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }
}
