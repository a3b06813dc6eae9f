using Myokinetics.Cli.Loading;
using Myokinetics.Cli.Output;
using Myokinetics.Core.Compile;
using Myokinetics.Core.Units;

namespace Myokinetics.Cli.Simulation;

/// <summary>A model ready to run: the subject and protocol applied, compiled once, its diagnostics written.</summary>
/// <param name="Inputs">The protocol and subject, and the model with them applied.</param>
/// <param name="Compiled">The compiled model.</param>
internal sealed record PreparedModel(ProtocolInputs Inputs, CompiledModel Compiled)
{
    /// <summary>Applies <paramref name="protocol"/> to <paramref name="source"/>'s model and compiles it,
    /// writing the protocol's warnings, then (with <paramref name="checkUnits"/>) the unit checker's and
    /// then the compiler's diagnostics to <paramref name="error"/>.</summary>
    /// <param name="source">The model as read.</param>
    /// <param name="protocol">The protocol and subject as given.</param>
    /// <param name="error">Receives warnings, one line each.</param>
    /// <param name="verbose">Also write informational notes.</param>
    /// <param name="checkUnits">Whether to check the model's units (default true).</param>
    public static PreparedModel Prepare(ModelSource source, ProtocolRequest protocol, TextWriter error, bool verbose, bool checkUnits = true)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(error);
        var inputs = ProtocolInputs.Resolve(protocol, source, DiagnosticWriter.Warnings(error));
        var compiled = ModelCompiler.Compile(inputs.Model);
        if (checkUnits)
        {
            DiagnosticWriter.Write(error, UnitChecker.Check(inputs.Model), verbose);
        }

        DiagnosticWriter.Write(error, compiled.Diagnostics, verbose);
        return new PreparedModel(inputs, compiled);
    }

    /// <summary>Compiles <paramref name="model"/> and writes the compiler's diagnostics to <paramref name="error"/>.</summary>
    public static CompiledModel Compile(Core.Model.Model model, TextWriter error, bool verbose)
    {
        var compiled = ModelCompiler.Compile(model);
        DiagnosticWriter.Write(error, compiled.Diagnostics, verbose);
        return compiled;
    }
}
