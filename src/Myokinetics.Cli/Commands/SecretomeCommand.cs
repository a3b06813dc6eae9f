using System.CommandLine;
using System.Globalization;
using Myokinetics.Cli.LabReports;
using Myokinetics.Cli.Output;
using Myokinetics.Lab.Secretome;
using Myokinetics.Physiology.Catalog;
using Myokinetics.Reporting.Secretome;

namespace Myokinetics.Cli.Commands;

/// <summary><c>myokinetics secretome proteinGroups.txt --samples S.csv [--intensity lfq|ibaq]
/// [--min-valid N] [--impute] [--seed S] [--fdr Q] [--test welch|moderated] [--annotations U.tsv] [--out FILE] [--report FILE.html]</c>: a
/// two-group comparison of a MaxQuant secretome with secretion classes and the catalogue's myokines marked.</summary>
internal static class SecretomeCommand
{
    /// <summary>The annotation table shipped next to the myokine catalogue.</summary>
    internal const string ShippedAnnotations = "myokine-annotations.tsv";

    public static Command Create()
    {
        var proteinGroups = new Argument<string>("PROTEINGROUPS")
        {
            Description = "A MaxQuant proteinGroups.txt (tab-separated); decoys (Reverse), contaminants and site-only identifications are dropped.",
        };
        var samples = new Option<string>("--samples")
        {
            Description = "A CSV 'sample,group' naming each sample (as in 'LFQ intensity <sample>') and its group; exactly two groups, the first listed is the reference (e.g. control, then EPS).",
            HelpName = "S.csv",
            Required = true,
        };
        var intensity = new Option<string?>("--intensity")
        {
            Description = "The intensity columns: lfq ('LFQ intensity <sample>') or ibaq ('iBAQ <sample>'); default lfq when present, else ibaq.",
            HelpName = "lfq|ibaq",
        };
        intensity.AcceptOnlyFromAmong("lfq", "ibaq");
        var minValid = new Option<int>("--min-valid")
        {
            Description = "Test a protein with at least N valid (non-zero) values in at least one group.",
            HelpName = "N",
            DefaultValueFactory = _ => 2,
        };
        var impute = new Option<bool>("--impute")
        {
            Description = "Replace missing values of tested proteins by draws from a normal 1.8 SD below each sample's mean, 0.3 SD wide (Perseus-style).",
        };
        var seed = new Option<int>("--seed")
        {
            Description = "The seed of the imputation.",
            HelpName = "S",
            DefaultValueFactory = _ => 1,
        };
        var fdr = new Option<double>("--fdr")
        {
            Description = "The Benjamini–Hochberg false discovery rate at which a protein is significant, in (0, 1].",
            HelpName = "Q",
            DefaultValueFactory = _ => 0.05,
        };
        var test = new Option<string>("--test")
        {
            Description = "The per-protein test: welch (unequal variances) or moderated (limma-style empirical Bayes moderated t, Smyth 2004: each protein's variance shrunk towards a prior fitted to all proteins).",
            HelpName = "welch|moderated",
            DefaultValueFactory = _ => "welch",
        };
        test.AcceptOnlyFromAmong("welch", "moderated");
        var annotations = new Option<string?>("--annotations")
        {
            Description = "A UniProt TSV download (Entry, Signal peptide, Transmembrane, Subcellular location [CC], Keywords) classifying proteins; it takes precedence over the table shipped for the catalogue's myokines.",
            HelpName = "U.tsv",
        };
        var output = new Option<string>("--out")
        {
            Description = "Write the CSV (protein ids, gene names, log2 fold change, t, df, p, q, significant, class, myokine) to FILE instead of standard output; written whole or not at all.",
            HelpName = "FILE",
        };
        var report = new Option<string?>("--report")
        {
            Description = "Also write a self-contained HTML report: a volcano plot (significant proteins coloured, classically secreted ones as triangles, the catalogue's myokines labelled), the significant proteins, counts by secretion class and the filtering summary.",
            HelpName = "FILE.html",
        };
        var command = new Command("secretome", "Compare two groups of a MaxQuant secretome: log2 intensities, valid-value filter, optional imputation, Welch t-test with Benjamini–Hochberg FDR, secretion class and myokines.")
        {
            proteinGroups,
            samples,
            intensity,
            minValid,
            impute,
            seed,
            fdr,
            test,
            annotations,
            output,
        };
        command.Options.Add(report);
        command.SetAction((parse, token) =>
        {
            var n = parse.GetValue(minValid);
            if (n < 1)
            {
                throw new CommandInputException($"--min-valid must be at least 1, found {n}");
            }

            var q = parse.GetValue(fdr);
            if (!(q > 0 && q <= 1))
            {
                throw new CommandInputException($"--fdr must be in (0, 1], found {q.ToString(CultureInfo.InvariantCulture)}");
            }

            var reportPath = ReportOutput.Check(parse.GetValue(report), parse.GetValue(output));
            IntensityKind? kind = parse.GetValue(intensity) switch
            {
                "lfq" => IntensityKind.Lfq,
                "ibaq" => IntensityKind.Ibaq,
                _ => null,
            };
            var table = ProteinGroupsReader.Read(parse.GetValue(proteinGroups)!, kind);
            var sheet = SampleSheet.Read(parse.GetValue(samples)!);
            var catalog = MyokineCatalog.Default();
            var known = Annotations(MyokineCatalog.DefaultPath(), parse.GetValue(annotations));
            var myokines = catalog.Entries.Where(e => e.Uniprot is not null).ToDictionary(e => e.Uniprot!, e => e.Id, StringComparer.Ordinal);
            token.ThrowIfCancellationRequested();
            var options = new SecretomeOptions(MinValid: n, Impute: parse.GetValue(impute), Seed: parse.GetValue(seed), Fdr: q, Test: parse.GetValue(test) == "moderated" ? SecretomeTest.Moderated : SecretomeTest.Welch);
            var result = SecretomeAnalysis.Analyze(table, sheet, options, known, myokines);
            var html = reportPath is null ? null : SecretomeReportWriter.Write(SecretomeReportBuilder.Build(parse.GetValue(proteinGroups)!, parse.GetValue(samples)!, parse.GetValue(annotations), sheet, options, result));
            var path = SimulateCommand.OutputPath(parse.GetValue(output));
            if (path is null)
            {
                SecretomeResultCsv.Write(result, parse.InvocationConfiguration.Output);
            }
            else
            {
                AtomicFile.WriteText(path, writer => SecretomeResultCsv.Write(result, writer));
                var console = parse.InvocationConfiguration.Output;
                console.WriteLine(Summary(result, q));
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

    /// <summary>One line: what was compared and how many proteins were kept, tested and significant.</summary>
    internal static string Summary(SecretomeResult result, double fdr)
    {
        var significant = result.Proteins.Where(p => p.Significant).ToArray();
        var myokines = significant.Where(p => p.Myokine is not null).Select(p => p.Myokine!).ToArray();
        var kind = result.Kind == IntensityKind.Lfq ? "LFQ" : "iBAQ";
        return $"{result.Treatment} vs {result.Reference} ({kind}): {result.Proteins.Length} protein groups kept ({result.Removed} decoys/contaminants/site-only dropped), "
            + $"{result.Tested} tested, {significant.Length} significant at FDR {fdr.ToString(CultureInfo.InvariantCulture)} "
            + $"({significant.Count(p => p.Class == SecretionClass.ClassicallySecreted)} classically secreted; myokines: {(myokines.Length == 0 ? "none" : string.Join(", ", myokines))})";
    }

    /// <summary>The shipped myokine annotations (next to the catalogue, when present) overlaid by the user's file.</summary>
    private static Dictionary<string, ProteinAnnotation> Annotations(string catalogPath, string? userPath)
    {
        var result = new Dictionary<string, ProteinAnnotation>(StringComparer.Ordinal);
        var shipped = Path.Combine(Path.GetDirectoryName(catalogPath) ?? ".", ShippedAnnotations);
        if (File.Exists(shipped))
        {
            foreach (var (key, value) in UniProtAnnotations.Read(shipped))
            {
                result[key] = value;
            }
        }

        if (userPath is not null)
        {
            foreach (var (key, value) in UniProtAnnotations.Read(userPath))
            {
                result[key] = value;
            }
        }

        return result;
    }
}
