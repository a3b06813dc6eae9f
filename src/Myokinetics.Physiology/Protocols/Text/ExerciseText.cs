using System.Globalization;
using System.Text.RegularExpressions;

namespace Myokinetics.Physiology.Protocols.Text;

/// <summary>
/// Reads <c>MODALITY AMOUNT @INTENSITY [cho=Ng/h] [eccentric] [at TIME] [every TIME xCOUNT]</c>:
/// <list type="bullet">
/// <item>MODALITY: a name of <c>modalities.yaml</c> (cycling running walking rowing knee-extension
/// resistance-legs resistance-whole-body hiit).</item>
/// <item>AMOUNT: a duration (<c>45min</c>, <c>2.5h</c>, <c>90s</c>; at most 24 h); for resistance
/// modalities also <c>SETSxREPS</c> (<c>4x12</c>); for hiit also <c>NxDURATION</c> (<c>4x4min</c>).</item>
/// <item>INTENSITY: <c>@NN%VO2max</c>, <c>@NN%Wmax</c> or <c>@NN%1RM</c>, 1–100 %, as the modality accepts.</item>
/// <item>Options, in any order, each at most once: <c>cho=60g/h</c>, <c>eccentric</c>, <c>at 8h</c>,
/// <c>every 2d x36</c> (36 sessions in all; the interval must be longer than the session).</item>
/// </list>
/// </summary>
public static partial class ExerciseText
{
    private const string OptionsHelp = "cho=Ng/h, eccentric, at TIME or every TIME xCOUNT";

    /// <summary>Reads <paramref name="text"/>, which came from <paramref name="source"/> (e.g. <c>--exercise</c>).</summary>
    /// <exception cref="ProtocolFormatException">The string cannot be used; the message names it, the position and why.</exception>
    public static ExerciseInstruction Parse(string text, string source, ModalityCatalog modalities)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(modalities);
        var scanner = new TextScanner(source, text);
        var names = string.Join(", ", modalities.Modalities.Select(m => m.Name));
        var nameToken = scanner.Take($"expected a modality: {names}");
        var modality = modalities.Find(nameToken.Text)
            ?? throw scanner.Fail(nameToken, $"unknown modality; expected one of {names}");

        var amountToken = scanner.Take($"expected an amount after '{modality.Name}': {Expected(modality)}");
        var bouts = Amount(scanner, modality, amountToken);
        var intensityToken = scanner.Take("expected an intensity after the amount, such as @65%VO2max");
        var (intensity, load) = Intensity(scanner, modality, intensityToken);

        var eccentric = false;
        var seenCho = false;
        var seenAt = false;
        var seenEvery = false;
        var cho = 0.0;
        var schedule = Schedule.Once;
        while (scanner.Peek() is { } option)
        {
            scanner.Take(OptionsHelp);
            if (option.Text == "eccentric")
            {
                eccentric = eccentric ? throw scanner.Fail(option, "'eccentric' is given twice") : true;
            }
            else if (option.Text.StartsWith("cho=", StringComparison.Ordinal))
            {
                cho = seenCho ? throw scanner.Fail(option, "'cho=' is given twice") : Carbohydrate(scanner, option, modalities.MaxCarbohydrateGramsPerHour);
                seenCho = true;
            }
            else if (option.Text is "at" or "every")
            {
                schedule = scanner.ReadSchedule(option, schedule, ref seenAt, ref seenEvery);
            }
            else
            {
                throw scanner.Fail(option, $"unexpected word; expected {OptionsHelp}");
            }
        }

        var instruction = new ExerciseInstruction(text, modality, bouts, intensity, load, eccentric, cho, schedule);
        if (schedule.Count > 1 && schedule.Interval < instruction.Span && schedule.IntervalToken is { } every)
        {
            throw scanner.Fail(every, $"sessions would overlap: each lasts {TimeText.Format(instruction.Span)} but they repeat every {TimeText.Format(schedule.Interval)}");
        }

        return instruction;
    }

    private static string Expected(Modality modality) => modality.Amount switch
    {
        AmountForm.Sets => "sets x repetitions such as 4x12, or a duration such as 45min",
        AmountForm.Intervals => "bouts x bout length such as 4x4min, or a duration such as 20min",
        _ => "a duration such as 45min, 2.5h or 90s",
    };

    private static ImmutableArray<Bout> Amount(TextScanner scanner, Modality modality, TextToken token)
    {
        if (TimeText.TryParseHours(token.Text, out var hours))
        {
            CheckDuration(scanner, token, hours);
            return modality.Intervals is { } iv ? Intervals(iv.WorkSeconds / 3600, iv.RecoverySeconds / 3600, hours) : [new Bout(0, hours)];
        }

        var sets = SetsPattern().Match(token.Text);
        if (sets.Success && modality.Resistance is { } resistance && modality.Amount == AmountForm.Sets)
        {
            var n = Whole(sets.Groups[1].Value);
            var reps = Whole(sets.Groups[2].Value);
            if (n is < 1 or > 30 || reps is < 1 or > 200)
            {
                throw scanner.Fail(token, "sets must be 1–30 and repetitions 1–200");
            }

            return [new Bout(0, resistance.DurationHours(n, reps))];
        }

        var bouts = BoutsPattern().Match(token.Text);
        if (bouts.Success && modality.Intervals is { } intervals && TimeText.TryParseHours(bouts.Groups[2].Value, out var work))
        {
            var n = Whole(bouts.Groups[1].Value);
            if (n is < 1 or > 200 || work <= 0)
            {
                throw scanner.Fail(token, "expected 1–200 bouts of a length greater than 0");
            }

            var recovery = work * intervals.RecoveryRatio;
            var total = (n * work) + ((n - 1) * recovery);
            CheckDuration(scanner, token, total);
            return [.. Enumerable.Range(0, n).Select(i => new Bout(i * (work + recovery), work))];
        }

        if (sets.Success)
        {
            throw scanner.Fail(token, modality.Amount == AmountForm.Intervals
                ? $"{modality.Name} takes bouts x bout length such as 4x4min, or a duration"
                : $"{modality.Name} takes a duration such as 45min, not sets x repetitions");
        }

        throw scanner.Fail(token, $"expected {Expected(modality)}");
    }

    private static ImmutableArray<Bout> Intervals(double work, double recovery, double total)
    {
        // As many whole bouts (each followed by a recovery, except the last) as fit in the total; at least one.
        var n = Math.Max(1, (int)Math.Floor(((total + recovery) / (work + recovery)) + 1e-9));
        var length = n == 1 ? Math.Min(work, total) : work;
        return [.. Enumerable.Range(0, n).Select(i => new Bout(i * (work + recovery), length))];
    }

    private static void CheckDuration(TextScanner scanner, TextToken token, double hours)
    {
        if (!(hours > 0) || hours > 24)
        {
            throw scanner.Fail(token, "a session must last more than 0 and at most 24 h");
        }
    }

    private static (double Intensity, double Load) Intensity(TextScanner scanner, Modality modality, TextToken token)
    {
        var match = IntensityPattern().Match(token.Text);
        if (!match.Success)
        {
            throw scanner.Fail(token, "expected an intensity such as @65%VO2max, @40%Wmax or @75%1RM");
        }

        var value = double.Parse(match.Groups[1].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        var kind = match.Groups[2].Value.ToUpperInvariant() switch
        {
            "VO2MAX" => IntensityForm.VO2max,
            "WMAX" => IntensityForm.Wmax,
            _ => IntensityForm.OneRM,
        };
        var written = kind switch { IntensityForm.VO2max => "VO2max", IntensityForm.Wmax => "Wmax", _ => "1RM" };
        if (!modality.Intensities.Contains(kind))
        {
            var accepted = string.Join(" or ", modality.Intensities.Select(i => i switch { IntensityForm.VO2max => "%VO2max", IntensityForm.Wmax => "%Wmax", _ => "%1RM" }));
            throw scanner.Fail(token, $"{modality.Name} takes its intensity as {accepted}, not %{written}");
        }

        if (value is < 1 or > 100)
        {
            throw scanner.Fail(token, $"intensity must be between 1% and 100% of {written}");
        }

        var fraction = value / 100;
        return kind switch
        {
            IntensityForm.VO2max => (fraction, 0),
            IntensityForm.Wmax => (Math.Clamp(modality.Wmax!.Value.ToVo2maxFraction(fraction), 0.01, 1), 0),
            _ => (Math.Clamp(modality.Resistance!.Vo2maxPer1RM * fraction, 0.01, 1), fraction),
        };
    }

    private static double Carbohydrate(TextScanner scanner, TextToken token, double max)
    {
        var match = ChoPattern().Match(token.Text);
        if (!match.Success)
        {
            throw scanner.Fail(token, "expected carbohydrate intake as cho=Ng/h, such as cho=60g/h");
        }

        var value = double.Parse(match.Groups[1].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        return value <= max
            ? value
            : throw scanner.Fail(token, string.Create(CultureInfo.InvariantCulture, $"carbohydrate intake must be between 0 and {max} g/h"));
    }

    private static int Whole(string digits) =>
        int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : int.MaxValue;

    [GeneratedRegex(@"^(\d+)x(\d+)$", RegexOptions.CultureInvariant)]
    private static partial Regex SetsPattern();

    [GeneratedRegex(@"^(\d+)x(.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex BoutsPattern();

    [GeneratedRegex(@"^@(\d+(?:\.\d+)?)%(VO2max|Wmax|1RM)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex IntensityPattern();

    [GeneratedRegex(@"^cho=(\d+(?:\.\d+)?)g/h$", RegexOptions.CultureInvariant)]
    private static partial Regex ChoPattern();
}
