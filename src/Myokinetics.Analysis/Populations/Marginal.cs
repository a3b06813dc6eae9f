namespace Myokinetics.Analysis.Populations;

/// <summary>
/// One parameter's distribution with its numbers resolved, turning a standard normal variable z into
/// a value: x = F⁻¹(Φ(z)) for the (possibly truncated) marginal F, with shortcuts where exact
/// (x = μ + σz for an untruncated normal, exp(μ + σz) for an untruncated log-normal).
/// </summary>
internal sealed class Marginal
{
    private readonly DistributionKind kind;
    private readonly double mu;
    private readonly double sigma;
    private readonly double min;
    private readonly double max;
    private readonly bool truncated;
    private readonly double lowerProbability;
    private readonly double upperProbability;

    private Marginal(DistributionKind kind, double mu, double sigma, double min, double max)
    {
        this.kind = kind;
        this.mu = mu;
        this.sigma = sigma;
        this.min = min;
        this.max = max;
        if (kind != DistributionKind.Uniform && sigma > 0 && (Scale(min) > double.NegativeInfinity || Scale(max) < double.PositiveInfinity))
        {
            truncated = true;
            lowerProbability = StandardNormal.Cdf((Scale(min) - mu) / sigma);
            upperProbability = StandardNormal.Cdf((Scale(max) - mu) / sigma);
        }
    }

    /// <summary>The arithmetic mean of the untruncated distribution (for uniform: the midpoint).</summary>
    public double Mean { get; private init; }

    /// <summary>The probability the truncation bounds keep (1 without bounds).</summary>
    public double KeptProbability => truncated ? upperProbability - lowerProbability : 1;

    /// <summary>Resolves <paramref name="distribution"/> around <paramref name="mean"/>; the message of a
    /// returned error says what is wrong (the caller adds the place).</summary>
    public static Marginal Create(ParameterDistribution distribution, double mean, out string? error)
    {
        ArgumentNullException.ThrowIfNull(distribution);
        error = null;
        var min = distribution.Min ?? double.NegativeInfinity;
        var max = distribution.Max ?? double.PositiveInfinity;
        switch (distribution.Kind)
        {
            case DistributionKind.Uniform:
                return new Marginal(DistributionKind.Uniform, 0, 0, min, max) { Mean = 0.5 * (min + max) };
            case DistributionKind.Normal:
            {
                var sd = distribution.Sd ?? (distribution.Cv!.Value * Math.Abs(mean));
                if (sd == 0 && (mean < min || mean > max))
                {
                    error = $"the mean {Format(mean)} lies outside the bounds and the spread is 0";
                }

                return Checked(new Marginal(DistributionKind.Normal, mean, sd, min, max) { Mean = mean }, ref error);
            }

            default:
            {
                if (!(mean > 0))
                {
                    error = $"a log-normal distribution needs a mean greater than 0, got {Format(mean)}";
                    return new Marginal(DistributionKind.LogNormal, 0, 0, min, max);
                }

                var cv = distribution.Cv ?? (distribution.Sd!.Value / mean);
                var variance = Math.Log(1 + (cv * cv));
                var marginal = new Marginal(DistributionKind.LogNormal, Math.Log(mean) - (0.5 * variance), Math.Sqrt(variance), Math.Max(min, 0), max) { Mean = mean };
                if (variance == 0 && (mean < min || mean > max))
                {
                    error = $"the mean {Format(mean)} lies outside the bounds and the spread is 0";
                }

                return Checked(marginal, ref error);
            }
        }
    }

    /// <summary>The value for the standard normal variable <paramref name="z"/>.</summary>
    public double FromNormal(double z)
    {
        double value;
        if (kind == DistributionKind.Uniform)
        {
            value = min + (StandardNormal.Cdf(z) * (max - min));
        }
        else if (sigma == 0)
        {
            value = kind == DistributionKind.LogNormal ? Math.Exp(mu) : mu;
        }
        else
        {
            var w = truncated
                ? StandardNormal.Quantile(lowerProbability + (StandardNormal.Cdf(z) * (upperProbability - lowerProbability)))
                : z;
            var scaled = mu + (sigma * w);
            value = kind == DistributionKind.LogNormal ? Math.Exp(scaled) : scaled;
        }

        // Rounding in the transforms must not step outside the bounds.
        return Math.Clamp(value, min, max);
    }

    private static Marginal Checked(Marginal marginal, ref string? error)
    {
        if (error is null && marginal.truncated && !(marginal.KeptProbability > 1e-12))
        {
            error = "the bounds min and max leave (almost) none of the distribution: move them towards the mean or widen the spread";
        }

        return marginal;
    }

    private double Scale(double bound) =>
        kind == DistributionKind.LogNormal ? (bound <= 0 ? double.NegativeInfinity : Math.Log(bound)) : bound;

    private static string Format(double value) => value.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
}
