using Myokinetics.Core.Diagnostics;

namespace Myokinetics.Lab.Secretome;

/// <summary>
/// Reads a UniProt TSV download (the columns <c>Entry</c> — required — and any of <c>Signal peptide</c>,
/// <c>Transmembrane</c>, <c>Subcellular location [CC]</c>, <c>Keywords</c>, <c>Keyword ID</c>; other
/// columns are ignored) into annotations by accession.
/// </summary>
/// <remarks>
/// A signal peptide is present when its cell holds a feature (e.g. <c>SIGNAL 1..29; …</c>) or
/// <c>yes</c>, or the keywords name <c>Signal</c> (KW-0732); absent when the cell is empty or
/// <c>no</c>; unknown when the cell says <c>unknown</c> (or the column is missing) and no keyword
/// decides. The same for a transmembrane segment (<c>TRANSMEM …</c>; keyword <c>Transmembrane</c>,
/// KW-0812). Secreted: the location or keywords say <c>Secreted</c> (KW-0964). Blank lines and lines
/// starting with <c>#</c> are skipped; a repeated accession is an error naming line and column.
/// </remarks>
public static class UniProtAnnotations
{
    /// <summary>Reads the file at <paramref name="path"/>.</summary>
    /// <exception cref="ModelFormatException">The file is missing or malformed.</exception>
    public static ImmutableDictionary<string, ProteinAnnotation> Read(string path) =>
        Parse(TextFiles.Read(path, "UniProt annotation file"), path);

    /// <summary>Reads annotation text; <paramref name="source"/> names it in messages.</summary>
    /// <exception cref="ModelFormatException">As for <see cref="Read"/>.</exception>
    public static ImmutableDictionary<string, ProteinAnnotation> Parse(string text, string source)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(source);
        List<(string Text, int Column)>? header = null;
        var result = ImmutableDictionary.CreateBuilder<string, ProteinAnnotation>(StringComparer.Ordinal);
        var lines = text.Split('\n');
        int Find(string name) => header!.FindIndex(c => string.Equals(c.Text, name, StringComparison.OrdinalIgnoreCase));
        int entry = -1, signal = -1, transmembrane = -1, location = -1, keywords = -1, keywordIds = -1;
        for (var l = 0; l < lines.Length; l++)
        {
            var line = lines[l].TrimEnd('\r');
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            var cells = TextFiles.Cells(line, '\t');
            if (header is null)
            {
                header = cells;
                (entry, signal, transmembrane) = (Find("Entry"), Find("Signal peptide"), Find("Transmembrane"));
                (location, keywords, keywordIds) = (Find("Subcellular location [CC]"), Find("Keywords"), Find("Keyword ID"));
                if (entry < 0)
                {
                    throw new ModelFormatException(new SourceLocation(source, l + 1), "missing column 'Entry'; expected a UniProt TSV download (Entry, Signal peptide, Transmembrane, Subcellular location [CC], Keywords)");
                }

                continue;
            }

            if (cells.Count != header.Count)
            {
                throw new ModelFormatException(new SourceLocation(source, l + 1), $"expected {header.Count} tab-separated values (as in the header), found {cells.Count}");
            }

            string Cell(int i) => i >= 0 ? cells[i].Text : string.Empty;
            var accession = Cell(entry);
            if (accession.Length == 0)
            {
                throw new ModelFormatException(new SourceLocation(source, l + 1, cells[entry].Column), "the Entry is empty; expected a UniProtKB accession such as P05231");
            }

            var words = (Cell(keywords) + ";" + Cell(keywordIds)).Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            bool Has(string name, string id) => words.Any(w => string.Equals(w, name, StringComparison.OrdinalIgnoreCase) || string.Equals(w, id, StringComparison.OrdinalIgnoreCase));
            var annotation = new ProteinAnnotation(
                accession,
                Has("Signal", "KW-0732") ? true : Fact(signal, Cell(signal)),
                Has("Transmembrane", "KW-0812") ? true : Fact(transmembrane, Cell(transmembrane)),
                Has("Secreted", "KW-0964") || Cell(location).Contains("Secreted", StringComparison.OrdinalIgnoreCase));
            if (!result.TryAdd(accession, annotation))
            {
                throw new ModelFormatException(new SourceLocation(source, l + 1, cells[entry].Column), $"the entry '{accession}' appears twice");
            }
        }

        return result.ToImmutable();
    }

    private static bool? Fact(int column, string cell) =>
        column < 0 || string.Equals(cell, "unknown", StringComparison.OrdinalIgnoreCase) ? null
        : cell.Length == 0 || string.Equals(cell, "no", StringComparison.OrdinalIgnoreCase) ? false
        : true;
}
