namespace Myokinetics.Reporting.Fitting;

/// <summary>A row of the estimates table of a fit report (values already formatted by the caller).</summary>
public sealed record FitReportEstimate(string Id, string Estimate, string StandardError, string Interval, string Unit, string Note);

/// <summary>A measured point: time, value and its standard deviation (null: no error bar).</summary>
public readonly record struct FitReportPoint(double Time, double Value, double? StandardDeviation);

/// <summary>One observable of one experiment: the data, the fitted model curve and the standardised
/// residuals ((data − model)/σ) at the data's times.</summary>
/// <param name="Title">Shown above the plots (experiment and observable).</param>
/// <param name="UnitLabel">The observable's unit.</param>
/// <param name="CurveTimes">Times of the model curve, increasing.</param>
/// <param name="CurveValues">The model curve.</param>
/// <param name="Points">The data.</param>
/// <param name="Residuals">(time, standardised residual) at each data point.</param>
public sealed record FitReportPanel(
    string Title,
    string UnitLabel,
    ImmutableArray<double> CurveTimes,
    ImmutableArray<double> CurveValues,
    ImmutableArray<FitReportPoint> Points,
    ImmutableArray<(double Time, double Residual)> Residuals);

/// <summary>A profile likelihood: the rise of −2·log L against the parameter's value, with the threshold.</summary>
/// <param name="Id">The parameter.</param>
/// <param name="Values">The parameter values, increasing.</param>
/// <param name="Rises">The rise at each value.</param>
/// <param name="Threshold">The χ²₁ quantile that bounds the interval.</param>
/// <param name="Estimate">The estimate (marked on the plot).</param>
/// <param name="LogScale">Whether to draw the value axis on a log scale.</param>
public sealed record FitReportProfile(string Id, ImmutableArray<double> Values, ImmutableArray<double> Rises, double Threshold, double Estimate, bool LogScale);

/// <summary>Everything a fit report shows.</summary>
/// <param name="Title">The page title.</param>
/// <param name="Facts">Label–value rows of the header (model, data, method, goodness of fit).</param>
/// <param name="Estimates">The estimates table.</param>
/// <param name="Panels">Fit and residual plots, one per experiment and observable.</param>
/// <param name="Profiles">Profile plots.</param>
/// <param name="TimeLabel">The time axis label, e.g. <c>time (h)</c>.</param>
public sealed record FitReportDocument(
    string Title,
    ImmutableArray<ReportFact> Facts,
    ImmutableArray<FitReportEstimate> Estimates,
    ImmutableArray<FitReportPanel> Panels,
    ImmutableArray<FitReportProfile> Profiles,
    string TimeLabel)
{
    /// <summary>The disclaimer shown at the top and the bottom of the page.</summary>
    public string Disclaimer { get; init; } = ReportDocument.DefaultDisclaimer;

    /// <summary>Predictions simulated with the estimates (curves without data), drawn after the residuals; none by default.</summary>
    public ImmutableArray<FitReportPanel> Predictions { get; init; } = [];

    /// <summary>The sentence under the predictions' heading (what was simulated).</summary>
    public string PredictionNote { get; init; } = string.Empty;
}
