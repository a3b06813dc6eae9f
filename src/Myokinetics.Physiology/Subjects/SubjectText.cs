using System.Globalization;
using System.Text.RegularExpressions;
using Myokinetics.Physiology.Data;
using Myokinetics.Physiology.Protocols.Text;
using YamlDotNet.RepresentationModel;

namespace Myokinetics.Physiology.Subjects;

/// <summary>
/// Reads a subject: <c>sex=male age=30 mass=75kg lean=60kg vo2max=50 testosterone=600ng/dL trained=no</c>
/// (any key may be left out), or a YAML file with the same keys. Values and ranges:
/// <list type="bullet">
/// <item><c>sex</c>: male, female (m, f).</item>
/// <item><c>age</c>: years, 18–100 (<c>30</c> or <c>30y</c>).</item>
/// <item><c>mass</c>: body mass, 30–250 kg (<c>75kg</c> or <c>75</c>).</item>
/// <item><c>lean</c>: fat-free mass, 20–200 kg, at most the body mass.</item>
/// <item><c>vo2max</c>: 10–90 mL/kg/min (<c>50</c> or <c>50mL/kg/min</c>).</item>
/// <item><c>testosterone</c>: total, 5–3000 ng/dL (<c>600ng/dL</c>, <c>600</c>, or <c>20.8nmol/L</c>,
/// converted with 1 nmol/L = 28.84 ng/dL, from testosterone's molar mass 288.4 g/mol).</item>
/// <item><c>trained</c>: yes, no (true, false, 1, 0).</item>
/// </list>
/// </summary>
public static partial class SubjectText
{
    /// <summary>The keys, in their usual order.</summary>
    public static readonly ImmutableArray<string> Keys = ["sex", "age", "mass", "lean", "vo2max", "testosterone", "trained"];

    /// <summary>ng/dL in one nmol/L of testosterone: 288.4 g/mol × 1e-9 mol/L = 288.4 ng/L = 28.84 ng/dL.</summary>
    public const double NanogramsPerDecilitrePerNanomolePerLitre = 28.84;

    /// <summary>Reads a <c>--subject</c> value: a YAML file when it names one (ends in .yaml or .yml),
    /// else the key=value string.</summary>
    public static SubjectSettings ParseOption(string value, string option)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(option);
        return IsFileName(value) ? ReadFile(value) : Parse(value, option);
    }

    /// <summary>Whether <paramref name="value"/> names a YAML file rather than being key=value text.</summary>
    public static bool IsFileName(string value) =>
        value is not null && !value.Contains('=', StringComparison.Ordinal)
        && (value.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || value.EndsWith(".yml", StringComparison.OrdinalIgnoreCase));

    /// <summary>Reads <c>key=value</c> words.</summary>
    /// <exception cref="ProtocolFormatException">A word cannot be used; the message names it and its position.</exception>
    public static SubjectSettings Parse(string text, string source)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(source);
        var scanner = new TextScanner(source, text);
        var settings = SubjectSettings.None with { Sources = [$"{source} \"{text}\""] };
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (scanner.Peek() is { } word)
        {
            scanner.Take("expected key=value");
            var equals = word.Text.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw scanner.Fail(word, $"expected key=value with a key of {string.Join(", ", Keys)}");
            }

            var key = word.Text[..equals];
            if (!seen.Add(key) && Keys.Contains(key))
            {
                throw scanner.Fail(word, $"'{key}' is given twice");
            }

            settings = Apply(settings, key, word.Text[(equals + 1)..], out var problem);
            if (problem is not null)
            {
                throw scanner.Fail(word, problem);
            }
        }

        return settings;
    }

    /// <summary>Reads a subject file: a YAML mapping with the keys of the string form.</summary>
    public static SubjectSettings ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var root = YamlData.LoadMapping(path, "a subject (keys sex, age, mass, lean, vo2max, testosterone, trained)");
        return Read(path, root) with { Sources = [path] };
    }

    /// <summary>Reads a subject given as a YAML mapping inside <paramref name="path"/>.</summary>
    internal static SubjectSettings Read(string path, YamlMappingNode mapping)
    {
        var settings = SubjectSettings.None;
        foreach (var (k, v) in mapping.Children)
        {
            var key = YamlData.Key(path, k);
            var value = YamlData.Scalar(path, v, $"a value for '{key}'");
            settings = Apply(settings, key, value, out var problem);
            if (problem is not null)
            {
                throw YamlData.Error(path, Keys.Contains(key) ? v : k, $"subject: {problem}");
            }
        }

        return settings;
    }

    private static SubjectSettings Apply(SubjectSettings settings, string key, string value, out string? problem)
    {
        problem = null;
        switch (key)
        {
            case "sex":
                return value switch
                {
                    "male" or "m" => settings with { Male = true },
                    "female" or "f" => settings with { Male = false },
                    _ => Fail(settings, "sex expects male or female", out problem),
                };
            case "age":
                return Number(value, @"y|yr|years", 18, 100, "age expects years between 18 and 100, such as 30", out var age, out problem)
                    ? settings with { Age = age } : settings;
            case "mass":
                return Number(value, "kg", 30, 250, "mass expects a body mass between 30 and 250 kg, such as 75kg", out var mass, out problem)
                    ? settings with { BodyMass = mass } : settings;
            case "lean":
                return Number(value, "kg", 20, 200, "lean expects a fat-free mass between 20 and 200 kg, such as 60kg", out var lean, out problem)
                    ? settings with { LeanMass = lean } : settings;
            case "vo2max":
                return Number(value, "mL/kg/min", 10, 90, "vo2max expects mL/kg/min between 10 and 90, such as 50", out var vo2, out problem)
                    ? settings with { Vo2Max = vo2 } : settings;
            case "testosterone":
                return Testosterone(value, out var t, out problem) ? settings with { Testosterone = t } : settings;
            case "trained":
                return value switch
                {
                    "yes" or "true" or "1" => settings with { Trained = true },
                    "no" or "false" or "0" => settings with { Trained = false },
                    _ => Fail(settings, "trained expects yes or no", out problem),
                };
            default:
                return Fail(settings, $"unknown key '{key}'; expected {string.Join(", ", Keys)}", out problem);
        }
    }

    private static SubjectSettings Fail(SubjectSettings settings, string message, out string? problem)
    {
        problem = message;
        return settings;
    }

    private static bool Number(string value, string units, double min, double max, string expected, out double number, out string? problem)
    {
        problem = null;
        var match = Regex.Match(value, $@"^(\d+(?:\.\d+)?)(?:{units})?$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        if (match.Success
            && double.TryParse(match.Groups[1].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out number)
            && number >= min && number <= max)
        {
            return true;
        }

        number = 0;
        problem = expected;
        return false;
    }

    private static bool Testosterone(string value, out double ngPerDl, out string? problem)
    {
        const string Expected = "testosterone expects total testosterone between 5 and 3000 ng/dL, such as 600ng/dL or 20.8nmol/L";
        problem = null;
        ngPerDl = 0;
        var match = TestosteronePattern().Match(value);
        if (!match.Success || !double.TryParse(match.Groups[1].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            problem = Expected;
            return false;
        }

        ngPerDl = match.Groups[2].Value == "nmol/L" ? number * NanogramsPerDecilitrePerNanomolePerLitre : number;
        if (ngPerDl is < 5 or > 3000)
        {
            problem = Expected;
            return false;
        }

        return true;
    }

    [GeneratedRegex(@"^(\d+(?:\.\d+)?)(ng/dL|nmol/L)?$", RegexOptions.CultureInvariant)]
    private static partial Regex TestosteronePattern();
}
