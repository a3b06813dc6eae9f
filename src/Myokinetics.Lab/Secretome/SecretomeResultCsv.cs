using System.Globalization;
using System.Text;

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
                Cell(p.ProteinIds),
                Cell(p.GeneNames),
                p.ValidReference.ToString(CultureInfo.InvariantCulture),
                p.ValidTreatment.ToString(CultureInfo.InvariantCulture),
                Number(p.Log2FoldChange),
                Number(w?.T ?? double.NaN),
                Number(w?.DegreesOfFreedom ?? double.NaN),
                Number(w?.P ?? double.NaN),
                Number(p.Q),
                p.Significant ? "yes" : "no",
                ClassName(p.Class),
                p.Annotation?.Secreted == true ? "yes" : "no",
                Cell(p.Myokine ?? string.Empty)));
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

    private static string Number(double value) => double.IsFinite(value) ? value.ToString("R", CultureInfo.InvariantCulture) : string.Empty;

    private static string Cell(string text)
    {
        if (text.IndexOfAny([',', '"', '\n']) < 0)
        {
            return text;
        }

        var quoted = new StringBuilder(text.Length + 2).Append('"').Append(text.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
        return quoted.ToString();
    }
}
