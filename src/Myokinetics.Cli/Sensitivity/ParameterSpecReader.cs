using Myokinetics.Analysis.Sensitivity;
using Myokinetics.Physiology.Data;
using YamlDotNet.RepresentationModel;

namespace Myokinetics.Cli.Sensitivity;

/// <summary>
/// Reads <c>--parameters</c>: either a comma-separated list <c>ID[=RANGE][:log|:linear]</c>, or a YAML file
/// (a name ending in <c>.yaml</c> or <c>.yml</c>) mapping each id to a range string or to a mapping with
/// <c>range</c> (or <c>min</c> and <c>max</c>) and <c>scale</c>, optionally under a top-level key <c>parameters</c>.
/// </summary>
internal static class ParameterSpecReader
{
    public const string Option = "--parameters";

    public static IReadOnlyList<ParameterSpec> Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        return trimmed.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || trimmed.EndsWith(".yml", StringComparison.OrdinalIgnoreCase)
            ? ReadFile(trimmed)
            : ReadList(trimmed);
    }

    private static List<ParameterSpec> ReadList(string text)
    {
        var specs = new List<ParameterSpec>();
        foreach (var raw in text.Split(',', StringSplitOptions.TrimEntries))
        {
            if (raw.Length == 0)
            {
                throw new CommandInputException($"{Option} '{text}': an empty item; expected ids separated by commas, each optionally with =RANGE and :log or :linear (e.g. k1=±50%:log,k2=0.1..1)");
            }

            var item = raw;
            ParameterScale? scale = null;
            var colon = item.LastIndexOf(':');
            if (colon > 0 && item[(colon + 1)..].Trim().ToUpperInvariant() is "LOG" or "LINEAR")
            {
                // A colon followed by anything else belongs to the id (a local parameter, reaction:k).
                scale = ParameterSpec.ParseScale(item[(colon + 1)..], $"{Option} '{raw}'");
                item = item[..colon];
            }

            var equals = item.IndexOf('=', StringComparison.Ordinal);
            var id = (equals >= 0 ? item[..equals] : item).Trim();
            var range = equals >= 0 ? item[(equals + 1)..].Trim() : null;
            CheckId(id, $"{Option} '{raw}'");
            specs.Add(new ParameterSpec(id, range, scale, $"{Option} '{raw}'"));
        }

        return specs;
    }

    private static List<ParameterSpec> ReadFile(string path)
    {
        if (!File.Exists(path))
        {
            throw new CommandInputException($"{Option} {path}: the file does not exist");
        }

        var root = YamlData.LoadMapping(path, "the parameters to vary and their ranges, e.g. 'il6_k_other: ±50%'");
        if (root.Children.Count == 1 && root.Children.Keys.First() is YamlScalarNode { Value: "parameters" })
        {
            root = root.Children.Values.First() as YamlMappingNode
                ?? throw new CommandInputException($"{Where(path, root)}: 'parameters' must map parameter ids to ranges");
        }

        var specs = new List<ParameterSpec>();
        foreach (var (key, value) in root.Children)
        {
            var where = Where(path, key);
            var id = (key as YamlScalarNode)?.Value ?? throw new CommandInputException($"{where}: expected a parameter id");
            CheckId(id, where);
            specs.Add(value switch
            {
                YamlScalarNode { Value: null or "" or "~" } => new ParameterSpec(id, null, null, where),
                YamlScalarNode scalar => new ParameterSpec(id, scalar.Value, null, where),
                YamlMappingNode mapping => FromMapping(path, id, mapping, where),
                _ => throw new CommandInputException($"{where}: parameter '{id}' needs a range string or a mapping with range (or min and max) and scale"),
            });
        }

        if (specs.Count == 0)
        {
            throw new CommandInputException($"{path}: no parameters");
        }

        return specs;
    }

    private static ParameterSpec FromMapping(string path, string id, YamlMappingNode mapping, string where)
    {
        string? Get(string key) => mapping.Children.FirstOrDefault(c => c.Key is YamlScalarNode { Value: var k } && k == key).Value is YamlScalarNode { Value: var v } ? v : null;
        foreach (var key in mapping.Children.Keys)
        {
            if (key is not YamlScalarNode { Value: "range" or "min" or "max" or "scale" })
            {
                throw new CommandInputException($"{Where(path, key)}: parameter '{id}': unknown key '{(key as YamlScalarNode)?.Value}'; expected range, min, max or scale");
            }
        }

        var range = Get("range");
        var (min, max) = (Get("min"), Get("max"));
        if (range is not null && (min is not null || max is not null))
        {
            throw new CommandInputException($"{where}: parameter '{id}': give either range or min and max, not both");
        }

        if ((min is null) != (max is null))
        {
            throw new CommandInputException($"{where}: parameter '{id}': min and max go together");
        }

        var scale = Get("scale") is { } s ? ParameterSpec.ParseScale(s, where) : null;
        return new ParameterSpec(id, range ?? (min is null ? null : $"{min}..{max}"), scale, where);
    }

    private static string Where(string path, YamlNode node) => $"{path}:{node.Start.Line}";

    private static void CheckId(string id, string where)
    {
        var valid = id.Length > 0 && (char.IsAsciiLetter(id[0]) || id[0] == '_') && id.All(c => char.IsAsciiLetterOrDigit(c) || c == '_' || c == ':');
        if (!valid)
        {
            throw new CommandInputException($"{where}: '{id}' is not a parameter id");
        }
    }
}
