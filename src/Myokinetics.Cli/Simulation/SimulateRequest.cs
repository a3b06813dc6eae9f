using Myokinetics.Numerics.Integrate;

namespace Myokinetics.Cli.Simulation;

/// <summary>What <c>myokinetics simulate</c> was asked to do.</summary>
/// <param name="ModelPath">The model file, or null for the crosstalk model.</param>
/// <param name="Span">The output times (default 100 intervals: 101 rows).</param>
/// <param name="Variables">The columns, or null for the default selection (the observables of the
/// crosstalk model; see <see cref="OutputSelection"/> for other models).</param>
/// <param name="Amounts">Species written as amounts.</param>
/// <param name="Concentrations">Species written as concentrations.</param>
/// <param name="AbsoluteTolerance">The integrator's absolute tolerance.</param>
/// <param name="RelativeTolerance">The integrator's relative tolerance.</param>
/// <param name="Integrator">The integration method.</param>
/// <param name="OutputPath">The CSV file to write, or null for the output writer.</param>
internal sealed record SimulateRequest(
    string? ModelPath,
    TimeSpanRequest Span,
    IReadOnlyList<string>? Variables,
    IReadOnlyList<string> Amounts,
    IReadOnlyList<string> Concentrations,
    double AbsoluteTolerance,
    double RelativeTolerance,
    IntegratorKind Integrator,
    string? OutputPath)
{
    /// <summary>Whether to start from the model's steady state (<c>--at-steady-state</c>).</summary>
    public bool AtSteadyState { get; init; }

    /// <summary>The protocol and subject inputs (none by default).</summary>
    public ProtocolRequest Protocol { get; init; } = ProtocolRequest.None;

    /// <summary>The <c>--eps</c> stimulation string (runs the in-vitro EPS model), or null.</summary>
    public string? Eps { get; init; }

    /// <summary>The <c>--report</c> HTML file, or null.</summary>
    public string? ReportPath { get; init; }
}
