using System.Text.RegularExpressions;
using Myokinetics.Core.Diagnostics;

namespace Myokinetics.Physiology.Catalog;

/// <summary>
/// The rules a catalogue must keep beyond being well-formed JSON of the right shape: identifiers of the
/// right form, exactly one main source, a source and a tag on every number, names that find one entry
/// only. The first broken rule is thrown as a <see cref="ModelFormatException"/> naming the file, the line
/// of the entry's field, the entry id and the field.
/// </summary>
internal static partial class CatalogValidator
{
    private static readonly HashSet<string> Matrices = new(StringComparer.Ordinal) { "plasma", "serum", "blood" };
    private static readonly HashSet<string> Contexts = new(StringComparer.Ordinal) { "rest", "exercise", "rest and exercise" };
    private static readonly HashSet<string> HalfLifeUnits = new(StringComparer.Ordinal) { "min", "h", "d" };
    private static readonly HashSet<string> Species = new(StringComparer.Ordinal) { "human", "monkey", "rat", "mouse" };

    public static void Validate(CatalogDocument document, JsonLineIndex lines)
    {
        if (document.SchemaVersion != CatalogJson.SchemaVersion)
        {
            throw new ModelFormatException(lines.At(0), $"schema_version {document.SchemaVersion} is not supported; this program reads version {CatalogJson.SchemaVersion}");
        }

        if (document.Entries.IsDefaultOrEmpty)
        {
            throw new ModelFormatException(lines.At(0), "the catalogue has no entries");
        }

        var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var owners = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var folded = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < document.Entries.Length; i++)
        {
            var entry = document.Entries[i];
            var check = new EntryCheck(entry, i, lines);
            check.Identity();
            if (!ids.Add(entry.Id))
            {
                check.Fail("id", $"id '{entry.Id}' is already used by an earlier entry (ids are compared ignoring case)");
            }

            check.SourceTissues();
            check.Lists();
            check.Basal();
            check.HalfLife();
            check.Exercise();
            check.Model();
            check.References();
            foreach (var key in entry.LookupKeys)
            {
                Claim(owners, key, key, entry, check, "names");
                Claim(folded, MyokineCatalog.Fold(key), key, entry, check, "names (ignoring case, spaces and punctuation)");
            }
        }
    }

    /// <summary>The UniProtKB accession format (uniprot.org help: accession numbers).</summary>
    [GeneratedRegex("^([OPQ][0-9][A-Z0-9]{3}[0-9]|[A-NR-Z][0-9]([A-Z][A-Z0-9]{2}[0-9]){1,2})$")]
    internal static partial Regex UniprotAccession();

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]*$")]
    private static partial Regex Identifier();

    [GeneratedRegex("^[a-z][a-z0-9_]*$")]
    private static partial Regex ModuleName();

    [GeneratedRegex("^[A-Z0-9][A-Z0-9-]*$")]
    private static partial Regex GeneSymbol();

    [GeneratedRegex("^CHEBI:[1-9][0-9]*$")]
    private static partial Regex ChebiId();

    [GeneratedRegex(@"^10\.[0-9]{4,9}/\S+$")]
    private static partial Regex Doi();

    [GeneratedRegex("^[1-9][0-9]{0,8}$")]
    private static partial Regex Pmid();

    private static void Claim(Dictionary<string, string> owners, string key, string shown, MyokineEntry entry, EntryCheck check, string what)
    {
        if (key.Length == 0)
        {
            return;
        }

        if (owners.TryGetValue(key, out var owner) && owner != entry.Id)
        {
            check.Fail("aliases", $"'{shown}' also names entry '{owner}': {what} must find one entry only");
        }

        owners[key] = entry.Id;
    }

    /// <summary>The checks of one entry, which know where the entry is in the file.</summary>
    private sealed class EntryCheck(MyokineEntry entry, int index, JsonLineIndex lines)
    {
        public void Identity()
        {
            if (string.IsNullOrWhiteSpace(entry.Id) || !Identifier().IsMatch(entry.Id))
            {
                Fail("id", $"id '{entry.Id}' must start with a letter and hold only letters, digits and underscores");
            }

            NotBlank("name", entry.Name);
            if (entry.Aliases.Any(string.IsNullOrWhiteSpace))
            {
                Fail("aliases", "an alias is empty");
            }

            switch (entry.Kind)
            {
                case MyokineKind.Protein or MyokineKind.Peptide:
                    if (entry.Gene is null || !GeneSymbol().IsMatch(entry.Gene))
                    {
                        Fail("gene", $"a {Kind()} needs its HGNC gene symbol (upper-case letters, digits, hyphens), got {Show(entry.Gene)}");
                    }

                    if (entry.Uniprot is null || !UniprotAccession().IsMatch(entry.Uniprot))
                    {
                        Fail("uniprot", $"a {Kind()} needs a UniProtKB accession such as P05231, got {Show(entry.Uniprot)}");
                    }

                    if (entry.Chebi is not null)
                    {
                        Fail("chebi", $"a {Kind()} has no ChEBI id (use null)");
                    }

                    break;
                case MyokineKind.Metabolite:
                    if (entry.Gene is not null || entry.Uniprot is not null)
                    {
                        Fail(entry.Gene is not null ? "gene" : "uniprot", "a metabolite has no gene and no UniProt accession (use null)");
                    }

                    if (entry.Chebi is null || !ChebiId().IsMatch(entry.Chebi))
                    {
                        Fail("chebi", $"a metabolite needs a ChEBI id such as CHEBI:16651, got {Show(entry.Chebi)}");
                    }

                    break;
                default:
                    if (entry.Gene is not null || entry.Uniprot is not null || entry.Chebi is not null)
                    {
                        Fail("gene", "a vesicle has no gene, UniProt accession or ChEBI id (use null)");
                    }

                    break;
            }
        }

        public void SourceTissues()
        {
            if (entry.SourceTissues.IsEmpty)
            {
                Fail("source_tissues", "at least one source tissue is needed");
            }

            var mains = entry.SourceTissues.Count(s => s.Main);
            if (mains != 1)
            {
                Fail("source_tissues", $"exactly one source tissue must be the main source (\"main\": true), found {mains}");
            }

            foreach (var source in entry.SourceTissues)
            {
                NotBlank("source_tissues", source.Tissue);
                NotBlank("source_tissues", source.Note);
                if (!Contexts.Contains(source.Context))
                {
                    Fail("source_tissues", $"context '{source.Context}' of '{source.Tissue}' must be one of: {string.Join(", ", Contexts)}");
                }
            }
        }

        public void Lists()
        {
            if (entry.Targets.IsEmpty)
            {
                Fail("targets", "at least one target tissue is needed");
            }

            if (entry.Outcomes.IsEmpty)
            {
                Fail("outcomes", "at least one outcome is needed");
            }

            foreach (var (field, items) in new[] { ("receptors", entry.Receptors), ("signalling", entry.Signalling), ("targets", entry.Targets), ("outcomes", entry.Outcomes), ("notes", entry.Notes) })
            {
                if (items.Any(string.IsNullOrWhiteSpace))
                {
                    Fail(field, "an item is empty");
                }
            }
        }

        public void Basal()
        {
            var basal = entry.BasalPlasma;
            NotBlank("basal_plasma", basal.Unit, "unit");
            NotBlank("basal_plasma", basal.Assay, "assay");
            if (!Matrices.Contains(basal.Matrix))
            {
                Fail("basal_plasma", $"matrix '{basal.Matrix}' must be one of: {string.Join(", ", Matrices)}");
            }

            Numbers("basal_plasma", basal.Value, basal.Low, basal.High, basal.Source, basal.Tag, basal.Caveat);
            if (basal.HasNumbers)
            {
                NotBlank("basal_plasma", basal.Spread, "spread");
            }
        }

        public void HalfLife()
        {
            var halfLife = entry.HalfLife;
            if (!HalfLifeUnits.Contains(halfLife.Unit))
            {
                Fail("half_life", $"unit '{halfLife.Unit}' must be one of: {string.Join(", ", HalfLifeUnits)}");
            }

            Numbers("half_life", halfLife.Value, halfLife.Low, halfLife.High, halfLife.Source, halfLife.Tag, halfLife.Caveat);
            if (halfLife.HasNumbers && (halfLife.Species is null || !Species.Contains(halfLife.Species)))
            {
                Fail("half_life", $"a half-life needs its species, one of: {string.Join(", ", Species)}; got {Show(halfLife.Species)}");
            }
        }

        public void Exercise()
        {
            var response = entry.ExerciseResponse;
            NotBlank("exercise_response", response.Text, "text");
            NotBlank("exercise_response", response.Source, "source");
            Tag("exercise_response", response.Tag);
        }

        public void Model()
        {
            if (entry.ModelObservable is { } observable
                && observable != entry.Id + "_plasma"
                && observable != entry.Id + "_serum")
            {
                Fail("model_observable", $"the observable must be '{entry.Id}_plasma' or '{entry.Id}_serum' (id + matrix), got '{observable}'");
            }

            if (entry.ModelModule is { } module)
            {
                if (!ModuleName().IsMatch(module))
                {
                    Fail("model_module", $"module '{module}' must be a lower-case model file name without .ant");
                }

                if (entry.ModelObservable is null)
                {
                    Fail("model_module", "a module is named but there is no model_observable for it to own");
                }
            }
        }

        public void References()
        {
            if (entry.References.IsEmpty)
            {
                Fail("references", "at least one reference is needed");
            }

            foreach (var reference in entry.References)
            {
                NotBlank("references", reference.Citation, "citation");
                if (reference.Doi is { } doi && !Doi().IsMatch(doi))
                {
                    Fail("references", $"doi '{doi}' must look like 10.1152/physrev.90100.2007 (no resolver prefix)");
                }

                if (reference.Pmid is { } pmid && !Pmid().IsMatch(pmid))
                {
                    Fail("references", $"pmid '{pmid}' must be the PubMed number (digits only)");
                }
            }
        }

        public void Fail(string field, string message) =>
            throw new ModelFormatException(lines.Entry(index, field), $"entry '{entry.Id}', {field}: {message}");

        private void Numbers(string field, double? value, double? low, double? high, string? source, string? tag, string caveat)
        {
            foreach (var number in new[] { value, low, high })
            {
                if (number is < 0)
                {
                    Fail(field, $"{number} is negative");
                }
            }

            if (low > high)
            {
                Fail(field, $"low {low} is above high {high}");
            }

            if (value is { } v && (v < low || v > high))
            {
                Fail(field, $"value {v} lies outside low–high {low}–{high}");
            }

            if (value is null && low is null && high is null)
            {
                NotBlank(field, caveat, "caveat (say why there is no number)");
                if (source is not null || tag is not null)
                {
                    Fail(field, "a source or tag without a number: use null for both");
                }

                return;
            }

            NotBlank(field, source, "source (every number needs one)");
            Tag(field, tag);
        }

        private void Tag(string field, string? tag)
        {
            if (tag is null || !SourceTags.All.Contains(tag))
            {
                Fail(field, $"tag {Show(tag)} must be one of: {string.Join(", ", SourceTags.All)}");
            }
        }

        private void NotBlank(string field, string? text, string? what = null)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                Fail(field, $"{what ?? "the text"} must not be empty");
            }
        }

        private string Kind() => entry.Kind.ToString().ToLowerInvariant();

        private static string Show(string? text) => text is null ? "null" : $"'{text}'";
    }
}
