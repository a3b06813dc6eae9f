using Myokinetics.Cli.Loading;
using Myokinetics.Cli.Output;
using Myokinetics.Core.Compile;
using Myokinetics.Core.Results;
using Myokinetics.Core.Simulate;
using Myokinetics.Core.Units;

namespace Myokinetics.Cli.Simulation;

/// <summary>Loads, checks, compiles and simulates a model, streaming CSV to a file or a writer.</summary>
public static class SimulationJob
{
    /// <summary>Runs <paramref name="request"/>.</summary>
    /// <param name="request">What to simulate.</param>
    /// <param name="output">Receives the CSV when <see cref="SimulateRequest.OutputPath"/> is null.</param>
    /// <param name="error">Receives the model's warnings, one line each.</param>
    /// <param name="verbose">Also write informational notes.</param>
    /// <param name="cancellationToken">Stops the simulation between steps.</param>
    public static void Run(SimulateRequest request, TextWriter output, TextWriter error, bool verbose, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var (model, readerDiagnostics) = ModelLoader.Load(request.ModelPath);
        DiagnosticWriter.Write(error, readerDiagnostics, verbose);
        var compiled = ModelCompiler.Compile(model);
        DiagnosticWriter.Write(error, UnitChecker.Check(model), verbose);
        DiagnosticWriter.Write(error, compiled.Diagnostics, verbose);

        var outputs = OutputSelection.Choose(compiled, request.Variables, request.Amounts, request.Concentrations);
        var settings = Settings(request);
        var simulator = new Simulator(compiled);
        void Simulate(TextWriter writer) =>
            simulator.Run(settings, outputs, new CsvTimeCourseWriter(writer), cancellationToken: cancellationToken);

        if (request.OutputPath is null)
        {
            Simulate(output);
        }
        else
        {
            AtomicFile.WriteText(request.OutputPath, Simulate);
        }
    }

    /// <summary>The simulator's settings; throws <see cref="CommandInputException"/> for values out of range.</summary>
    public static SimulationSettings Settings(SimulateRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var settings = new SimulationSettings(
            request.Start,
            request.End,
            request.Steps,
            request.AbsoluteTolerance,
            request.RelativeTolerance,
            request.Integrator);
        try
        {
            settings.Validate();
        }
        catch (ArgumentException ex)
        {
            throw new CommandInputException(ex.Message, ex);
        }

        return settings;
    }
}
