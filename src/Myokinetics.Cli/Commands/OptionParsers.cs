using System.CommandLine.Parsing;
using System.Globalization;

namespace Myokinetics.Cli.Commands;

/// <summary>Culture-invariant parsers for option values, each failing with a message that names the
/// option, what it expected and what it got.</summary>
internal static class OptionParsers
{
    /// <summary>A finite number (<c>1</c>, <c>0.5</c>, <c>1e-9</c>).</summary>
    public static Func<ArgumentResult, double> FiniteNumber(string option, string what) => result =>
    {
        var text = Single(result);
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
        {
            return value;
        }

        result.AddError($"{option} expects {what}, got '{text}'");
        return default;
    };

    /// <summary>A time: a finite number (model time units) or a number with s, min, h, d or w.</summary>
    public static Func<ArgumentResult, TimeArgument> Time(string option, bool positive = false) => result =>
    {
        var text = Single(result);
        if (TimeArgument.TryParse(option, text) is { } time && (!positive || (time.Number ?? time.Hours) > 0))
        {
            return time;
        }

        result.AddError($"{option} expects a time{(positive ? " greater than 0" : string.Empty)}: a number with a unit (s, min, h, d, w — e.g. 24h, 90min, 2d) or a plain number in the model's time units, got '{text}'");
        return default;
    };

    /// <summary>A number greater than zero.</summary>
    public static Func<ArgumentResult, double> PositiveNumber(string option, string what) => result =>
    {
        var text = Single(result);
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) && value > 0)
        {
            return value;
        }

        result.AddError($"{option} expects {what} greater than 0, got '{text}'");
        return default;
    };

    /// <summary>A whole number of at least 1.</summary>
    public static Func<ArgumentResult, int> PositiveInteger(string option, string what) => result =>
    {
        var text = Single(result);
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= 1)
        {
            return value;
        }

        result.AddError($"{option} expects {what} (a whole number of at least 1), got '{text}'");
        return default;
    };

    /// <summary>A whole number of at least 0.</summary>
    public static Func<ArgumentResult, int> NonNegativeInteger(string option) => result =>
    {
        var text = Single(result);
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= 0)
        {
            return value;
        }

        result.AddError($"{option} expects a whole number of at least 0, got '{text}'");
        return default;
    };

    /// <summary>Ids separated by commas; the option may also be repeated. Empty items are refused.</summary>
    public static Func<ArgumentResult, string[]> IdList(string option) => result =>
    {
        var ids = new List<string>();
        foreach (var token in result.Tokens)
        {
            var items = token.Value.Split(',', StringSplitOptions.TrimEntries);
            if (items.Any(string.IsNullOrEmpty))
            {
                result.AddError($"{option} expects ids separated by commas (e.g. A,B,k1), got '{token.Value}'");
                return [];
            }

            ids.AddRange(items);
        }

        return [.. ids];
    };

    private static string Single(ArgumentResult result) =>
        result.Tokens.Count > 0 ? result.Tokens[^1].Value : string.Empty;
}
