namespace Myokinetics.Lab.Secretome;

/// <summary>The outcome of a two-sample t-test: Welch's unequal-variance test (<see cref="WelchTest"/>) or
/// the moderated t (<see cref="ModeratedTTest"/>).</summary>
/// <param name="T">(mean of the second sample − mean of the first) / standard error.</param>
/// <param name="DegreesOfFreedom">The Welch–Satterthwaite degrees of freedom, or d₀ + d for the moderated t.</param>
/// <param name="P">The two-sided p-value.</param>
public readonly record struct WelchResult(double T, double DegreesOfFreedom, double P);
