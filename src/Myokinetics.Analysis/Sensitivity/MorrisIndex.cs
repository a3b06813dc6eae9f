namespace Myokinetics.Analysis.Sensitivity;

/// <summary>
/// Morris's screening measures of one parameter for one output, from r elementary effects
/// EE = [y(x + Δeᵢ) − y(x)] / Δ with x and Δ in units of the parameter's range (linear or log), so an
/// effect is the change of the output over the whole range at that slope.
/// </summary>
/// <param name="Output">The output's name.</param>
/// <param name="Parameter">The parameter's id.</param>
/// <param name="Mu">μ, the mean of the elementary effects (Morris 1991).</param>
/// <param name="MuStar">μ*, the mean of their absolute values (Campolongo, Cariboni &amp; Saltelli 2007): the importance.</param>
/// <param name="Sigma">σ, their standard deviation (n − 1): non-linearity or interactions.</param>
/// <param name="MuStarLow">The bootstrap interval's lower end for μ* (NaN without bootstrap).</param>
/// <param name="MuStarHigh">Its upper end.</param>
public sealed record MorrisIndex(string Output, string Parameter, double Mu, double MuStar, double Sigma, double MuStarLow, double MuStarHigh);
