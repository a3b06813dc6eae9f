namespace Myokinetics.Analysis.Sensitivity;

/// <summary>The first- and total-order Sobol' indices of one parameter for one output, with bootstrap
/// percentile intervals (NaN without bootstrap).</summary>
/// <param name="Output">The output's name.</param>
/// <param name="Parameter">The parameter's id.</param>
/// <param name="First">S₁: the share of the output's variance due to the parameter alone.</param>
/// <param name="FirstLow">Lower end of S₁'s interval.</param>
/// <param name="FirstHigh">Upper end of S₁'s interval.</param>
/// <param name="Total">S_T: the share due to the parameter with all its interactions.</param>
/// <param name="TotalLow">Lower end of S_T's interval.</param>
/// <param name="TotalHigh">Upper end of S_T's interval.</param>
public sealed record SobolIndex(string Output, string Parameter, double First, double FirstLow, double FirstHigh, double Total, double TotalLow, double TotalHigh);
