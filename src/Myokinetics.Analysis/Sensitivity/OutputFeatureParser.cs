using System.Globalization;

namespace Myokinetics.Analysis.Sensitivity;

/// <summary>
/// Reads output features: <c>X@T</c> (the value of X at time T), <c>peak(X)</c>, <c>tpeak(X)</c> (also
/// <c>time_of_peak(X)</c>), <c>min(X)</c> and <c>auc(X)</c>; the last four take an optional window
/// <c>peak(X, FROM, TO)</c>. X is a model id; times are read by a function the caller gives (the
/// command line accepts <c>24h</c>, <c>90min</c>, or plain numbers in model time units).
/// </summary>
public static class OutputFeatureParser
{
    private const string Expected = "expected X@T, peak(X), tpeak(X), min(X) or auc(X), optionally with a window as in auc(X, 0h, 24h)";

    /// <summary>Plain numbers only, in model time units.</summary>
    public static double? PlainTime(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) ? value : null;

    /// <summary>Features separated by commas outside parentheses: <c>peak(A),auc(B, 0, 4),C@2</c>.</summary>
    /// <param name="text">The list.</param>
    /// <param name="readTime">Reads a time into model time units; null when the text is not a time.</param>
    public static ImmutableArray<OutputFeature> ParseList(string text, Func<string, double?>? readTime = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var items = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '(':
                    depth++;
                    break;
                case ')':
                    depth--;
                    break;
                case ',' when depth == 0:
                    items.Add(text[start..i]);
                    start = i + 1;
                    break;
            }
        }

        items.Add(text[start..]);
        if (items.Any(string.IsNullOrWhiteSpace))
        {
            throw new SensitivityInputException($"outputs '{text}': an empty item; {Expected}");
        }

        return [.. items.Select(item => Parse(item, readTime))];
    }

    /// <summary>One feature.</summary>
    /// <exception cref="SensitivityInputException">The text is not a feature; the message names it.</exception>
    public static OutputFeature Parse(string text, Func<string, double?>? readTime = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        readTime ??= PlainTime;
        var trimmed = text.Trim();
        var at = trimmed.IndexOf('@', StringComparison.Ordinal);
        var open = trimmed.IndexOf('(', StringComparison.Ordinal);
        if (at >= 0 && open < 0)
        {
            var variable = trimmed[..at].Trim();
            var timeText = trimmed[(at + 1)..].Trim();
            RequireId(trimmed, variable);
            var time = ReadTime(trimmed, timeText, readTime);
            return new OutputFeature(trimmed, FeatureKind.Value, variable, time);
        }

        if (open <= 0 || !trimmed.EndsWith(')'))
        {
            throw new SensitivityInputException($"output '{trimmed}' is not a feature: {Expected}");
        }

        var name = trimmed[..open].Trim();
        var kind = name.ToUpperInvariant() switch
        {
            "PEAK" or "MAX" => FeatureKind.Peak,
            "TPEAK" or "TIME_OF_PEAK" => FeatureKind.TimeOfPeak,
            "MIN" => FeatureKind.Minimum,
            "AUC" => FeatureKind.Area,
            _ => throw new SensitivityInputException($"output '{trimmed}': unknown feature '{name}'; {Expected}"),
        };
        var arguments = trimmed[(open + 1)..^1].Split(',', StringSplitOptions.TrimEntries);
        if (arguments.Length is not (1 or 3))
        {
            throw new SensitivityInputException($"output '{trimmed}': {name} takes a variable and optionally a window FROM, TO; {Expected}");
        }

        RequireId(trimmed, arguments[0]);
        double? from = arguments.Length == 3 ? ReadTime(trimmed, arguments[1], readTime) : null;
        double? to = arguments.Length == 3 ? ReadTime(trimmed, arguments[2], readTime) : null;
        if (from is { } f && to is { } t && !(t > f))
        {
            throw new SensitivityInputException($"output '{trimmed}': the window's end must be after its start");
        }

        return new OutputFeature(trimmed, kind, arguments[0], double.NaN, from, to);
    }

    private static void RequireId(string text, string id)
    {
        var valid = id.Length > 0 && (char.IsAsciiLetter(id[0]) || id[0] == '_') && id.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
        if (!valid)
        {
            throw new SensitivityInputException($"output '{text}': '{id}' is not a variable id; {Expected}");
        }
    }

    private static double ReadTime(string text, string timeText, Func<string, double?> readTime) =>
        readTime(timeText) ?? throw new SensitivityInputException($"output '{text}': '{timeText}' is not a time (a number with a unit such as 24h or 90min, or a plain number in model time units)");
}
