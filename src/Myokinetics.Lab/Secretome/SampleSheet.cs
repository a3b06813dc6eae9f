using Myokinetics.Core.Diagnostics;

namespace Myokinetics.Lab.Secretome;

/// <summary>
/// A sample sheet: CSV with the header <c>sample,group</c> (any case and order) and one row per
/// sample; blank lines and lines starting with <c>#</c> are skipped. Exactly two groups; the first
/// group to appear is the reference, so fold changes are second over first (list the control first).
/// </summary>
/// <param name="Source">The sheet's name, for messages.</param>
/// <param name="Assignments">The rows in the sheet's order.</param>
public sealed record SampleSheet(string Source, ImmutableArray<SampleAssignment> Assignments)
{
    /// <summary>The two groups in order of first appearance: reference, then treatment.</summary>
    public ImmutableArray<string> Groups => [.. Assignments.Select(a => a.Group).Distinct(StringComparer.Ordinal)];

    /// <summary>Reads the sheet at <paramref name="path"/>.</summary>
    /// <exception cref="ModelFormatException">The file is missing or malformed: a missing column, an
    /// empty cell, a sample named twice, other than two groups.</exception>
    public static SampleSheet Read(string path) => Parse(TextFiles.Read(path, "sample sheet"), path);

    /// <summary>Reads sheet text; <paramref name="source"/> names it in messages.</summary>
    /// <exception cref="ModelFormatException">As for <see cref="Read"/>.</exception>
    public static SampleSheet Parse(string text, string source)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(source);
        var lines = text.Split('\n');
        int? sampleColumn = null;
        int? groupColumn = null;
        var headerLine = 0;
        var rows = ImmutableArray.CreateBuilder<SampleAssignment>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var l = 0; l < lines.Length; l++)
        {
            var line = lines[l].TrimEnd('\r');
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            var cells = TextFiles.Cells(line, ',');
            if (sampleColumn is null)
            {
                headerLine = l + 1;
                var names = cells.Select(c => c.Text.ToLowerInvariant()).ToList();
                var s = names.IndexOf("sample");
                var g = names.IndexOf("group");
                if (s < 0 || g < 0 || cells.Count != 2)
                {
                    throw new ModelFormatException(new SourceLocation(source, headerLine), "expected the header 'sample,group'");
                }

                (sampleColumn, groupColumn) = (s, g);
                continue;
            }

            if (cells.Count != 2)
            {
                throw new ModelFormatException(new SourceLocation(source, l + 1), $"expected 2 values separated by a comma (sample,group), found {cells.Count}");
            }

            var sample = cells[sampleColumn.Value];
            var group = cells[groupColumn!.Value];
            if (sample.Text.Length == 0)
            {
                throw new ModelFormatException(new SourceLocation(source, l + 1, sample.Column), "the sample is empty; expected the name in its intensity column, e.g. EPS_1 for 'LFQ intensity EPS_1'");
            }

            if (group.Text.Length == 0)
            {
                throw new ModelFormatException(new SourceLocation(source, l + 1, group.Column), $"the group of sample '{sample.Text}' is empty");
            }

            if (!seen.TryAdd(sample.Text, l + 1))
            {
                throw new ModelFormatException(new SourceLocation(source, l + 1, sample.Column), $"duplicate sample name '{sample.Text}' (first on line {seen[sample.Text]})");
            }

            rows.Add(new SampleAssignment(sample.Text, group.Text, l + 1, sample.Column));
        }

        var sheet = new SampleSheet(source, rows.ToImmutable());
        var groups = sheet.Groups;
        if (groups.Length != 2)
        {
            throw new ModelFormatException(new SourceLocation(source, Math.Max(headerLine, 1)), $"expected exactly two groups (e.g. control and EPS), found {groups.Length}{(groups.Length > 0 ? ": " + string.Join(", ", groups) : string.Empty)}");
        }

        return sheet;
    }
}
