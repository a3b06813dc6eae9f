namespace Myokinetics.Lab.Secretome;

/// <summary>How a protein leaves the cell, from its UniProt annotation.</summary>
public enum SecretionClass
{
    /// <summary>No annotation was given for any of the group's accessions.</summary>
    Unannotated,

    /// <summary>A signal peptide and no transmembrane segment: secreted through the classical (ER–Golgi) pathway.</summary>
    ClassicallySecreted,

    /// <summary>At least one transmembrane segment (with or without a signal peptide).</summary>
    Transmembrane,

    /// <summary>Neither a signal peptide nor a transmembrane segment.</summary>
    Other,

    /// <summary>Annotated, but the signal peptide or the transmembrane segment is marked unknown.</summary>
    Unknown,
}
