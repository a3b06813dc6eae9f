using Myokinetics.Cli.Simulation;
using Myokinetics.Core.Simulate;

namespace Myokinetics.Cli.Sensitivity;

/// <summary>What a sensitivity report says about the run besides its results.</summary>
/// <param name="Inputs">The model with its protocol and subject.</param>
/// <param name="HoursPerModelUnit">Hours in one model time unit (1 when the model declares none).</param>
/// <param name="Settings">The simulation settings.</param>
/// <param name="Request">The command line's request.</param>
internal sealed record SensitivityReportContext(ProtocolInputs Inputs, double HoursPerModelUnit, SimulationSettings Settings, SensitivityRequest Request);
