using System.Globalization;
using Myokinetics.Core.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Myokinetics.Analysis.Populations;

/// <summary>
/// Reads a population file (YAML). Every mistake is a <see cref="ModelFormatException"/> naming the
/// file, the line and column, and what was expected.
/// </summary>
/// <remarks>
/// <code>
/// description: Healthy young men          # optional
/// parameters:                              # required: model id → distribution
///   body_mass:
///     distribution: lognormal              # lognormal | normal | uniform
///     cv: 0.17                             # lognormal: cv or sd; normal: sd or cv; uniform: neither
///     mean: 75                             # optional; default the model's value (after --subject)
///     min: 45                              # optional truncation (uniform: required, the range)
///     max: 150
///     relative_to: other_id                # optional: the draw is a ratio to other_id's value
///     source: "Author Year, Journal …"     # where the spread comes from
/// correlations:                            # optional
///   - between: [body_mass, lean_mass0]
///     r: -0.4                              # strictly between −1 and 1
///     source: "…"
/// </code>
/// Whether the ids exist in the model is checked later, against the model, by <see cref="PopulationSampler.Create"/>.
/// </remarks>
public static class PopulationFile
{
    private static readonly string[] TopKeys = ["description", "parameters", "correlations"];
    private static readonly string[] ParameterKeys = ["distribution", "mean", "cv", "sd", "min", "max", "relative_to", "source"];
    private static readonly string[] CorrelationKeys = ["between", "r", "source"];

    /// <summary>Reads the population file at <paramref name="path"/>.</summary>
    public static PopulationDefinition Read(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (Directory.Exists(path))
        {
            throw new ModelFormatException(new SourceLocation(path, 0), "this is a folder, not a population file");
        }

        if (!File.Exists(path))
        {
            throw new ModelFormatException(new SourceLocation(path, 0), "the population file does not exist");
        }

        try
        {
            using var reader = new StreamReader(path);
            return Read(reader, path);
        }
        catch (IOException ex)
        {
            throw new ModelFormatException(new SourceLocation(path, 0), $"cannot read the file: {ex.Message}", ex);
        }
    }

    /// <summary>Reads a population from <paramref name="reader"/>; <paramref name="name"/> names it in messages.</summary>
    public static PopulationDefinition Read(TextReader reader, string name)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var stream = new YamlStream();
        try
        {
            stream.Load(reader);
        }
        catch (YamlException ex)
        {
            var message = ex.InnerException is YamlException inner ? inner.Message : ex.Message;
            var colon = message.IndexOf("): ", StringComparison.Ordinal);
            throw new ModelFormatException(new SourceLocation(name, (int)ex.Start.Line, (int)ex.Start.Column), $"malformed YAML: {(colon >= 0 ? message[(colon + 3)..] : message).Trim()}", ex);
        }

        if (stream.Documents.Count == 0)
        {
            throw new ModelFormatException(new SourceLocation(name, 1), "the file is empty; expected a population with a 'parameters' mapping");
        }

        var root = Mapping(name, stream.Documents[0].RootNode, "a population (a mapping with 'parameters')");
        OnlyKeys(name, root, TopKeys, "at the top");
        var description = Find(root, "description") is { } d ? Scalar(name, d, "a description") : null;
        var parametersNode = Find(root, "parameters") ?? throw Error(name, root, "missing 'parameters': expected a mapping of model ids to distributions");
        var parametersMapping = Mapping(name, parametersNode, "'parameters': a mapping of model ids to distributions");
        if (parametersMapping.Children.Count == 0)
        {
            throw Error(name, parametersMapping, "'parameters' is empty; name at least one model id with its distribution");
        }

        var parameters = ImmutableArray.CreateBuilder<ParameterDistribution>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, value) in parametersMapping.Children)
        {
            var id = Scalar(name, key, "a model id");
            if (!seen.Add(id))
            {
                throw Error(name, key, $"parameter '{id}' is given twice");
            }

            parameters.Add(Parameter(name, id, key, value));
        }

        var correlations = ImmutableArray.CreateBuilder<ParameterCorrelation>();
        if (Find(root, "correlations") is { } correlationsNode && !IsEmpty(correlationsNode))
        {
            var list = correlationsNode as YamlSequenceNode ?? throw Error(name, correlationsNode, $"expected 'correlations' to be a list of {{ between: [a, b], r: … }}, found {Describe(correlationsNode)}");
            foreach (var item in list.Children)
            {
                correlations.Add(Correlation(name, item));
            }
        }

        return new PopulationDefinition(parameters.ToImmutable(), correlations.ToImmutable(), description, name);
    }

    private static ParameterDistribution Parameter(string file, string id, YamlNode key, YamlNode node)
    {
        var where = $"parameter '{id}'";
        var mapping = Mapping(file, node, $"{where}: a mapping with distribution, cv or sd, …");
        OnlyKeys(file, mapping, ParameterKeys, $"in {where}");
        var kindNode = Find(mapping, "distribution") ?? throw Error(file, mapping, $"{where}: missing 'distribution': expected lognormal, normal or uniform");
        var kindText = Scalar(file, kindNode, "a distribution");
        var kind = kindText.ToUpperInvariant() switch
        {
            "LOGNORMAL" or "LOG-NORMAL" => DistributionKind.LogNormal,
            "NORMAL" => DistributionKind.Normal,
            "UNIFORM" => DistributionKind.Uniform,
            _ => throw Error(file, kindNode, $"{where}: unknown distribution '{kindText}'; expected lognormal, normal or uniform"),
        };

        var mean = OptionalNumber(file, mapping, "mean", where);
        var cv = OptionalNumber(file, mapping, "cv", where);
        var sd = OptionalNumber(file, mapping, "sd", where);
        var min = OptionalNumber(file, mapping, "min", where);
        var max = OptionalNumber(file, mapping, "max", where);
        var relativeTo = Find(mapping, "relative_to") is { } r ? Scalar(file, r, "the id of another parameter") : null;
        var source = Find(mapping, "source") is { } s ? Scalar(file, s, "a source") : null;
        NotNegative(file, mapping, "cv", cv, where);
        NotNegative(file, mapping, "sd", sd, where);
        if (kind == DistributionKind.Uniform)
        {
            if (cv is not null || sd is not null || mean is not null)
            {
                throw Error(file, mapping, $"{where}: a uniform distribution takes min and max only, not mean, cv or sd");
            }

            if (min is null || max is null)
            {
                throw Error(file, mapping, $"{where}: a uniform distribution needs both 'min' and 'max'");
            }
        }
        else if ((cv is null) == (sd is null))
        {
            throw Error(file, mapping, $"{where}: give the spread as exactly one of 'cv' (coefficient of variation, e.g. 0.2) or 'sd' (standard deviation)");
        }

        if (min is { } lo && max is { } hi && !(lo < hi))
        {
            throw Error(file, Find(mapping, "max")!, $"{where}: 'max' ({Format(hi)}) must be greater than 'min' ({Format(lo)})");
        }

        if (kind == DistributionKind.LogNormal && mean is { } m && !(m > 0))
        {
            throw Error(file, Find(mapping, "mean")!, $"{where}: a log-normal mean must be greater than 0, found {Format(m)}");
        }

        if (relativeTo == id)
        {
            throw Error(file, Find(mapping, "relative_to")!, $"{where}: a parameter cannot be relative to itself");
        }

        return new ParameterDistribution(id, kind, mean, cv, sd, min, max, relativeTo, source, Location(file, key));
    }

    private static ParameterCorrelation Correlation(string file, YamlNode node)
    {
        var mapping = Mapping(file, node, "a correlation: { between: [a, b], r: … }");
        OnlyKeys(file, mapping, CorrelationKeys, "in a correlation");
        var betweenNode = Find(mapping, "between") ?? throw Error(file, mapping, "a correlation needs 'between: [a, b]'");
        if (betweenNode is not YamlSequenceNode { Children.Count: 2 } pair)
        {
            throw Error(file, betweenNode, "'between' must list exactly two parameter ids, e.g. [body_mass, lean_mass0]");
        }

        var first = Scalar(file, pair.Children[0], "a parameter id");
        var second = Scalar(file, pair.Children[1], "a parameter id");
        if (first == second)
        {
            throw Error(file, betweenNode, $"a correlation needs two different parameters, found '{first}' twice");
        }

        var rNode = Find(mapping, "r") ?? throw Error(file, mapping, "a correlation needs 'r', the coefficient");
        var r = Number(file, rNode, "a correlation coefficient");
        if (!(r > -1 && r < 1))
        {
            throw Error(file, rNode, $"a correlation coefficient must be strictly between -1 and 1, found {Format(r)}");
        }

        var source = Find(mapping, "source") is { } s ? Scalar(file, s, "a source") : null;
        return new ParameterCorrelation(first, second, r, source, Location(file, node));
    }

    private static double? OptionalNumber(string file, YamlMappingNode mapping, string key, string where) =>
        Find(mapping, key) is { } node ? Number(file, node, $"a number for '{key}' of {where}") : null;

    private static void NotNegative(string file, YamlMappingNode mapping, string key, double? value, string where)
    {
        if (value is < 0)
        {
            throw Error(file, Find(mapping, key)!, $"{where}: '{key}' must not be negative, found {Format(value.Value)}");
        }
    }

    private static double Number(string file, YamlNode node, string what)
    {
        var text = Scalar(file, node, what);
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : throw Error(file, node, $"expected {what}, found '{text}'");
    }

    private static YamlMappingNode Mapping(string file, YamlNode node, string what) =>
        node as YamlMappingNode ?? throw Error(file, node, $"expected {what}, found {Describe(node)}");

    private static string Scalar(string file, YamlNode node, string what) =>
        node is YamlScalarNode { Value: { Length: > 0 } value } ? value : throw Error(file, node, $"expected {what}, found {Describe(node)}");

    private static YamlNode? Find(YamlMappingNode mapping, string key)
    {
        foreach (var (k, v) in mapping.Children)
        {
            if (k is YamlScalarNode { Value: { } name } && string.Equals(name, key, StringComparison.Ordinal))
            {
                return v;
            }
        }

        return null;
    }

    private static void OnlyKeys(string file, YamlMappingNode mapping, string[] known, string where)
    {
        foreach (var (k, _) in mapping.Children)
        {
            var key = Scalar(file, k, "a key");
            if (!known.Contains(key, StringComparer.Ordinal))
            {
                var near = NearestId.Find(key, known);
                throw Error(file, k, $"unknown key '{key}' {where}{(near is null ? string.Empty : $" (did you mean '{near}'?)")}; expected {string.Join(", ", known)}");
            }
        }
    }

    private static bool IsEmpty(YamlNode node) => node is YamlScalarNode { Value: null or "" };

    private static SourceLocation Location(string file, YamlNode node) => new(file, (int)node.Start.Line, (int)node.Start.Column);

    private static ModelFormatException Error(string file, YamlNode node, string message) => new(Location(file, node), message);

    private static string Describe(YamlNode node) => node switch
    {
        YamlScalarNode { Value: null or "" } => "nothing",
        YamlScalarNode s => $"'{s.Value}'",
        YamlSequenceNode => "a list",
        YamlMappingNode => "a mapping",
        _ => "something else",
    };

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
