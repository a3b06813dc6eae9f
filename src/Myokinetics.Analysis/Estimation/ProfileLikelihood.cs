namespace Myokinetics.Analysis.Estimation;

/// <summary>A point of a profile: the parameter fixed at <paramref name="Value"/>, the others
/// re-estimated, and how much −2·log L rose above its minimum.</summary>
public readonly record struct ProfilePoint(double Value, double Rise);

/// <summary>The profile likelihood of one parameter (Raue et al., Bioinformatics 25 (2009) 1923–1929):
/// the points in increasing order of value, the threshold (the χ²₁ quantile of the confidence level,
/// 3.84 for 95 %) and the interval where the rise stays below it.</summary>
/// <param name="Id">The parameter.</param>
/// <param name="Points">Increasing values, the estimate among them (rise 0).</param>
/// <param name="Threshold">The rise that bounds the interval.</param>
/// <param name="Lower">Where the profile crosses the threshold below the estimate (the lower bound when it does not).</param>
/// <param name="Upper">Where it crosses above the estimate (the upper bound when it does not).</param>
/// <param name="LowerOpen">No crossing below: the data do not bound the parameter from below.</param>
/// <param name="UpperOpen">No crossing above.</param>
public sealed record ProfileLikelihood(string Id, ImmutableArray<ProfilePoint> Points, double Threshold, double Lower, double Upper, bool LowerOpen, bool UpperOpen)
{
    /// <summary>Whether the profile stays below the threshold over the whole range searched (a flat
    /// profile: structurally or practically unidentifiable).</summary>
    public bool Flat => LowerOpen && UpperOpen;
}
