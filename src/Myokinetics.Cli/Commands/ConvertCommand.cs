using System.CommandLine;
using Myokinetics.Antimony;
using Myokinetics.Cli.Loading;
using Myokinetics.Cli.Output;
using Myokinetics.Cli.Simulation;
using Myokinetics.Core.Model;
using Myokinetics.Sbml;

namespace Myokinetics.Cli.Commands;

/// <summary>
/// <c>myokinetics convert [MODEL] --to sbml|antimony [--out FILE] [--exercise …] [--dose …] [--subject …] [--protocol FILE]</c>
/// (no MODEL: the crosstalk model). With protocol options the written model has the subject's
/// parameters set and the sessions and doses as timed events, exactly as <c>simulate</c> runs it.
/// </summary>
internal static class ConvertCommand
{
    public static Command Create()
    {
        var model = ModelInput.CreateArgument("convert");
        var format = new Option<string>("--to")
        {
            Description = "The format to write: sbml (SBML Level 3 Version 2 core) or antimony.",
            HelpName = "sbml|antimony",
            Required = true,
        };
        format.AcceptOnlyFromAmong("sbml", "antimony");
        var output = new Option<string?>("--out")
        {
            Description = "Write to this file (complete or not at all) instead of standard output.",
            HelpName = "FILE",
        };
        var command = new Command("convert", "Convert a model to another format.")
        {
            model,
            format,
            output,
        };
        var protocolOptions = new ProtocolOptions();
        protocolOptions.AddTo(command);
        ModelInput.RefuseBlank(command, model);
        command.SetAction((parse, token) =>
        {
            var configuration = parse.InvocationConfiguration;
            var verbose = GlobalOptions.IsVerbose(parse);
            var source = ModelSource.Load(parse.GetValue(model));
            DiagnosticWriter.Write(configuration.Error, source.Diagnostics, verbose);
            var loaded = ProtocolInputs.Resolve(protocolOptions.Read(parse), source, message => configuration.Error.WriteLine($"warning: {message}")).Model;
            token.ThrowIfCancellationRequested();
            var text = parse.GetValue(format) == "antimony" ? AsAntimony(loaded, configuration.Error, verbose) : AsSbml(loaded);
            var path = SimulateCommand.OutputPath(parse.GetValue(output));
            if (path is null)
            {
                configuration.Output.Write(text);
            }
            else
            {
                AtomicFile.WriteText(path, writer => writer.Write(text));
            }

            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }

    /// <summary>The model as Antimony text; what Antimony cannot say is reported as a warning.</summary>
    private static string AsAntimony(Model model, TextWriter error, bool verbose)
    {
        var written = AntimonyWriter.WriteWithDiagnostics(model);
        DiagnosticWriter.Write(error, written.Diagnostics, verbose);
        return written.Text;
    }

    /// <summary>The model as SBML L3V2 text; a model the writer cannot express is bad input.</summary>
    private static string AsSbml(Model model)
    {
        try
        {
            return SbmlWriter.WriteString(model);
        }
        catch (ArgumentException ex) when (ex.GetType() == typeof(ArgumentException))
        {
            throw new CommandInputException($"cannot write the model as SBML: {ex.Message}", ex);
        }
    }
}
