using System.Globalization;
using Myokinetics.Core.Diagnostics;

namespace Myokinetics.Lab.Secretome;

/// <summary>
/// Reads a MaxQuant <c>proteinGroups.txt</c>: tab-separated, a header line, then one protein group
/// per line. Needs <c>Protein IDs</c> and intensity columns; reads <c>Gene names</c> when present.
/// Drops rows with <c>+</c> in <c>Reverse</c> (decoys), <c>Potential contaminant</c> or
/// <c>Contaminant</c> (the older name; either is accepted) and <c>Only identified by site</c>.
/// </summary>
/// <remarks>
/// Intensities are the <c>LFQ intensity &lt;sample&gt;</c> columns, or the <c>iBAQ &lt;sample&gt;</c>
/// columns (the plain <c>iBAQ</c> total is not a sample) when asked or when no LFQ column exists.
/// An empty cell or <c>NaN</c> reads as 0 (not quantified, as MaxQuant writes it). Errors are
/// <see cref="ModelFormatException"/>s naming the file, the line and the 1-based character column:
/// no intensity columns, a sample named by two columns, a row with a different number of cells
/// from the header, a non-numeric, negative or non-finite intensity.
/// </remarks>
public static class ProteinGroupsReader
{
    private const string LfqPrefix = "LFQ intensity ";
    private const string IbaqPrefix = "iBAQ ";

    /// <summary>Reads the file at <paramref name="path"/>.</summary>
    /// <param name="path">The proteinGroups.txt file.</param>
    /// <param name="kind">The intensity columns to read; null: LFQ when present, else iBAQ.</param>
    /// <exception cref="ModelFormatException">The file is missing, unreadable or malformed.</exception>
    public static ProteinGroupsTable Read(string path, IntensityKind? kind = null) =>
        Parse(TextFiles.Read(path, "proteinGroups file"), path, kind);

    /// <summary>Reads proteinGroups text; <paramref name="source"/> names it in messages.</summary>
    /// <exception cref="ModelFormatException">As for <see cref="Read"/>.</exception>
    public static ProteinGroupsTable Parse(string text, string source, IntensityKind? kind = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(source);
        var lines = text.Split('\n');
        var headerIndex = Array.FindIndex(lines, l => l.Trim().Length > 0);
        if (headerIndex < 0)
        {
            throw new ModelFormatException(new SourceLocation(source, 1), "the file is empty; expected a MaxQuant proteinGroups.txt header (tab-separated)");
        }

        var header = TextFiles.Cells(lines[headerIndex].TrimEnd('\r'), '\t');
        var headerLine = headerIndex + 1;
        int Find(string name) => header.FindIndex(c => string.Equals(c.Text, name, StringComparison.OrdinalIgnoreCase));
        var ids = Find("Protein IDs");
        if (ids < 0)
        {
            throw new ModelFormatException(new SourceLocation(source, headerLine), "missing column 'Protein IDs'; is this a MaxQuant proteinGroups.txt (tab-separated)?");
        }

        var genes = Find("Gene names");
        int[] flags = [.. new[] { Find("Reverse"), Find("Potential contaminant"), Find("Contaminant"), Find("Only identified by site") }.Where(i => i >= 0)];
        var lfq = Columns(header, LfqPrefix);
        var ibaq = Columns(header, IbaqPrefix);
        var chosen = kind ?? (lfq.Count > 0 ? IntensityKind.Lfq : IntensityKind.Ibaq);
        var columns = chosen == IntensityKind.Lfq ? lfq : ibaq;
        if (columns.Count == 0)
        {
            var wanted = chosen == IntensityKind.Lfq ? "'LFQ intensity <sample>'" : "'iBAQ <sample>'";
            var asked = kind is null ? "'LFQ intensity <sample>' or 'iBAQ <sample>'" : wanted;
            throw new ModelFormatException(new SourceLocation(source, headerLine), $"no intensity columns: expected {asked} columns in the header (the plain 'iBAQ' total is not a sample)");
        }

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var c in columns)
        {
            if (!seen.TryAdd(c.Sample, c.Index))
            {
                throw new ModelFormatException(new SourceLocation(source, headerLine, header[c.Index].Column), $"duplicate sample name '{c.Sample}': the column '{header[c.Index].Text}' appears twice");
            }
        }

        var groups = ImmutableArray.CreateBuilder<ProteinGroup>();
        var removed = 0;
        for (var l = headerIndex + 1; l < lines.Length; l++)
        {
            var line = lines[l].TrimEnd('\r');
            if (line.Trim().Length == 0)
            {
                continue;
            }

            var cells = TextFiles.Cells(line, '\t');
            if (cells.Count != header.Count)
            {
                throw new ModelFormatException(new SourceLocation(source, l + 1), $"expected {header.Count} tab-separated values (as in the header), found {cells.Count}");
            }

            if (flags.Any(f => cells[f].Text == "+"))
            {
                removed++;
                continue;
            }

            var values = ImmutableArray.CreateBuilder<double>(columns.Count);
            foreach (var c in columns)
            {
                values.Add(Intensity(cells[c.Index], header[c.Index].Text, source, l + 1));
            }

            groups.Add(new ProteinGroup(cells[ids].Text, genes >= 0 ? cells[genes].Text : string.Empty, values.MoveToImmutable(), l + 1));
        }

        return new ProteinGroupsTable(source, chosen, [.. columns.Select(c => c.Sample)], groups.ToImmutable(), removed);
    }

    private static List<(string Sample, int Index)> Columns(List<(string Text, int Column)> header, string prefix)
    {
        var result = new List<(string, int)>();
        for (var i = 0; i < header.Count; i++)
        {
            var name = header[i].Text;
            if (name.Length > prefix.Length && name.StartsWith(prefix, StringComparison.Ordinal))
            {
                result.Add((name[prefix.Length..].Trim(), i));
            }
        }

        return result;
    }

    private static double Intensity((string Text, int Column) cell, string column, string source, int line)
    {
        if (cell.Text.Length == 0 || cell.Text == "NaN")
        {
            return 0;
        }

        if (!double.TryParse(cell.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value) || value < 0)
        {
            throw new ModelFormatException(new SourceLocation(source, line, cell.Column), $"'{column}' value '{cell.Text}' is not an intensity; expected a number ≥ 0 such as 1.5E+08 (0 when not quantified)");
        }

        return value;
    }
}
