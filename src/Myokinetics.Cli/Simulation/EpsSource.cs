using Myokinetics.Cli.Loading;
using Myokinetics.Cli.Output;
using Myokinetics.Physiology.Eps;

namespace Myokinetics.Cli.Simulation;

/// <summary>The in-vitro EPS model of one myotube well with the <c>--eps</c> stimulation added as events.</summary>
internal static class EpsSource
{
    /// <summary>The option's name, used in messages.</summary>
    public const string OptionName = "--eps";

    /// <summary>Reads the EPS model and adds the stimulation <paramref name="text"/> describes.</summary>
    /// <exception cref="CommandInputException">A MODEL or protocol inputs were also given.</exception>
    public static ModelSource Load(string text, string? modelPath, ProtocolRequest protocol, TextWriter error, bool verbose)
    {
        if (modelPath is not null)
        {
            throw new CommandInputException($"{OptionName} runs the built-in EPS model of a myotube well: give no MODEL with it");
        }

        if (protocol.HasInputs)
        {
            throw new CommandInputException($"{OptionName} cannot be combined with --exercise, --dose, --subject or --protocol, which drive the crosstalk model");
        }

        var stimulation = EpsText.Parse(text, OptionName);
        var document = EpsModel.Read();
        DiagnosticWriter.Write(error, document.Diagnostics, verbose);
        var model = EpsProtocol.Apply(document.Model, stimulation);
        return new ModelSource(model, document.Diagnostics, EpsModel.EntryPath(), IsCrosstalk: false);
    }
}
