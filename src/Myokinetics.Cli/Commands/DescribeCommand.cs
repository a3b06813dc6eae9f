using System.CommandLine;
using Myokinetics.Cli.Describe;
using Myokinetics.Cli.Loading;
using Myokinetics.Cli.Output;
using Myokinetics.Physiology.Observables;

namespace Myokinetics.Cli.Commands;

/// <summary><c>myokinetics describe [MODEL]</c>: the model's elements, units, observables and unit warnings as text.</summary>
internal static class DescribeCommand
{
    public static Command Create()
    {
        var model = ModelInput.CreateArgument("describe");
        var command = new Command("describe", "Describe a model (by default the crosstalk model, with its observables): compartments, species, parameters, reactions, rules, initial assignments, events and functions, with their units and how each value is determined, and the unit warnings.")
        {
            model,
        };
        ModelInput.RefuseBlank(command, model);
        command.SetAction((parse, token) =>
        {
            var path = parse.GetValue(model);
            var configuration = parse.InvocationConfiguration;
            var source = ModelSource.Load(path);
            DiagnosticWriter.Write(configuration.Error, source.Diagnostics, GlobalOptions.IsVerbose(parse));
            token.ThrowIfCancellationRequested();
            var observables = source.IsCrosstalk ? ObservableCatalog.Load() : null;
            ModelDescriber.Write(source.Model, path ?? source.Source, configuration.Output, observables);
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }
}
