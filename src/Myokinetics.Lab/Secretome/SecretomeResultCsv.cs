using System.Globalization;

namespace Myokinetics.Lab.Secretome;

/// <summary>
/// Writes a <see cref="SecretomeResult"/> as tidy CSV, one row per kept protein group in the file's
/// order: <c>protein_ids,gene_names,valid_reference,valid_treatment,log2fc,t,df,p,q,significant,class,secreted_keyword,myokine</c>.
/// Numbers are culture-invariant and round-trip exact; <c>t</c>, <c>df</c>, <c>p</c>, <c>q</c> are
/// empty for an untested protein, <c>log2fc</c> when a group has no value; <c>significant</c>,
/// <c>secreted_keyword</c> are <c>yes</c>/<c>no</c>; <c>class</c> is <c>classically-secreted</c>,
/// <c>transmembrane</c>, <c>other</c>, <c>unknown</c> or <c>unannotated</c>; <c>myokine</c> is the
/// catalogue id or empty. Cells holding a comma or a quote are quoted.
/// </summary>
public static class SecretomeResultCsv
{
    /// <summary>The header line.</summary>
    public const string Header = "protein_ids,gene_names,valid_reference,valid_treatment,log2fc,t,df,p,q,significant,class,secreted_keyword,myokine";

    /// <summary>Writes the header and the rows to <paramref name="writer"/>.</summary>
    public static void Write(SecretomeResult result, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteLine(Header);
        foreach (var p in result.Proteins)
        {
            var w = p.Welch;
            writer.WriteLine(string.Join(
                ',',
                CsvCells.Text(p.ProteinIds),
                CsvCells.Text(p.GeneNames),
                p.ValidReference.ToString(CultureInfo.InvariantCulture),
                p.ValidTreatment.ToString(CultureInfo.InvariantCulture),
                CsvCells.Number(p.Log2FoldChange),
                CsvCells.Number(w?.T ?? double.NaN),
                CsvCells.Number(w?.DegreesOfFreedom ?? double.NaN),
                CsvCells.Number(w?.P ?? double.NaN),
                CsvCells.Number(p.Q),
                p.Significant ? "yes" : "no",
                ClassName(p.Class),
                p.Annotation?.Secreted == true ? "yes" : "no",
                CsvCells.Text(p.Myokine ?? string.Empty)));
        }
    }

    /// <summary>The class as written in the CSV.</summary>
    public static string ClassName(SecretionClass value) => value switch
    {
        SecretionClass.ClassicallySecreted => "classically-secreted",
        SecretionClass.Transmembrane => "transmembrane",
        SecretionClass.Other => "other",
        SecretionClass.Unknown => "unknown",
        _ => "unannotated",
    };
}
