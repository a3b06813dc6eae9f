namespace Myokinetics.Cli.Assays;

/// <summary>One conditioned-medium sample of the design sheet.</summary>
/// <param name="Sample">The sample name as the plate names it.</param>
/// <param name="Experiment">The experiment (well condition) it came from, as the fit's experiments name it.</param>
/// <param name="Time">When it was taken, in hours since the start of stimulation.</param>
/// <param name="Line">Its line in the design sheet.</param>
internal sealed record DesignSample(string Sample, string Experiment, double Time, int Line);
