using System.Globalization;
using Myokinetics.Analysis.SteadyState;
using Myokinetics.Cli.Commands;
using Myokinetics.Cli.Loading;
using Myokinetics.Cli.Output;
using Myokinetics.Cli.Simulation;
using Myokinetics.Core.Compile;
using Myokinetics.Core.Units;

namespace Myokinetics.Cli.Estimation;

/// <summary>What <c>myokinetics steady-state</c> was asked.</summary>
/// <param name="ModelPath">The model file, or null for the crosstalk model.</param>
/// <param name="Protocol">The subject (and protocol, whose events a steady state does not execute).</param>
/// <param name="Time">When to evaluate time-dependent rates.</param>
/// <param name="Options">Tolerances and integrator of the fallback integration.</param>
/// <param name="OutputPath">The CSV file, or null for standard output.</param>
internal sealed record SteadyStateRequest(string? ModelPath, ProtocolRequest Protocol, TimeArgument Time, SteadyStateOptions Options, string? OutputPath);

/// <summary>Loads the model, applies the subject, finds the steady state and writes <c>id,value,unit</c>:
/// every state, then every quantity an assignment rule gives, as the model's math means them (species
/// as concentrations unless they have only substance units).</summary>
internal static class SteadyStateJob
{
    public static void Run(SteadyStateRequest request, TextWriter output, TextWriter error, bool verbose, CancellationToken cancellationToken)
    {
        var source = ModelSource.Load(request.ModelPath, error, verbose);
        var inputs = ProtocolInputs.Resolve(request.Protocol, source, DiagnosticWriter.Warnings(error));
        if (inputs.Protocol.Sessions.Length > 0 || inputs.Protocol.Doses.Length > 0)
        {
            error.WriteLine("warning: exercise sessions and doses are events, which a steady state does not execute; only the subject applies");
        }

        var compiled = PreparedModel.Compile(inputs.Model, error, verbose);
        var time = request.Time.InModelUnits(source.HoursPerTimeUnit(), inputs.Model.Id);
        var result = SteadyStateSolver.Solve(compiled, options: request.Options with { Time = time }, cancellationToken: cancellationToken);
        var units = UnitRegistry.Create(inputs.Model);
        void Write(TextWriter writer)
        {
            writer.WriteLine("id,value,unit");
            var rows = compiled.States.Concat(compiled.Symbols.Where(s => !s.IsState && s.Determination == Determination.Assigned && s.Kind is Core.Compile.SymbolKind.Species or Core.Compile.SymbolKind.Parameter or Core.Compile.SymbolKind.Compartment));
            foreach (var symbol in rows)
            {
                writer.WriteLine($"{symbol.Id},{result.Value(symbol.Id).ToString("R", CultureInfo.InvariantCulture)},{SymbolUnitText.Of(symbol, units)}");
            }
        }

        var summary = Summary(result);
        if (request.OutputPath is null)
        {
            Write(output);
            error.WriteLine(summary);
        }
        else
        {
            AtomicFile.WriteText(request.OutputPath, Write);
            output.WriteLine(summary);
        }

        if (result.DependsOnTime)
        {
            error.WriteLine($"warning: some rates depend on time explicitly; this is the steady state of the system frozen at t = {time.ToString("G6", CultureInfo.InvariantCulture)}");
        }
    }

    private static string Summary(SteadyStateResult result)
    {
        var how = result.Method switch
        {
            SteadyStateMethod.Newton => $"Newton's method ({Iterations(result.NewtonIterations)})",
            SteadyStateMethod.IntegrationThenNewton => $"integration to t = {Number(result.IntegratedTime)}, then Newton's method ({Iterations(result.NewtonIterations)})",
            _ => $"integration to t = {Number(result.IntegratedTime)}",
        };
        var laws = result.ConservationLaws > 0 ? $"; {result.ConservationLaws} conservation laws held" : string.Empty;
        return $"steady state by {how}; largest rate {Number(result.LargestRate)} ({result.LargestRateState}), {Number(result.ScaledResidual)} of its tolerance per time unit{laws}";
    }

    private static string Iterations(int count) => count == 1 ? "1 iteration" : $"{count} iterations";

    private static string Number(double value) => value.ToString("G3", CultureInfo.InvariantCulture);
}
