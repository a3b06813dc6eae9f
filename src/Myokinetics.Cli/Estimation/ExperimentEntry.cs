using Myokinetics.Cli.Simulation;
using Myokinetics.Core.Diagnostics;

namespace Myokinetics.Cli.Estimation;

/// <summary>One experiment of the experiments file.</summary>
/// <param name="Id">The experiment id the data's experiment column uses.</param>
/// <param name="Request">Its protocol and subject (for the crosstalk model or a MODEL).</param>
/// <param name="Eps">Its EPS stimulation string (<c>none</c> for an unstimulated well), or null when it is not an EPS experiment.</param>
/// <param name="Location">Where the file names it.</param>
internal sealed record ExperimentEntry(string Id, ProtocolRequest Request, string? Eps, SourceLocation Location);
