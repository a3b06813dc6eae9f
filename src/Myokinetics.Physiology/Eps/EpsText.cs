using System.Globalization;
using Myokinetics.Physiology.Protocols.Text;

namespace Myokinetics.Physiology.Eps;

/// <summary>
/// Reads an EPS string: <c>KIND [FREQUENCYHz] [PULSEms] [VOLTAGEV] DURATION [at TIME] [every INTERVAL xN | xN]</c>, e.g.
/// <c>endurance 1Hz 2ms 12V 24h</c>, <c>resistance 100Hz 1h</c> or <c>resistance 100Hz 30min x3</c>
/// (one session a day on three consecutive days, as in the chronic protocol of Valenzuela et al. 2020,
/// Front Bioeng Biotechnol 8:565679; <c>xN</c> alone repeats every 24 h, <c>every 12h x4</c> sets the interval). KIND is <c>endurance</c>
/// (defaults 1 Hz, 2 ms, 12 V, continuous) or <c>resistance</c> (defaults 100 Hz, 2 ms, 12 V, 200 ms
/// trains every 5 s); the defaults follow the human-myotube protocols of Lund et al. 2019 (Methods Mol
/// Biol 1889:17, 10–30 V) and the seed (12 V).
/// </summary>
public static class EpsText
{
    /// <summary>The fraction of time a resistance-type protocol delivers pulses: 200 ms every 5 s.</summary>
    public const double BurstDuty = 0.04;

    private const string Usage = "KIND [FREQUENCYHz] [PULSEms] [VOLTAGEV] DURATION [at TIME] [every INTERVAL xN], e.g. \"endurance 1Hz 2ms 12V 24h\"";

    /// <summary>The interval of a repeated protocol without 'every': one session a day.</summary>
    public const double DailyInterval = 24;

    /// <summary>Reads <paramref name="text"/>; <paramref name="source"/> names where it came from (e.g. <c>--eps</c>).</summary>
    /// <exception cref="ProtocolFormatException">The string cannot be used; the message names it, the position and why.</exception>
    public static EpsStimulation Parse(string text, string source)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(source);
        var scanner = new TextScanner(source, text);
        var kindToken = scanner.Take($"expected {Usage}");
        var kind = kindToken.Text switch
        {
            "endurance" => EpsKind.Endurance,
            "resistance" => EpsKind.Resistance,
            _ => throw scanner.Fail(kindToken, "expected the kind of EPS: endurance or resistance"),
        };
        double? frequency = null, pulse = null, voltage = null, duration = null, start = null, interval = null;
        int? repeats = null;
        TextToken? intervalToken = null;
        while (scanner.Peek() is { } token)
        {
            scanner.Take(Usage);
            if (token.Text == "at")
            {
                if (start is not null)
                {
                    throw scanner.Fail(token, "'at' is given twice");
                }

                start = scanner.Time(scanner.Take("expected a time after 'at', such as 2h"), "'at'", allowZero: true);
            }
            else if (token.Text == "every")
            {
                if (interval is not null)
                {
                    throw scanner.Fail(token, "'every' is given twice");
                }

                var everyToken = scanner.Take("expected a time after 'every', such as 24h");
                intervalToken = everyToken;
                interval = scanner.Time(everyToken, "'every'", allowZero: false);
                var count = scanner.Take($"expected a count after 'every {everyToken.Text}', such as x3");
                repeats = Once(scanner, count, repeats, TimeText.TryParseCount(count.Text, out var n) ? n : throw scanner.Fail(count, $"expected a count after 'every {everyToken.Text}', such as x3 (a whole number of at least 1)"));
            }
            else if (TimeText.TryParseCount(token.Text, out var times))
            {
                repeats = Once(scanner, token, repeats, times);
            }
            else if (TryValue(token.Text, "Hz", out var hz))
            {
                frequency = Once(scanner, token, frequency, Checked(scanner, token, hz, 200, "frequency", "Hz"));
            }
            else if (TryValue(token.Text, "ms", out var ms))
            {
                pulse = Once(scanner, token, pulse, Checked(scanner, token, ms, 50, "pulse width", "ms"));
            }
            else if (TryValue(token.Text, "V", out var volts))
            {
                voltage = Once(scanner, token, voltage, Checked(scanner, token, volts, 100, "voltage", "V"));
            }
            else if (TimeText.TryParseHours(token.Text, out var hours))
            {
                duration = Once(scanner, token, duration, hours > 0 ? hours : throw scanner.Fail(token, "the duration must be greater than 0"));
            }
            else
            {
                throw scanner.Fail(token, "expected a frequency (100Hz), a pulse width (2ms), a voltage (12V), a duration (24h), 'at TIME', 'every INTERVAL xN' or a count (x3)");
            }
        }

        if (duration is null)
        {
            throw scanner.FailAtEnd("expected the duration of stimulation, such as 24h or 60min");
        }

        if (interval is { } every && every < duration.Value)
        {
            throw scanner.Fail(intervalToken!.Value, "the interval must be at least the duration of one period, so that periods do not overlap");
        }

        if (interval is null && repeats > 1 && duration.Value > DailyInterval)
        {
            throw scanner.FailWhole("a period longer than 24h cannot repeat daily; give 'every INTERVAL xN'");
        }

        var endurance = kind == EpsKind.Endurance;
        return new EpsStimulation(
            kind,
            frequency ?? (endurance ? 1 : 100),
            pulse ?? 2,
            voltage ?? 12,
            endurance ? 1 : BurstDuty,
            start ?? 0,
            duration.Value,
            repeats ?? 1,
            interval ?? DailyInterval);
    }

    private static bool TryValue(string word, string unit, out double value)
    {
        value = 0;
        return word.Length > unit.Length
            && word.EndsWith(unit, StringComparison.Ordinal)
            && double.TryParse(word.AsSpan(0, word.Length - unit.Length), NumberStyles.Float, CultureInfo.InvariantCulture, out value)
            && double.IsFinite(value);
    }

    private static double Checked(TextScanner scanner, TextToken token, double value, double maximum, string what, string unit) =>
        value > 0 && value <= maximum
            ? value
            : throw scanner.Fail(token, FormattableString.Invariant($"the {what} must be greater than 0 and at most {maximum} {unit}"));

    private static double Once(TextScanner scanner, TextToken token, double? previous, double value) =>
        previous is null ? value : throw scanner.Fail(token, "this quantity is given twice");

    private static int Once(TextScanner scanner, TextToken token, int? previous, int value) =>
        previous is null ? value : throw scanner.Fail(token, "the number of periods is given twice");
}
