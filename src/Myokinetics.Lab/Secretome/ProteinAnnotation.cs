namespace Myokinetics.Lab.Secretome;

/// <summary>What UniProt says about one protein's route out of the cell.</summary>
/// <param name="Entry">The UniProtKB accession, e.g. <c>P05231</c>.</param>
/// <param name="SignalPeptide">Whether it has a signal peptide; null when marked unknown.</param>
/// <param name="Transmembrane">Whether it has a transmembrane segment; null when marked unknown.</param>
/// <param name="Secreted">Whether the subcellular location or keywords say <c>Secreted</c> (KW-0964); not used for the class, reported alongside it.</param>
public sealed record ProteinAnnotation(string Entry, bool? SignalPeptide, bool? Transmembrane, bool Secreted)
{
    /// <summary>Classically secreted (signal peptide, no transmembrane segment), transmembrane (any
    /// segment), other (neither), or unknown when the deciding fact is marked unknown.</summary>
    public SecretionClass Class => (SignalPeptide, Transmembrane) switch
    {
        (_, true) => SecretionClass.Transmembrane,
        (true, false) => SecretionClass.ClassicallySecreted,
        (false, false) => SecretionClass.Other,
        _ => SecretionClass.Unknown,
    };
}
