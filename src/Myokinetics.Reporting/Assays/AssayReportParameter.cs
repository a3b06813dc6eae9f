namespace Myokinetics.Reporting.Assays;

/// <summary>A curve parameter for the parameters table.</summary>
/// <param name="Name">Its symbol, e.g. <c>c</c>.</param>
/// <param name="Value">Its value.</param>
/// <param name="Meaning">What it is, e.g. <c>inflection concentration</c>.</param>
public readonly record struct AssayReportParameter(string Name, double Value, string Meaning);
