namespace Myokinetics.Core.Analysis;

/// <summary>The smallest and largest flux a reaction can carry (±∞ when unlimited, NaN when unknown).</summary>
public readonly record struct FluxRange(double Minimum, double Maximum)
{
    /// <summary>Maximum − Minimum.</summary>
    public double Width => Maximum - Minimum;
}
