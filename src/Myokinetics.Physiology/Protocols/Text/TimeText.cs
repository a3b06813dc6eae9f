using System.Globalization;
using System.Text.RegularExpressions;

namespace Myokinetics.Physiology.Protocols.Text;

/// <summary>
/// Times written with a unit, as protocols and the command line take them: a non-negative number
/// followed, without a space, by <c>s</c>, <c>min</c>, <c>h</c>, <c>d</c> or <c>w</c>
/// (<c>90s</c>, <c>45min</c>, <c>2.5h</c>, <c>2d</c>, <c>12w</c>). The crosstalk model's time unit is the hour.
/// </summary>
public static partial class TimeText
{
    /// <summary>The units and their length in hours.</summary>
    public static readonly IReadOnlyDictionary<string, double> HoursPerUnit = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        ["s"] = 1.0 / 3600,
        ["min"] = 1.0 / 60,
        ["h"] = 1,
        ["d"] = 24,
        ["w"] = 168,
    };

    /// <summary>Reads <paramref name="text"/> as a time with a unit, in hours.</summary>
    public static bool TryParseHours(string text, out double hours)
    {
        ArgumentNullException.ThrowIfNull(text);
        hours = 0;
        var match = TimePattern().Match(text);
        if (!match.Success || !double.TryParse(match.Groups[1].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return false;
        }

        hours = value * HoursPerUnit[match.Groups[2].Value];
        return double.IsFinite(hours);
    }

    /// <summary>Whether <paramref name="text"/> looks like a number with a time unit (it may still be out of range).</summary>
    public static bool HasUnit(string text) => TimePattern().IsMatch(text ?? string.Empty);

    /// <summary>Reads <c>x12</c>: a whole number of at least 1 (at most 100 000).</summary>
    public static bool TryParseCount(string text, out int count)
    {
        ArgumentNullException.ThrowIfNull(text);
        count = 0;
        return text.Length > 1 && text[0] == 'x'
            && int.TryParse(text.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out count)
            && count is >= 1 and <= 100_000;
    }

    /// <summary>Hours written briefly for messages and reports: <c>1.5 h</c>, <c>45 min</c>, <c>3 d</c>.</summary>
    public static string Format(double hours)
    {
        static string N(double v) => v.ToString("0.###", CultureInfo.InvariantCulture);
        if (hours != 0 && Math.Abs(hours) < 1)
        {
            return Math.Abs(hours * 60) < 1 ? $"{N(hours * 3600)} s" : $"{N(hours * 60)} min";
        }

        return Math.Abs(hours) >= 48 && Math.Abs(hours % 24) < 1e-9 ? $"{N(hours / 24)} d" : $"{N(hours)} h";
    }

    [GeneratedRegex(@"^(\d+(?:\.\d+)?|\.\d+)(s|min|h|d|w)$", RegexOptions.CultureInvariant)]
    private static partial Regex TimePattern();
}
