using Myokinetics.Analysis.Populations;
using Myokinetics.Cli.Simulation;
using Myokinetics.Numerics.Integrate;

namespace Myokinetics.Cli.Populations;

/// <summary>What <c>myokinetics population</c> was asked to do.</summary>
/// <param name="ModelPath">The model file, or null for the crosstalk model.</param>
/// <param name="Size">The number of subjects N.</param>
/// <param name="PopulationPath">The population file, or null for the crosstalk model's defaults.</param>
/// <param name="Span">The output times (the start is always 0).</param>
/// <param name="Variables">The summarised variables, or null for the default selection.</param>
/// <param name="Seed">The population's seed.</param>
/// <param name="Shard">Which part of the population to run.</param>
/// <param name="Threads">Worker threads (0: one per processor).</param>
/// <param name="PerSubject">Also write every subject's time course.</param>
/// <param name="OutputFolder">Where the files go.</param>
/// <param name="AbsoluteTolerance">The integrator's absolute tolerance.</param>
/// <param name="RelativeTolerance">The integrator's relative tolerance.</param>
/// <param name="Integrator">The integration method.</param>
internal sealed record PopulationRequest(
    string? ModelPath,
    int Size,
    string? PopulationPath,
    TimeSpanRequest Span,
    IReadOnlyList<string>? Variables,
    ulong Seed,
    Shard Shard,
    int Threads,
    bool PerSubject,
    string OutputFolder,
    double AbsoluteTolerance,
    double RelativeTolerance,
    IntegratorKind Integrator)
{
    /// <summary>Whether each subject starts from its own steady state (<c>--at-steady-state</c>).</summary>
    public bool AtSteadyState { get; init; }

    /// <summary>The protocol and subject inputs (none by default).</summary>
    public ProtocolRequest Protocol { get; init; } = ProtocolRequest.None;
}
