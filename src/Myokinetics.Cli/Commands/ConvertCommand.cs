using System.CommandLine;
using Myokinetics.Cli.Loading;
using Myokinetics.Cli.Output;
using Myokinetics.Core.Model;
using Myokinetics.Sbml;

namespace Myokinetics.Cli.Commands;

/// <summary><c>myokinetics convert MODEL --to sbml|antimony [--out FILE]</c>.</summary>
internal static class ConvertCommand
{
    public static Command Create()
    {
        var model = ModelInput.CreateArgument("convert");
        var format = new Option<string>("--to")
        {
            Description = "The format to write: sbml (SBML Level 3 Version 2 core) or antimony (not available in this version).",
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
        ModelInput.Require(command, model, "convert");
        command.SetAction((parse, token) =>
        {
            var configuration = parse.InvocationConfiguration;
            var target = parse.GetValue(format);
            if (target == "antimony")
            {
                throw new CommandInputException("--to antimony is not available yet: this version has no Antimony writer; use --to sbml");
            }

            var (loaded, diagnostics) = ModelLoader.Load(parse.GetValue(model)!);
            DiagnosticWriter.Write(configuration.Error, diagnostics, GlobalOptions.IsVerbose(parse));
            token.ThrowIfCancellationRequested();
            var path = SimulateCommand.OutputPath(parse.GetValue(output));
            if (path is null)
            {
                configuration.Output.Write(Sbml(loaded));
            }
            else
            {
                var text = Sbml(loaded);
                AtomicFile.WriteText(path, writer => writer.Write(text));
            }

            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }

    /// <summary>The model as SBML L3V2 text; a model the writer cannot express is bad input.</summary>
    private static string Sbml(Model model)
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
