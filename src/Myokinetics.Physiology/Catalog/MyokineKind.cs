namespace Myokinetics.Physiology.Catalog;

/// <summary>What kind of molecule (or carrier) a catalogue entry is; written in JSON in lower case
/// (<c>protein</c>, <c>peptide</c>, <c>metabolite</c>, <c>vesicle</c>).</summary>
public enum MyokineKind
{
    /// <summary>A protein with a gene and a UniProt accession.</summary>
    Protein,

    /// <summary>A peptide hormone with a gene and a UniProt accession (of its precursor).</summary>
    Peptide,

    /// <summary>A small molecule with a ChEBI identifier and no gene.</summary>
    Metabolite,

    /// <summary>A carrier such as extracellular vesicles: no gene, UniProt or ChEBI identifier.</summary>
    Vesicle,
}
