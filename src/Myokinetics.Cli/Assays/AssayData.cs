using System.Globalization;
using Myokinetics.Cli.Output;
using Myokinetics.Lab.Assays;

namespace Myokinetics.Cli.Assays;

/// <summary>
/// Turns an analysed plate into the data CSV of <c>myokinetics fit</c> through a design sheet:
/// <c>experiment,time,observable,value</c>, one row per unknown well and mapped analyte, in the plate's
/// order, the value the well's back-calculated concentration (already × its dilution).
/// <para>
/// Why one row per well and no <c>sd</c> column: the replicate SD of two or three wells is itself
/// very uncertain (a duplicate's SD has one degree of freedom), and weighting by it gives erratic
/// weights, a near-zero SD dominating the fit. Per-well rows let <c>fit</c> estimate one error scale
/// per observable from every well (use <c>error: proportional</c> for the constant CV of immunoassays),
/// and the replicates still count as the independent measurements they are.
/// </para>
/// <para>
/// Flags: a well without a concentration (<c>out-of-range</c>) is always left out; wells flagged
/// <c>&lt;LLOQ</c> or <c>&gt;ULOQ</c> lie outside the validated range and are left out unless
/// <paramref name="KeepFlagged"/>; other flags (<c>high-CV</c>, <c>low-beads</c>, <c>control-recovery</c>)
/// are counted but kept. Wells of samples the sheet does not list (e.g. a QC pool) and analytes it
/// does not map are left out and counted.
/// </para>
/// </summary>
/// <param name="KeepFlagged">Keep wells flagged &lt;LLOQ or &gt;ULOQ (their concentration is an extrapolation).</param>
internal sealed record AssayData(bool KeepFlagged)
{
    /// <summary>The header of the data CSV.</summary>
    public const string Header = "experiment,time,observable,value";

    /// <summary>The rows and what was left out.</summary>
    public AssayDataResult Build(IReadOnlyList<PlateWell> plate, AssayResult result, DesignSheet design)
    {
        ArgumentNullException.ThrowIfNull(plate);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(design);
        var rows = new List<AssayDataRow>();
        var excluded = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var kept = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var unlistedSamples = new SortedSet<string>(StringComparer.Ordinal);
        var unmappedAnalytes = new SortedSet<string>(StringComparer.Ordinal);
        var seenSamples = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < result.Wells.Length; i++)
        {
            var well = result.Wells[i];
            var source = plate[i];
            if (well.Type != WellType.Unknown)
            {
                continue;
            }

            var sample = design.Find(source.Sample);
            if (sample is null)
            {
                unlistedSamples.Add(source.Sample);
                continue;
            }

            seenSamples.Add(sample.Sample);
            if (design.ObservableOf(well.Analyte) is not { } observable)
            {
                unmappedAnalytes.Add(well.Analyte);
                continue;
            }

            if (!double.IsFinite(well.Concentration))
            {
                Count(excluded, "no concentration (out-of-range)");
                continue;
            }

            var range = well.Flags.FirstOrDefault(f => f is "<LLOQ" or ">ULOQ");
            if (range is not null && !KeepFlagged)
            {
                Count(excluded, range);
                continue;
            }

            foreach (var flag in well.Flags)
            {
                Count(kept, flag);
            }

            rows.Add(new AssayDataRow(sample.Experiment, sample.Time, observable, well.Concentration));
        }

        var missing = design.Samples.Where(s => !seenSamples.Contains(s.Sample)).Select(s => s.Sample).ToList();
        return new AssayDataResult([.. rows], excluded, kept, [.. unlistedSamples], [.. unmappedAnalytes], [.. missing]);
    }

    /// <summary>Writes the header and the rows.</summary>
    public static void Write(IEnumerable<AssayDataRow> rows, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteLine(Header);
        foreach (var r in rows)
        {
            writer.WriteLine(string.Join(',', CsvNumber.Field(r.Experiment), CsvNumber.Format(r.Time), CsvNumber.Field(r.Observable), r.Value.ToString("R", CultureInfo.InvariantCulture)));
        }
    }

    private static void Count(SortedDictionary<string, int> counts, string key) =>
        counts[key] = counts.TryGetValue(key, out var n) ? n + 1 : 1;
}
