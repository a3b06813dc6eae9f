namespace Myokinetics.Reporting.Sensitivity;

/// <summary>Everything a sensitivity report shows: a title, header facts, notes on the method, a tornado
/// chart per output, and time-resolved sensitivities (local method).</summary>
/// <param name="Title">The page title.</param>
/// <param name="Facts">Label–value rows of the header table (model, method, parameters, samples …).</param>
/// <param name="Notes">Paragraphs explaining how to read the charts.</param>
/// <param name="Tornadoes">One chart per output.</param>
/// <param name="TimeCourses">Time-resolved panels (may be empty).</param>
public sealed record SensitivityReport(
    string Title,
    ImmutableArray<ReportFact> Facts,
    ImmutableArray<string> Notes,
    ImmutableArray<TornadoPanel> Tornadoes,
    ImmutableArray<LinePanel> TimeCourses)
{
    /// <summary>The disclaimer shown at the top and the bottom of the page.</summary>
    public string Disclaimer { get; init; } = ReportDocument.DefaultDisclaimer;
}
