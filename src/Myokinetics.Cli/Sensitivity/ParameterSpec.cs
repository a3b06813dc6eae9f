using System.Globalization;
using Myokinetics.Analysis.Sensitivity;

namespace Myokinetics.Cli.Sensitivity;

/// <summary>
/// A parameter as the command line names it, before the model gives its nominal value: its id, the
/// range as written (<c>±20%</c>, <c>LO..HI</c> or <c>*F</c>; null for the default) and the scale (null for the default).
/// </summary>
/// <param name="Id">The model id.</param>
/// <param name="Range">The range text, or null for <c>--range</c>.</param>
/// <param name="Scale">The scale, or null for <c>--scale</c>.</param>
/// <param name="Source">Where it was written, for messages (<c>--parameters</c> or <c>FILE:LINE</c>).</param>
internal sealed record ParameterSpec(string Id, string? Range, ParameterScale? Scale, string Source)
{
    /// <summary>The range around <paramref name="nominal"/>.</summary>
    /// <exception cref="CommandInputException">The range text is not a range.</exception>
    /// <exception cref="SensitivityInputException">The range is empty, or does not suit the scale or the value.</exception>
    public ParameterRange Resolve(double nominal, string defaultRange, ParameterScale defaultScale)
    {
        var text = (Range ?? defaultRange).Trim();
        var scale = Scale ?? defaultScale;
        var where = Range is null ? "--range" : Source;
        if ((text.StartsWith('±') || text.StartsWith("+-", StringComparison.Ordinal)) && text.EndsWith('%'))
        {
            var number = text[(text.StartsWith('±') ? 1 : 2)..^1];
            return ParameterRange.Relative(Id, nominal, Number(number, text, where) / 100, scale);
        }

        if (text.Length > 1 && text[0] is '*' or 'x' or '×')
        {
            return ParameterRange.Factor(Id, nominal, Number(text[1..], text, where), scale);
        }

        var dots = text.IndexOf("..", StringComparison.Ordinal);
        if (dots > 0)
        {
            var range = new ParameterRange(Id, nominal, Number(text[..dots], text, where), Number(text[(dots + 2)..], text, where), scale);
            range.Validate();
            return range;
        }

        throw new CommandInputException($"{where}: bad range '{text}' for parameter '{Id}': expected ±X% (e.g. ±20%), LO..HI (e.g. 0.5..2) or *F (a factor, e.g. *2)");
    }

    /// <summary>Reads <c>linear</c> or <c>log</c>.</summary>
    public static ParameterScale? ParseScale(string text, string where) => text.Trim().ToUpperInvariant() switch
    {
        "LINEAR" => ParameterScale.Linear,
        "LOG" => ParameterScale.Log,
        _ => throw new CommandInputException($"{where}: bad scale '{text}': expected linear or log"),
    };

    private double Number(string text, string range, string where) =>
        double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : throw new CommandInputException($"{where}: bad range '{range}' for parameter '{Id}': '{text.Trim()}' is not a number");
}
