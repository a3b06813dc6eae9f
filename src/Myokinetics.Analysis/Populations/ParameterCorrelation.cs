using Myokinetics.Core.Diagnostics;

namespace Myokinetics.Analysis.Populations;

/// <summary>
/// A correlation between two parameters of a population, on their underlying standard normal
/// variables (a Gaussian copula): for log-normal parameters it is the correlation of the logarithms.
/// </summary>
/// <param name="First">One parameter's id.</param>
/// <param name="Second">The other parameter's id.</param>
/// <param name="Coefficient">The correlation coefficient, strictly between −1 and 1.</param>
/// <param name="Source">Where the correlation comes from.</param>
/// <param name="Location">Where it is written in its file.</param>
public sealed record ParameterCorrelation(string First, string Second, double Coefficient, string? Source, SourceLocation Location);
