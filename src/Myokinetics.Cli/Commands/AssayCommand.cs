using System.CommandLine;
using Myokinetics.Cli.Output;
using Myokinetics.Lab.Assays;

namespace Myokinetics.Cli.Commands;

/// <summary><c>myokinetics assay PLATE.csv [--model 4pl|5pl|auto] [--out FILE]</c>: standard curves and
/// concentrations of a multiplex immunoassay plate.</summary>
internal static class AssayCommand
{
    public static Command Create()
    {
        var plate = new Argument<string>("PLATE")
        {
            Description = "A tidy plate CSV: columns well, type (standard|blank|control|unknown), analyte, mfi, expected (standards' concentrations), optional dilution and sample.",
        };
        var model = new Option<string>("--model")
        {
            Description = "The standard curve: 4pl, 5pl, or auto (both fitted, the lower AIC kept).",
            HelpName = "4pl|5pl|auto",
            DefaultValueFactory = _ => "auto",
        };
        model.AcceptOnlyFromAmong("4pl", "5pl", "auto");
        var output = new Option<string>("--out")
        {
            Description = "Write the CSV (well, analyte, type, mfi, concentration, dilution, flag) to FILE instead of standard output; written whole or not at all.",
            HelpName = "FILE",
        };
        var command = new Command("assay", "Fit 4PL/5PL standard curves per analyte of a multiplex immunoassay plate and back-calculate every well's concentration with flags.")
        {
            plate,
            model,
            output,
        };
        command.SetAction((parse, token) =>
        {
            var options = new AssayOptions(Model: parse.GetValue(model) switch
            {
                "4pl" => CurveModel.FourParameter,
                "5pl" => CurveModel.FiveParameter,
                _ => CurveModel.Auto,
            });
            var result = AssayAnalysis.Analyze(PlateCsv.Read(parse.GetValue(plate)!), options, token);
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

                console.WriteLine($"wrote {path}");
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

    private static string Limit(double? value) => value is { } v ? Number(v) : "—";

    private static string Number(double value) => value.ToString("G5", System.Globalization.CultureInfo.InvariantCulture);
}
