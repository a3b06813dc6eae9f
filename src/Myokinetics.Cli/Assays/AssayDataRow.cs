namespace Myokinetics.Cli.Assays;

/// <summary>One row of the fit's data CSV made from a plate well.</summary>
/// <param name="Experiment">The experiment of the well's sample.</param>
/// <param name="Time">Hours since the start of stimulation.</param>
/// <param name="Observable">The model observable the analyte measures.</param>
/// <param name="Value">The well's concentration × dilution.</param>
internal readonly record struct AssayDataRow(string Experiment, double Time, string Observable, double Value);
