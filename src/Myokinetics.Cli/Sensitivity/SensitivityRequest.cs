using Myokinetics.Analysis.Sensitivity;
using Myokinetics.Cli.Simulation;
using Myokinetics.Numerics.Integrate;

namespace Myokinetics.Cli.Sensitivity;

/// <summary>What <c>myokinetics sensitivity</c> was asked to do, as given on the command line.</summary>
internal sealed record SensitivityRequest(
    string? ModelPath,
    SensitivityMethod Method,
    string Parameters,
    string? Outputs,
    IReadOnlyList<string>? Variables,
    string DefaultRange,
    ParameterScale DefaultScale,
    int? Samples,
    int Levels,
    int Bootstrap,
    long Seed,
    int? Threads,
    double? RelativeStep,
    TimeSpanRequest Span,
    double AbsoluteTolerance,
    double RelativeTolerance,
    IntegratorKind Integrator,
    string OutputFolder)
{
    /// <summary>The protocol and subject.</summary>
    public ProtocolRequest Protocol { get; init; } = ProtocolRequest.None;

    /// <summary>The HTML report to write, or null.</summary>
    public string? ReportPath { get; init; }
}
