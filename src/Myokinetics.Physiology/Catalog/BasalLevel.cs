namespace Myokinetics.Physiology.Catalog;

/// <summary>The resting circulating level of a myokine in healthy adults, as one source reports it.</summary>
/// <param name="Value">The central value (mean or median), or null when the source gives only a range or
/// when no value was collected.</param>
/// <param name="Low">The lower end of the reported spread, or null.</param>
/// <param name="High">The upper end of the reported spread, or null.</param>
/// <param name="Spread">What <paramref name="Value"/>, <paramref name="Low"/> and <paramref name="High"/>
/// are (e.g. "median (interquartile range)", "mean ± SD; low/high = mean ∓ SD [DERIVED]"), or null
/// when there are no numbers.</param>
/// <param name="Unit">The unit, as printed (e.g. <c>pg/mL</c>, <c>ng/mL</c>, <c>mmol/L</c>, <c>µmol/L</c>).</param>
/// <param name="Matrix"><c>plasma</c>, <c>serum</c> or <c>blood</c> (pooled serum and plasma, or whole blood).</param>
/// <param name="Assay">How it was measured (mass spectrometry, ELISA, ...).</param>
/// <param name="Caveat">What the number does not say: assay disagreements, population, the model's own
/// baseline; required when there are no numbers.</param>
/// <param name="Source">Where the numbers come from; required when any number is given.</param>
/// <param name="Tag">One of <see cref="SourceTags"/>; required when any number is given.</param>
public sealed record BasalLevel(
    double? Value,
    double? Low,
    double? High,
    string? Spread,
    string Unit,
    string Matrix,
    string Assay,
    string Caveat,
    string? Source,
    string? Tag)
{
    /// <summary>Whether the source gives any number.</summary>
    public bool HasNumbers => Value is not null || Low is not null || High is not null;
}
