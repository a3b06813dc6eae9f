namespace Myokinetics.Analysis.Estimation;

/// <summary>A parameter to estimate: a declared value of the model (parameter, compartment size or
/// species initial value) searched between bounds, on a log scale or a linear one.</summary>
/// <param name="Id">The model id.</param>
/// <param name="Lower">The lower bound (finite; positive on a log scale).</param>
/// <param name="Upper">The upper bound (finite, above <paramref name="Lower"/>).</param>
/// <param name="Start">Where a local fit starts; null means the model's declared value.</param>
/// <param name="LogScale">Whether to search (and report confidence intervals) on log(value): the
/// natural choice for rate constants and gains that are positive and known within orders of magnitude.</param>
public sealed record FitParameter(string Id, double Lower, double Upper, double? Start = null, bool LogScale = true)
{
    /// <summary>Internal coordinate of a value: log(value) on a log scale, else the value.</summary>
    internal double ToInternal(double value) => LogScale ? Math.Log(value) : value;

    /// <summary>The value of an internal coordinate.</summary>
    internal double FromInternal(double x) => LogScale ? Math.Exp(x) : x;

    internal double InternalLower => ToInternal(Lower);

    internal double InternalUpper => ToInternal(Upper);
}
