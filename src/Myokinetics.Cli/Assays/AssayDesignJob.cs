using Myokinetics.Cli.Commands;
using Myokinetics.Cli.Output;
using Myokinetics.Lab.Assays;

namespace Myokinetics.Cli.Assays;

/// <summary>
/// <c>assay PLATE --design DESIGN.csv</c>: analyses the plate as <c>assay</c> does, then writes the
/// fit's data CSV (<see cref="AssayData"/>) instead of the per-well CSV: to <c>--out</c> with the
/// curve, control and design summaries on standard output, or to standard output with the summaries
/// on standard error.
/// </summary>
internal static class AssayDesignJob
{
    public static void Run(string platePath, string? standardsPath, string designPath, bool keepFlagged, AssayOptions options, string? outputPath, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var design = DesignSheet.Read(designPath);
        var plate = PlateFile.Read(platePath, standardsPath);
        var result = AssayAnalysis.Analyze(plate, options, cancellationToken);
        var data = new AssayData(keepFlagged).Build(plate, result, design);
        if (data.Rows.IsEmpty)
        {
            throw new CommandInputException($"{designPath}: no well of {platePath} gave a data row (samples listed: {design.Samples.Length}, analytes mapped: {string.Join(", ", design.Observables.Select(o => o.Analyte))}); check the sample and analyte names against the plate");
        }

        var console = outputPath is null ? error : output;
        foreach (var analyte in result.Analytes)
        {
            console.WriteLine(AssayCommand.Summary(analyte));
        }

        foreach (var control in result.Controls)
        {
            console.WriteLine(AssayCommand.ControlSummary(control));
        }

        foreach (var line in data.Summary(keepFlagged))
        {
            console.WriteLine(line);
        }

        if (outputPath is null)
        {
            AssayData.Write(data.Rows, output);
        }
        else
        {
            AtomicFile.WriteText(outputPath, writer => AssayData.Write(data.Rows, writer));
            output.WriteLine($"wrote {outputPath}");
        }
    }
}
