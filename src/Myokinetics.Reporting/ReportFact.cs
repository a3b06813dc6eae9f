namespace Myokinetics.Reporting;

/// <summary>A row of a report's header table.</summary>
public readonly record struct ReportFact(string Label, string Value);
