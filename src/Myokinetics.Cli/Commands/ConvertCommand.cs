using System.CommandLine;
using Myokinetics.Antimony;
using Myokinetics.Cli.Loading;
using Myokinetics.Cli.Output;
using Myokinetics.Core.Model;
using Myokinetics.Sbml;

namespace Myokinetics.Cli.Commands;

/// <summary><c>myokinetics convert [MODEL] --to sbml|antimony [--out FILE]</c> (no MODEL: the crosstalk model).</summary>
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
        ModelInput.RefuseBlank(command, model);
        command.SetAction((parse, token) =>
        {
            var configuration = parse.InvocationConfiguration;
            var verbose = GlobalOptions.IsVerbose(parse);
            var source = ModelSource.Load(parse.GetValue(model));
            var loaded = source.Model;
            DiagnosticWriter.Write(configuration.Error, source.Diagnostics, verbose);
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
