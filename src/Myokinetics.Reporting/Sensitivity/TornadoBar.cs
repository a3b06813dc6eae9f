namespace Myokinetics.Reporting.Sensitivity;

/// <summary>One bar of a tornado chart: a parameter's sensitivity, with an optional interval and an optional
/// second measure drawn inside the bar (e.g. the first-order index inside the total-order one).</summary>
/// <param name="Label">The parameter's id.</param>
/// <param name="Value">The bar's length from zero (may be negative).</param>
/// <param name="Low">The interval's lower end, or null.</param>
/// <param name="High">The interval's upper end, or null.</param>
/// <param name="Secondary">The inner bar's value, or null.</param>
public sealed record TornadoBar(string Label, double Value, double? Low = null, double? High = null, double? Secondary = null);
