using Myokinetics.Cli.Loading;
using Myokinetics.Cli.Output;
using Myokinetics.Physiology.Eps;

namespace Myokinetics.Cli.Simulation;

/// <summary>The in-vitro EPS model of one myotube well (or a MODEL with its stimulator inputs, such as
/// a fitted copy written by <c>fit</c>) with an EPS stimulation added as events.</summary>
internal static class EpsSource
{
    /// <summary>The option's name, used in messages.</summary>
    public const string OptionName = "--eps";

    /// <summary>The word that, in place of an EPS string, means an unstimulated control well.</summary>
    public const string None = "none";

    /// <summary>Reads the model and adds the stimulation <paramref name="text"/> describes.</summary>
    /// <exception cref="CommandInputException">Protocol inputs were also given.</exception>
    public static ModelSource Load(string text, string? modelPath, ProtocolRequest protocol, TextWriter error, bool verbose) =>
        Apply(Base(modelPath, protocol, error, verbose), text, OptionName);

    /// <summary>The model to stimulate: the built-in EPS model, or <paramref name="modelPath"/> (which must
    /// have the stimulator inputs, checked when a stimulation is applied).</summary>
    /// <exception cref="CommandInputException">Protocol inputs were also given.</exception>
    public static ModelSource Base(string? modelPath, ProtocolRequest protocol, TextWriter error, bool verbose)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        if (protocol.HasInputs)
        {
            throw new CommandInputException($"{OptionName} cannot be combined with --exercise, --dose, --subject or --protocol, which drive the crosstalk model");
        }

        if (modelPath is not null)
        {
            return ModelSource.Load(modelPath, error, verbose);
        }

        var document = EpsModel.Read();
        DiagnosticWriter.Write(error, document.Diagnostics, verbose);
        return new ModelSource(document.Model, document.Diagnostics, EpsModel.EntryPath(), IsCrosstalk: false);
    }

    /// <summary>The model of <paramref name="source"/> with the stimulation <paramref name="text"/> as
    /// events; <c>none</c> leaves it unstimulated. <paramref name="origin"/> names the text in messages.</summary>
    /// <exception cref="Physiology.Protocols.Text.ProtocolFormatException">The text cannot be read.</exception>
    /// <exception cref="Core.Diagnostics.ModelValidationException">The model lacks a stimulator input.</exception>
    public static ModelSource Apply(ModelSource source, string text, string origin)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(text);
        if (string.Equals(text.Trim(), None, StringComparison.Ordinal))
        {
            EpsProtocol.RequireInputs(source.Model);
            return source;
        }

        var stimulation = EpsText.Parse(text, origin);
        return source with { Model = EpsProtocol.Apply(source.Model, stimulation) };
    }
}
