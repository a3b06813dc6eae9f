using Myokinetics.Cli.Commands;
using Myokinetics.Cli.LabReports;
using Myokinetics.Cli.Output;
using Myokinetics.Lab.Assays;
using Myokinetics.Reporting.Assays;

namespace Myokinetics.Cli.Assays;

/// <summary>
/// <c>assay PLATE --design DESIGN.csv</c>: analyses the plate as <c>assay</c> does, then writes the
/// fit's data CSV (<see cref="AssayData"/>) instead of the per-well CSV: to <c>--out</c> with the
/// curve, control and design summaries on standard output, or to standard output with the summaries
/// on standard error; with <c>--report</c> also the plate's HTML report.
/// </summary>
internal static class AssayDesignJob
{
    public static void Run(string platePath, string? standardsPath, string designPath, bool keepFlagged, AssayOptions options, string? outputPath, string? reportPath, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var design = DesignSheet.Read(designPath);
        var plate = PlateFile.Read(platePath, standardsPath);
        var result = AssayAnalysis.Analyze(plate, options, cancellationToken);
        var data = new AssayData(keepFlagged).Build(plate, result, design);
        var html = reportPath is null ? null : AssayReportWriter.Write(AssayReportBuilder.Build(platePath, plate, result, options, cancellationToken));
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

        if (reportPath is not null)
        {
            ReportOutput.Write(reportPath, html!, outputPath is null ? null : output);
        }
    }
}
