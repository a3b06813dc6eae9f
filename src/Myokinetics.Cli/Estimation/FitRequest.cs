using Myokinetics.Analysis.Estimation;
using Myokinetics.Cli.Commands;
using Myokinetics.Cli.Simulation;

namespace Myokinetics.Cli.Estimation;

/// <summary>What <c>myokinetics fit</c> was asked.</summary>
/// <param name="ModelPath">The model file, or null for the crosstalk model.</param>
/// <param name="DataPath">The data CSV.</param>
/// <param name="ParametersPath">The parameters YAML.</param>
/// <param name="ExperimentsPath">The experiments YAML, or null for one experiment with <paramref name="Protocol"/>.</param>
/// <param name="Protocol">The protocol options of a single experiment.</param>
/// <param name="Options">Method, starts, seed, threads, iterations, tolerances, integrator.</param>
/// <param name="OutputFolder">Where estimates.csv and fit.csv go.</param>
/// <param name="ReportPath">The HTML report, or null.</param>
internal sealed record FitRequest(
    string? ModelPath,
    string DataPath,
    string ParametersPath,
    string? ExperimentsPath,
    ProtocolRequest Protocol,
    FitOptions Options,
    string OutputFolder,
    string? ReportPath)
{
    /// <summary>The <c>--eps</c> stimulation of a single EPS experiment, or null.</summary>
    public string? Eps { get; init; }

    /// <summary>The <c>--predict</c> EPS stimulation to simulate with the estimates, or null.</summary>
    public string? Predict { get; init; }

    /// <summary>The <c>--end</c> of the prediction, or null for the end of its stimulation or the last data time, whichever is later.</summary>
    public TimeArgument? PredictEnd { get; init; }
}
