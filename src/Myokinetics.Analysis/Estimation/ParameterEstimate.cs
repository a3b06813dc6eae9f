namespace Myokinetics.Analysis.Estimation;

/// <summary>How a confidence interval was obtained.</summary>
public enum IntervalMethod
{
    /// <summary>From the Fisher information (the Levenberg–Marquardt Jacobian at the estimate):
    /// estimate ± z·se on the parameter's scale (log or linear).</summary>
    Fisher,

    /// <summary>From the profile likelihood: where −2·log-likelihood rises by the χ²₁ quantile.</summary>
    Profile,
}

/// <summary>An estimated parameter.</summary>
/// <param name="Id">The model id.</param>
/// <param name="Estimate">The estimate.</param>
/// <param name="StandardError">The asymptotic standard error in the parameter's own unit (on a log scale
/// by the delta method: estimate × se of log); +∞ when the Fisher information is singular.</param>
/// <param name="Lower">The interval's lower end (the lower bound when the profile stays below the
/// threshold down to it; see <see cref="LowerOpen"/>).</param>
/// <param name="Upper">The interval's upper end (see <see cref="UpperOpen"/>).</param>
/// <param name="Interval">How the interval was obtained.</param>
/// <param name="LogScale">Whether the parameter was searched on a log scale.</param>
public sealed record ParameterEstimate(string Id, double Estimate, double StandardError, double Lower, double Upper, IntervalMethod Interval, bool LogScale)
{
    /// <summary>The profile did not reach the threshold before the lower bound (or the Fisher
    /// information was singular): the data do not bound the parameter from below.</summary>
    public bool LowerOpen { get; init; }

    /// <summary>The profile did not reach the threshold before the upper bound (or the Fisher
    /// information was singular).</summary>
    public bool UpperOpen { get; init; }

    /// <summary>Whether the data bound the parameter on both sides.</summary>
    public bool Identifiable => !LowerOpen && !UpperOpen && double.IsFinite(StandardError);
}
