namespace Myokinetics.Lab.Secretome;

/// <summary>A secretome analysis: the groups compared and one row per kept protein group, in the file's order.</summary>
/// <param name="Reference">The reference group (first in the sample sheet).</param>
/// <param name="Treatment">The treatment group (second); fold changes are treatment over reference.</param>
/// <param name="Kind">The intensity columns analysed.</param>
/// <param name="Removed">Rows dropped as decoys, contaminants or site-only identifications.</param>
/// <param name="Proteins">Every kept protein group, tested or not.</param>
/// <param name="Test">The per-protein test used.</param>
/// <param name="Prior">The variance prior of the moderated test (estimated from the tested proteins); null under Welch's test.</param>
public sealed record SecretomeResult(string Reference, string Treatment, IntensityKind Kind, int Removed, ImmutableArray<ProteinResult> Proteins, SecretomeTest Test = SecretomeTest.Welch, ModeratedPrior? Prior = null)
{
    /// <summary>How many proteins were tested.</summary>
    public int Tested => Proteins.Count(p => p.Welch is not null);

    /// <summary>How many proteins are significant.</summary>
    public int SignificantCount => Proteins.Count(p => p.Significant);
}
