namespace Myokinetics.Lab.Secretome;

/// <summary>Which MaxQuant intensity columns are analysed.</summary>
public enum IntensityKind
{
    /// <summary>Label-free quantification: the <c>LFQ intensity &lt;sample&gt;</c> columns (MaxLFQ).</summary>
    Lfq,

    /// <summary>Intensity-based absolute quantification: the <c>iBAQ &lt;sample&gt;</c> columns (not the plain <c>iBAQ</c> total).</summary>
    Ibaq,
}
