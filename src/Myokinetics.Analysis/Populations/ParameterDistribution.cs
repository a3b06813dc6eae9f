using Myokinetics.Core.Diagnostics;

namespace Myokinetics.Analysis.Populations;

/// <summary>
/// How one model value (a parameter or compartment size) varies between subjects, as a population
/// file gives it.
/// </summary>
/// <param name="Id">The model id.</param>
/// <param name="Kind">The distribution's shape.</param>
/// <param name="Mean">The arithmetic mean, or null for the model's own value (after the subject is applied).</param>
/// <param name="Cv">The coefficient of variation (SD / mean, ≥ 0), or null when <paramref name="Sd"/> is given.</param>
/// <param name="Sd">The standard deviation (≥ 0), or null when <paramref name="Cv"/> is given.</param>
/// <param name="Min">The lower bound: for normal and log-normal a truncation (draws below it never occur
/// and the rest of the distribution keeps its shape), for uniform the lower end; null for none.</param>
/// <param name="Max">The upper bound, as <paramref name="Min"/>.</param>
/// <param name="RelativeTo">When given, the drawn number is a ratio to this parameter's value for the same
/// subject (itself drawn or the model's), and the parameter is that ratio times the value; the mean then
/// defaults to the ratio of the two model values. Null for an absolute value.</param>
/// <param name="Source">Where the spread comes from (a citation, or why it is assumed).</param>
/// <param name="Location">Where the parameter is written in its file, for messages.</param>
public sealed record ParameterDistribution(
    string Id,
    DistributionKind Kind,
    double? Mean,
    double? Cv,
    double? Sd,
    double? Min,
    double? Max,
    string? RelativeTo,
    string? Source,
    SourceLocation Location);
