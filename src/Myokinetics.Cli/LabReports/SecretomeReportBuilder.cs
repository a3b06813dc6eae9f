using System.Globalization;
using Myokinetics.Lab.Secretome;
using Myokinetics.Reporting;
using Myokinetics.Reporting.Secretome;

namespace Myokinetics.Cli.LabReports;

/// <summary>Builds the HTML report of a secretome comparison: the filtering counts from the valid-value
/// counts the analysis keeps per protein, the FDR line at the largest p among the significant proteins,
/// a twofold guide, and each protein's class and catalogue myokine.</summary>
internal static class SecretomeReportBuilder
{
    /// <summary>The |log2 fold change| of the guide lines: twofold.</summary>
    private const double FoldChangeGuide = 1;

    /// <param name="proteinGroupsPath">The proteinGroups file as given.</param>
    /// <param name="samplesPath">The sample sheet as given.</param>
    /// <param name="annotationsPath">The user's UniProt file, or null.</param>
    /// <param name="sheet">The sample sheet.</param>
    /// <param name="options">The analysis options.</param>
    /// <param name="result">The analysis.</param>
    public static SecretomeReportDocument Build(string proteinGroupsPath, string samplesPath, string? annotationsPath, SampleSheet sheet, SecretomeOptions options, SecretomeResult result)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(result);
        var referenceSamples = sheet.Assignments.Where(a => a.Group == result.Reference).Select(a => a.Sample).ToList();
        var treatmentSamples = sheet.Assignments.Where(a => a.Group == result.Treatment).Select(a => a.Sample).ToList();
        bool Passes(ProteinResult p) => p.ValidReference >= options.MinValid || p.ValidTreatment >= options.MinValid;
        int? imputed = options.Impute
            ? result.Proteins.Where(Passes).Sum(p => referenceSamples.Count - p.ValidReference + treatmentSamples.Count - p.ValidTreatment)
            : null;
        var filtering = new SecretomeReportFiltering(
            result.Proteins.Length + result.Removed,
            result.Removed,
            result.Proteins.Count(p => !Passes(p)),
            options.MinValid,
            result.Tested,
            imputed);
        var significantP = result.Proteins.Where(p => p.Significant && p.Welch is not null).Select(p => p.Welch!.Value.P).ToList();
        var proteins = result.Proteins.Select(p => new SecretomeReportProtein(
            p.GeneNames,
            p.ProteinIds,
            p.Log2FoldChange,
            p.Welch?.P ?? double.NaN,
            p.Q,
            p.Significant,
            ClassLabel(p.Class),
            p.Class == SecretionClass.ClassicallySecreted,
            p.Myokine)).ToImmutableArray();
        var fdr = (options.Fdr * 100).ToString("0.##", CultureInfo.InvariantCulture);
        ImmutableArray<ReportFact> facts =
        [
            new("Protein groups", proteinGroupsPath),
            new("Samples", $"{samplesPath}: {result.Reference} (reference) {string.Join(", ", referenceSamples)}; {result.Treatment} {string.Join(", ", treatmentSamples)}"),
            new("Intensities", result.Kind == IntensityKind.Lfq ? "LFQ intensity, log2" : "iBAQ, log2"),
            new("Valid values", $"at least {options.MinValid} in at least one group"),
            new("Imputation", options.Impute
                ? $"missing values drawn per sample from a normal {S(options.ImputeShift)} SD below its mean, {S(options.ImputeWidth)} SD wide (Perseus defaults), seed {options.Seed.ToString(CultureInfo.InvariantCulture)}"
                : "none (a protein needs two values in each group to be tested)"),
            new("Test", $"{TestName(result)} per protein, two-sided, Benjamini–Hochberg q-values over the tested proteins, significant at q ≤ {fdr} %"),
            new("Secretion class", annotationsPath is null ? "UniProt annotations shipped with the myokine catalogue" : $"{annotationsPath}, over the annotations shipped with the myokine catalogue"),
        ];
        return new SecretomeReportDocument(
            $"Secretome {result.Treatment} vs {result.Reference}",
            facts,
            result.Reference,
            result.Treatment,
            proteins,
            options.Fdr,
            significantP.Count == 0 ? null : significantP.Max(),
            FoldChangeGuide,
            filtering);
    }

    /// <summary>The class as a reader says it.</summary>
    internal static string ClassLabel(SecretionClass value) => value switch
    {
        SecretionClass.ClassicallySecreted => "classically secreted",
        SecretionClass.Transmembrane => "transmembrane",
        SecretionClass.Other => "other",
        SecretionClass.Unknown => "unknown",
        _ => "unannotated",
    };

    private static string S(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    private static string TestName(SecretomeResult result) => result.Test switch
    {
        SecretomeTest.Moderated when result.Prior is { } prior => double.IsPositiveInfinity(prior.DegreesOfFreedom)
            ? $"moderated t-test (empirical Bayes; prior variance {prior.Variance.ToString("G4", CultureInfo.InvariantCulture)}, prior df infinite)"
            : $"moderated t-test (empirical Bayes; prior variance {prior.Variance.ToString("G4", CultureInfo.InvariantCulture)} on {S(prior.DegreesOfFreedom)} df)",
        SecretomeTest.Moderated => "moderated t-test (empirical Bayes)",
        _ => "Welch t-test",
    };
}
