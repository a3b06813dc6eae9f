using System.CommandLine;
using Myokinetics.Cli.LabReports;
using Myokinetics.Cli.Assays;
using Myokinetics.Cli.Output;
using Myokinetics.Lab.Assays;
using Myokinetics.Reporting.Assays;

namespace Myokinetics.Cli.Commands;

/// <summary><c>myokinetics assay PLATE.csv [--model 4pl|5pl|auto] [--standards FILE] [--min-beads N]
/// [--background none|subtract] [--design DESIGN.csv [--keep-flagged]] [--out FILE] [--report FILE.html]</c>: standard curves and concentrations of a multiplex
/// immunoassay plate (a tidy plate CSV or a Luminex xPONENT export, told apart by content).</summary>
internal static class AssayCommand
{
    public static Command Create()
    {
        var plate = new Argument<string>("PLATE")
        {
            Description = "A tidy plate CSV (columns well, type (standard|blank|control|unknown), analyte, mfi, expected (standards' and controls' concentrations), optional dilution and sample) or a Luminex xPONENT CSV export (Median or Net MFI, Count and Dilution Factor sections).",
        };
        var model = new Option<string>("--model")
        {
            Description = "The standard curve: 4pl, 5pl, or auto (both fitted, the lower AIC kept).",
            HelpName = "4pl|5pl|auto",
            DefaultValueFactory = _ => "auto",
        };
        model.AcceptOnlyFromAmong("4pl", "5pl", "auto");
        var standards = new Option<string>("--standards")
        {
            Description = "For an xPONENT export: a CSV with columns sample, analyte, expected giving the standards' (and controls') concentrations by sample name.",
            HelpName = "FILE",
        };
        var minBeads = new Option<int>("--min-beads")
        {
            Description = "Flag wells with fewer beads than N for an analyte (xPONENT Count section) as low-beads; 0 turns the check off.",
            HelpName = "N",
            DefaultValueFactory = _ => 35,
            CustomParser = result =>
            {
                var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
                if (int.TryParse(text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var value) && value >= 0)
                {
                    return value;
                }

                result.AddError($"--min-beads expects a whole number of 0 or more, got '{text}'");
                return default;
            },
        };
        var background = new Option<string>("--background")
        {
            Description = "none: fit the MFI as measured; subtract: subtract each analyte's blank mean MFI from every well before fitting (results carry the net MFI).",
            HelpName = "none|subtract",
            DefaultValueFactory = _ => "none",
        };
        background.AcceptOnlyFromAmong("none", "subtract");
        var output = new Option<string>("--out")
        {
            Description = "Write the CSV (well, analyte, type, mfi, concentration, dilution, flag) to FILE instead of standard output; written whole or not at all.",
            HelpName = "FILE",
        };
        var report = new Option<string?>("--report")
        {
            Description = "Also write a self-contained HTML report: per analyte the standard curve (log–log) with the unknowns and controls on it, LOD/LLOQ/ULOQ, the standards' recovery, the 4PL/5PL AIC and tables of standards, controls and flagged samples.",
            HelpName = "FILE.html",
        };
        var design = new Option<string?>("--design")
        {
            Description = "A design sheet (CSV: a 'sample,experiment,time' table, a blank line, an 'analyte,observable' table) mapping each sample to its experiment and hours since the start of stimulation and each analyte to a model observable; the output becomes fit's data CSV (experiment, time, observable, value; one row per well).",
            HelpName = "FILE",
        };
        var keepFlagged = new Option<bool>("--keep-flagged")
        {
            Description = "With --design: keep wells flagged <LLOQ or >ULOQ (left out by default, with a count printed).",
        };
        var command = new Command("assay", "Fit 4PL/5PL standard curves per analyte of a multiplex immunoassay plate and back-calculate every well's concentration with flags.")
        {
            plate,
            model,
            standards,
            minBeads,
            background,
            output,
        };
        command.Options.Add(report);
        command.Options.Add(design);
        command.Options.Add(keepFlagged);
        command.SetAction((parse, token) =>
        {
            if (parse.GetValue(keepFlagged) && parse.GetValue(design) is null)
            {
                throw new CommandInputException("--keep-flagged applies to the data CSV of --design: give --design with it");
            }

            var options = new AssayOptions(
                Model: parse.GetValue(model) switch
                {
                    "4pl" => CurveModel.FourParameter,
                    "5pl" => CurveModel.FiveParameter,
                    _ => CurveModel.Auto,
                },
                MinBeads: parse.GetValue(minBeads),
                Background: parse.GetValue(background) == "subtract" ? BackgroundHandling.Subtract : BackgroundHandling.None);
            var reportPath = ReportOutput.Check(parse.GetValue(report), parse.GetValue(output));
            if (parse.GetValue(design) is { } designPath)
            {
                AssayDesignJob.Run(parse.GetValue(plate)!, parse.GetValue(standards), designPath, parse.GetValue(keepFlagged), options, SimulateCommand.OutputPath(parse.GetValue(output)), reportPath, parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, token);
                return Task.FromResult(ExitCodes.Success);
            }

            var wells = PlateFile.Read(parse.GetValue(plate)!, parse.GetValue(standards));
            var result = AssayAnalysis.Analyze(wells, options, token);
            var html = reportPath is null ? null : AssayReportWriter.Write(AssayReportBuilder.Build(parse.GetValue(plate)!, wells, result, options, token));
            var path = SimulateCommand.OutputPath(parse.GetValue(output));
            if (path is null)
            {
                AssayResultCsv.Write(result, parse.InvocationConfiguration.Output);
            }
            else
            {
                AtomicFile.WriteText(path, writer => AssayResultCsv.Write(result, writer));
                var console = parse.InvocationConfiguration.Output;
                foreach (var analyte in result.Analytes)
                {
                    console.WriteLine(Summary(analyte));
                }

                foreach (var control in result.Controls)
                {
                    console.WriteLine(ControlSummary(control));
                }

                console.WriteLine($"wrote {path}");
            }

            if (reportPath is not null)
            {
                ReportOutput.Write(reportPath, html!, path is null ? null : parse.InvocationConfiguration.Output);
            }

            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }

    /// <summary>One line per analyte: the curve, its parameters and AIC, and the limits (— when there is none).</summary>
    internal static string Summary(AnalyteResult analyte)
    {
        var curve = analyte.Fit.Curve;
        var five = analyte.Fit.Model == CurveModel.FiveParameter;
        var parameters = $"a={Number(curve.A)} b={Number(curve.B)} c={Number(curve.C)} d={Number(curve.D)}" + (five ? $" g={Number(curve.G)}" : string.Empty);
        var accepted = analyte.Standards.Count(s => s.Accepted);
        var converged = analyte.Fit.Converged ? string.Empty : " (not converged)";
        return $"{analyte.Analyte}: {(five ? "5PL" : "4PL")} {parameters}, AIC {Number(analyte.Fit.Aic)}{converged}; "
            + $"LOD {Limit(analyte.Lod)}, LLOQ {Limit(analyte.Lloq)}, ULOQ {Limit(analyte.Uloq)} ({accepted} of {analyte.Standards.Length} standard levels recover 80–120 %)";
    }

    /// <summary>One line per control: its mean concentration against the nominal one.</summary>
    internal static string ControlSummary(ControlRecovery control) =>
        $"{control.Analyte} control {control.Sample}: {(double.IsFinite(control.Concentration) ? Number(control.Concentration) : "—")} of nominal {Number(control.Expected)}, "
        + $"recovery {(double.IsFinite(control.Recovery) ? (control.Recovery * 100).ToString("F1", System.Globalization.CultureInfo.InvariantCulture) + " %" : "—")} ({(control.Accepted ? "within" : "outside")} 80–120 %)";

    private static string Limit(double? value) => value is { } v ? Number(v) : "—";

    private static string Number(double value) => value.ToString("G5", System.Globalization.CultureInfo.InvariantCulture);
}
