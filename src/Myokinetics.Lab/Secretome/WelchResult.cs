namespace Myokinetics.Lab.Secretome;

/// <summary>The outcome of Welch's unequal-variance t-test.</summary>
/// <param name="T">(mean of the second sample − mean of the first) / standard error.</param>
/// <param name="DegreesOfFreedom">The Welch–Satterthwaite degrees of freedom.</param>
/// <param name="P">The two-sided p-value.</param>
public readonly record struct WelchResult(double T, double DegreesOfFreedom, double P);
