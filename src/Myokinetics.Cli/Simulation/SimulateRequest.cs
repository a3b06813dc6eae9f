using Myokinetics.Numerics.Integrate;

namespace Myokinetics.Cli.Simulation;

/// <summary>What <c>myokinetics simulate</c> was asked to do.</summary>
/// <param name="ModelPath">The model file.</param>
/// <param name="Start">The first output time, in the model's time units (default 0).</param>
/// <param name="End">The last output time, in the model's time units.</param>
/// <param name="Steps">The number of equal output intervals (default 100: 101 rows).</param>
/// <param name="Variables">The columns, or null for the default selection (see <see cref="OutputSelection"/>).</param>
/// <param name="Amounts">Species written as amounts.</param>
/// <param name="Concentrations">Species written as concentrations.</param>
/// <param name="AbsoluteTolerance">The integrator's absolute tolerance.</param>
/// <param name="RelativeTolerance">The integrator's relative tolerance.</param>
/// <param name="Integrator">The integration method.</param>
/// <param name="OutputPath">The CSV file to write, or null for the output writer.</param>
public sealed record SimulateRequest(
    string ModelPath,
    double Start,
    double End,
    int Steps,
    IReadOnlyList<string>? Variables,
    IReadOnlyList<string> Amounts,
    IReadOnlyList<string> Concentrations,
    double AbsoluteTolerance,
    double RelativeTolerance,
    IntegratorKind Integrator,
    string? OutputPath);
