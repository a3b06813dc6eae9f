using System.Globalization;

namespace Myokinetics.Cli.Assays;

/// <summary>The data rows made from a plate and what was left out or kept with a flag.</summary>
/// <param name="Rows">The rows, in the plate's order.</param>
/// <param name="Excluded">Wells left out, by reason.</param>
/// <param name="KeptFlags">Wells kept with a flag, by flag.</param>
/// <param name="UnlistedSamples">Unknown samples on the plate the design sheet does not list.</param>
/// <param name="UnmappedAnalytes">Analytes the design sheet does not map to an observable.</param>
/// <param name="MissingSamples">Samples of the design sheet the plate does not have.</param>
internal sealed record AssayDataResult(
    ImmutableArray<AssayDataRow> Rows,
    IReadOnlyDictionary<string, int> Excluded,
    IReadOnlyDictionary<string, int> KeptFlags,
    ImmutableArray<string> UnlistedSamples,
    ImmutableArray<string> UnmappedAnalytes,
    ImmutableArray<string> MissingSamples)
{
    /// <summary>The summary lines: rows made, wells left out by reason, flags kept, and what the sheet and the plate do not share.</summary>
    public IEnumerable<string> Summary(bool keepFlagged)
    {
        var experiments = Rows.Select(r => r.Experiment).Distinct(StringComparer.Ordinal).Count();
        yield return string.Create(CultureInfo.InvariantCulture, $"design: {Rows.Length} data rows in {experiments} experiment{(experiments == 1 ? string.Empty : "s")} (one per well; fit estimates the error from the replicates)");
        var excluded = Excluded.Values.Sum();
        if (excluded > 0)
        {
            var hint = keepFlagged ? string.Empty : "; --keep-flagged keeps those outside LLOQ–ULOQ";
            yield return string.Create(CultureInfo.InvariantCulture, $"  left out {excluded} well{(excluded == 1 ? string.Empty : "s")}: {string.Join(", ", Excluded.Select(p => $"{p.Value} {p.Key}"))}{hint}");
        }

        if (KeptFlags.Count > 0)
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"  kept with a flag: {string.Join(", ", KeptFlags.Select(p => $"{p.Value} {p.Key}"))}");
        }

        if (!UnlistedSamples.IsEmpty)
        {
            yield return $"  samples not in the design sheet, left out: {string.Join(", ", UnlistedSamples)}";
        }

        if (!UnmappedAnalytes.IsEmpty)
        {
            yield return $"  analytes without an observable in the design sheet, left out: {string.Join(", ", UnmappedAnalytes)}";
        }

        if (!MissingSamples.IsEmpty)
        {
            yield return $"  warning: samples of the design sheet not on the plate: {string.Join(", ", MissingSamples)}";
        }
    }
}
