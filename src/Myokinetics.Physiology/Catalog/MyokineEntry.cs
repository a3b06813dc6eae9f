using System.Text.Json.Serialization;

namespace Myokinetics.Physiology.Catalog;

/// <summary>One myokine, exerkine or hepatokine of the catalogue (models/catalog/myokines.json).</summary>
/// <param name="Id">Stable identifier, a valid model identifier (letters, digits, underscore), e.g. <c>IL6</c>.</param>
/// <param name="Name">The usual name.</param>
/// <param name="Aliases">Other names and symbols it is looked up by.</param>
/// <param name="Kind">Protein, peptide, metabolite or vesicle.</param>
/// <param name="Gene">The HGNC gene symbol; null for metabolites and vesicles.</param>
/// <param name="Uniprot">The human UniProtKB accession; null for metabolites and vesicles.</param>
/// <param name="Chebi">The ChEBI identifier (<c>CHEBI:n</c>) of a metabolite, else null.</param>
/// <param name="SourceTissues">The tissues that release it; exactly one is the main source.</param>
/// <param name="Receptors">Its receptors (may be empty when none is known).</param>
/// <param name="Signalling">The signalling intermediates in target cells (may be empty).</param>
/// <param name="Targets">The target tissues.</param>
/// <param name="Outcomes">What it does there, each with its source.</param>
/// <param name="BasalPlasma">The resting circulating level.</param>
/// <param name="HalfLife">How fast it leaves the circulation.</param>
/// <param name="ExerciseResponse">How exercise changes it.</param>
/// <param name="ModelObservable">The crosstalk model's observable for it (<c>Id_plasma</c> or <c>Id_serum</c>),
/// or null when it has no circulating observable.</param>
/// <param name="ModelModule">The crosstalk model module (file name without <c>.ant</c>) that owns the
/// observable, or null when no module is assigned yet.</param>
/// <param name="Notes">Disagreements between the seeds and the literature, and other warnings.</param>
/// <param name="References">The publications behind the entry.</param>
public sealed record MyokineEntry(
    string Id,
    string Name,
    ImmutableArray<string> Aliases,
    MyokineKind Kind,
    string? Gene,
    string? Uniprot,
    string? Chebi,
    ImmutableArray<SourceTissue> SourceTissues,
    ImmutableArray<string> Receptors,
    ImmutableArray<string> Signalling,
    ImmutableArray<string> Targets,
    ImmutableArray<string> Outcomes,
    BasalLevel BasalPlasma,
    HalfLife HalfLife,
    SourcedText ExerciseResponse,
    string? ModelObservable,
    string? ModelModule,
    ImmutableArray<string> Notes,
    ImmutableArray<LiteratureReference> References)
{
    /// <summary>The main source tissue (the loader guarantees there is exactly one).</summary>
    [JsonIgnore]
    public SourceTissue MainSource => SourceTissues.First(s => s.Main);

    /// <summary>The id, the name and the aliases: every key the entry is found by.</summary>
    [JsonIgnore]
    public IEnumerable<string> LookupKeys => Aliases.Prepend(Name).Prepend(Id);
}
