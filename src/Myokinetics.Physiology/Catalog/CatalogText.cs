using System.Globalization;
using System.Text;

namespace Myokinetics.Physiology.Catalog;

/// <summary>
/// The catalogue as plain text for terminals: a table of every entry, or one entry in full, wrapped to a
/// width (default 100 columns). Lines have no trailing spaces; numbers are culture-invariant.
/// </summary>
public static class CatalogText
{
    /// <summary>The width entries are wrapped to unless another is given.</summary>
    public const int DefaultWidth = 100;

    /// <summary>The table's column headings.</summary>
    public static ImmutableArray<string> TableHeader { get; } = ["id", "name", "gene", "main source", "targets", "basal level"];

    private const int TableTargets = 3;

    /// <summary>One row per entry: id, name, gene (or ChEBI id, or -), main source, up to three targets
    /// (then "+N"), basal level with unit (see <see cref="FormatBasal"/>).</summary>
    public static void WriteTable(MyokineCatalog catalog, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(writer);
        var rows = new List<string[]> { TableHeader.ToArray() };
        rows.AddRange(catalog.Entries.Select(TableRow));
        var widths = new int[TableHeader.Length];
        foreach (var row in rows)
        {
            for (var c = 0; c < row.Length; c++)
            {
                widths[c] = Math.Max(widths[c], row[c].Length);
            }
        }

        foreach (var row in rows)
        {
            var line = string.Join("  ", row.Select((cell, c) => c == row.Length - 1 ? cell : cell.PadRight(widths[c])));
            writer.WriteLine(line.TrimEnd());
        }
    }

    /// <summary>The cells of an entry's table row.</summary>
    public static string[] TableRow(MyokineEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var targets = entry.Targets.Take(TableTargets).ToList();
        if (entry.Targets.Length > TableTargets)
        {
            targets.Add($"+{entry.Targets.Length - TableTargets}");
        }

        return [entry.Id, entry.Name, entry.Gene ?? entry.Chebi ?? "-", entry.MainSource.Tissue, string.Join(", ", targets), FormatBasal(entry.BasalPlasma)];
    }

    /// <summary>The basal level in one short cell: "1.47 pg/mL", "7.7–23.3 pg/mL" for a range only,
    /// "22.4 ng/mL (serum)" when not measured in plasma, "- (pg/mL)" when there is no number.</summary>
    public static string FormatBasal(BasalLevel basal)
    {
        ArgumentNullException.ThrowIfNull(basal);
        var matrix = basal.Matrix == "plasma" ? string.Empty : $" ({basal.Matrix})";
        if (basal.Value is { } value)
        {
            return $"{Number(value)} {basal.Unit}{matrix}";
        }

        return basal.Low is not null || basal.High is not null
            ? $"{Range(basal.Low, basal.High)} {basal.Unit}{matrix}"
            : $"- ({basal.Unit})";
    }

    /// <summary>Everything about one entry, in sections, wrapped to <paramref name="width"/> columns.</summary>
    public static void WriteEntry(MyokineEntry entry, TextWriter writer, int width = DefaultWidth)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 40);
        var text = new Wrapper(writer, width);
        text.Line($"{entry.Id} — {entry.Name}");
        text.Field("aliases", entry.Aliases.IsEmpty ? "none" : string.Join(", ", entry.Aliases));
        text.Field("kind", Identifiers(entry));
        text.Field("model observable", entry.ModelObservable is null
            ? "none"
            : entry.ModelModule is null ? $"{entry.ModelObservable} (no module assigned yet)" : $"{entry.ModelObservable} (module {entry.ModelModule})");

        text.Section("Source tissues");
        foreach (var source in entry.SourceTissues)
        {
            text.Item($"{source.Tissue} ({(source.Main ? "main; " : string.Empty)}{source.Context}): {source.Note}");
        }

        text.Section("Mechanism");
        text.Field("receptors", entry.Receptors.IsEmpty ? "none identified" : string.Join("; ", entry.Receptors));
        text.Field("signalling", entry.Signalling.IsEmpty ? "none identified" : string.Join("; ", entry.Signalling));
        text.Field("targets", string.Join(", ", entry.Targets));

        text.Section("Outcomes");
        foreach (var outcome in entry.Outcomes)
        {
            text.Item(outcome);
        }

        var basal = entry.BasalPlasma;
        text.Section($"Basal level ({basal.Matrix})");
        text.Field("level", basal.HasNumbers ? $"{Level(basal.Value, basal.Low, basal.High, basal.Unit)} {basal.Tag}" : $"not collected ({basal.Unit})");
        if (basal.Spread is not null)
        {
            text.Field("spread", basal.Spread);
        }

        text.Field("assay", basal.Assay);
        if (basal.Source is not null)
        {
            text.Field("source", basal.Source);
        }

        text.Field("caveat", basal.Caveat);

        var halfLife = entry.HalfLife;
        text.Section("Half-life");
        text.Field("half-life", halfLife.HasNumbers
            ? $"{Level(halfLife.Value, halfLife.Low, halfLife.High, halfLife.Unit)} ({halfLife.Species}) {halfLife.Tag}"
            : "not found");
        if (halfLife.Source is not null)
        {
            text.Field("source", halfLife.Source);
        }

        text.Field("caveat", halfLife.Caveat);

        text.Section($"Exercise response {entry.ExerciseResponse.Tag}");
        text.Paragraph(entry.ExerciseResponse.Text);
        text.Field("source", entry.ExerciseResponse.Source);

        if (!entry.Notes.IsEmpty)
        {
            text.Section("Notes");
            foreach (var note in entry.Notes)
            {
                text.Item(note);
            }
        }

        text.Section("References");
        for (var i = 0; i < entry.References.Length; i++)
        {
            var reference = entry.References[i];
            var links = new StringBuilder(reference.Citation);
            if (reference.Doi is not null)
            {
                links.Append(CultureInfo.InvariantCulture, $" doi:{reference.Doi}");
            }

            if (reference.Pmid is not null)
            {
                links.Append(CultureInfo.InvariantCulture, $" PMID {reference.Pmid}");
            }

            text.Numbered(i + 1, links.ToString());
        }
    }

    private static string Identifiers(MyokineEntry entry)
    {
        var kind = entry.Kind.ToString().ToLowerInvariant();
        return entry.Kind switch
        {
            MyokineKind.Metabolite => $"{kind}; ChEBI {entry.Chebi}",
            MyokineKind.Vesicle => kind,
            _ => $"{kind}; gene {entry.Gene}; UniProt {entry.Uniprot}",
        };
    }

    private static string Level(double? value, double? low, double? high, string unit)
    {
        if (value is null)
        {
            return $"{Range(low, high)} {unit}";
        }

        return low is null && high is null ? $"{Number(value.Value)} {unit}" : $"{Number(value.Value)} {unit} ({Range(low, high)})";
    }

    private static string Range(double? low, double? high) =>
        $"{(low is { } l ? Number(l) : "?")}–{(high is { } h ? Number(h) : "?")}";

    private static string Number(double value) => value.ToString("G", CultureInfo.InvariantCulture);

    /// <summary>Writes words wrapped to a width with hanging indents.</summary>
    private sealed class Wrapper(TextWriter writer, int width)
    {
        private const string Indent = "  ";

        public void Line(string text) => Wrap(text, string.Empty, Indent);

        public void Section(string title)
        {
            writer.WriteLine();
            writer.WriteLine(title);
        }

        public void Field(string name, string value) => Wrap($"{name}: {value}", Indent, Indent + "    ");

        public void Item(string text) => Wrap($"- {text}", Indent, Indent + "  ");

        public void Numbered(int number, string text)
        {
            var label = $"[{number.ToString(CultureInfo.InvariantCulture)}] ";
            Wrap(label + text, Indent, Indent + new string(' ', label.Length));
        }

        public void Paragraph(string text) => Wrap(text, Indent, Indent);

        private void Wrap(string text, string first, string rest)
        {
            var line = new StringBuilder(first);
            var lineHasWord = false;
            foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (lineHasWord && line.Length + 1 + word.Length > width)
                {
                    writer.WriteLine(line.ToString());
                    line.Clear().Append(rest);
                    lineHasWord = false;
                }

                if (lineHasWord)
                {
                    line.Append(' ');
                }

                line.Append(word);
                lineHasWord = true;
            }

            writer.WriteLine(line.ToString().TrimEnd());
        }
    }
}
