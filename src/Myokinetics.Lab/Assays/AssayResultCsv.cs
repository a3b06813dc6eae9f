using System.Globalization;

namespace Myokinetics.Lab.Assays;

/// <summary>
/// Writes an <see cref="AssayResult"/>'s rows as tidy CSV: <c>well,analyte,type,mfi,concentration,dilution,flag</c>,
/// one row per plate row in the plate's order; numbers culture-invariant and round-trip exact, the
/// concentration empty when it cannot be back-calculated, several flags joined by <c>;</c>.
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
            var concentration = double.IsFinite(w.Concentration) ? Number(w.Concentration) : string.Empty;
            writer.WriteLine(string.Join(',', w.Well, w.Analyte, w.Type.ToString().ToLowerInvariant(), Number(w.Mfi), concentration, Number(w.Dilution), string.Join(';', w.Flags)));
        }
    }

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
