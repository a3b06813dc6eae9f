namespace Myokinetics.Reporting;

/// <summary>
/// Everything a simulation report shows: a title, the facts of its header (subject, model, time span),
/// the protocol lines, the plotted series in sections, and the protocol on the time axis (sessions as
/// bands, doses as markers). Times are in hours.
/// </summary>
/// <param name="Title">The page title.</param>
/// <param name="Facts">Label–value rows of the header table, in order.</param>
/// <param name="ProtocolLines">The protocol as written, one line per session or dose instruction.</param>
/// <param name="Sections">The plots, grouped; empty sections are left out.</param>
/// <param name="Bands">Intervals drawn as shaded bands on every plot (exercise sessions).</param>
/// <param name="Markers">Instants drawn as markers on every plot (doses).</param>
public sealed record ReportDocument(
    string Title,
    ImmutableArray<ReportFact> Facts,
    ImmutableArray<string> ProtocolLines,
    ImmutableArray<ReportSection> Sections,
    ImmutableArray<TimeBand> Bands,
    ImmutableArray<TimeMarker> Markers)
{
    /// <summary>The statement every report carries.</summary>
    public const string DefaultDisclaimer = "Research and education, not medical advice. Model predictions, not measurements of any person.";

    /// <summary>The disclaimer shown at the top and the bottom of the page.</summary>
    public string Disclaimer { get; init; } = DefaultDisclaimer;
}
