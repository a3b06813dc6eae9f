namespace Myokinetics.Lab.Assays;

/// <summary>
/// Writes an <see cref="AssayResult"/>'s rows as tidy CSV: <c>well,analyte,type,mfi,concentration,dilution,flag</c>,
/// one row per plate row in the plate's order; numbers culture-invariant and round-trip exact, the
/// concentration empty when it cannot be back-calculated, well and analyte names quoted when they hold a comma, several flags joined by <c>;</c>.
/// </summary>
public static class AssayResultCsv
{
    /// <summary>The header line.</summary>
    public const string Header = "well,analyte,type,mfi,concentration,dilution,flag";

    /// <summary>Writes the header and the rows to <paramref name="writer"/>.</summary>
    public static void Write(AssayResult result, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteLine(Header);
        foreach (var w in result.Wells)
        {
            writer.WriteLine(string.Join(',', CsvCells.Text(w.Well), CsvCells.Text(w.Analyte), w.Type.ToString().ToLowerInvariant(), CsvCells.Number(w.Mfi), CsvCells.Number(w.Concentration), CsvCells.Number(w.Dilution), string.Join(';', w.Flags)));
        }
    }
}
