using System.Globalization;
using Myokinetics.Core.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Myokinetics.Cli.Estimation;

/// <summary>Reads the fit's YAML files; every problem is a <see cref="ModelFormatException"/> naming the
/// file, the line and column, and what was expected.</summary>
internal static class YamlFile
{
    /// <summary>The root mapping of the file.</summary>
    public static YamlMappingNode Load(string path, string what)
    {
        if (Directory.Exists(path))
        {
            throw new ModelFormatException(new SourceLocation(path, 0), "this is a folder, not a YAML file");
        }

        if (!File.Exists(path))
        {
            throw new ModelFormatException(new SourceLocation(path, 0), "the file does not exist");
        }

        var stream = new YamlStream();
        try
        {
            using var reader = new StreamReader(path);
            stream.Load(reader);
        }
        catch (YamlException ex)
        {
            throw new ModelFormatException(new SourceLocation(path, (int)ex.Start.Line, (int)ex.Start.Column), $"malformed YAML: {CliApplication.OneLine(ex.InnerException?.Message ?? ex.Message)}", ex);
        }
        catch (IOException ex)
        {
            throw new ModelFormatException(new SourceLocation(path, 0), $"cannot read the file: {ex.Message}", ex);
        }

        if (stream.Documents.Count == 0)
        {
            throw new ModelFormatException(new SourceLocation(path, 1), $"the file is empty; expected {what}");
        }

        return Mapping(path, stream.Documents[0].RootNode, what);
    }

    public static SourceLocation Location(string path, YamlNode node) => new(path, (int)node.Start.Line, (int)node.Start.Column);

    public static ModelFormatException Error(string path, YamlNode node, string message) => new(Location(path, node), message);

    public static YamlMappingNode Mapping(string path, YamlNode node, string what) =>
        node as YamlMappingNode ?? throw Error(path, node, $"expected {what} (a mapping of keys to values), found {Describe(node)}");

    public static string Scalar(string path, YamlNode node, string what) =>
        node is YamlScalarNode { Value: { Length: > 0 } value } ? value : throw Error(path, node, $"expected {what}, found {Describe(node)}");

    /// <summary>A scalar or a list of scalars, as a list.</summary>
    public static IReadOnlyList<string> Strings(string path, YamlNode node, string what) => node switch
    {
        YamlSequenceNode list => list.Children.Select(c => Scalar(path, c, what)).ToList(),
        _ => [Scalar(path, node, what)],
    };

    public static double Number(string path, YamlNode node, string what)
    {
        var text = Scalar(path, node, what);
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : throw Error(path, node, $"expected {what}, found '{text}'");
    }

    /// <summary>Refuses keys not in <paramref name="known"/>.</summary>
    public static void OnlyKeys(string path, YamlMappingNode mapping, params string[] known)
    {
        foreach (var (key, _) in mapping.Children)
        {
            var name = Scalar(path, key, "a key");
            if (!known.Contains(name, StringComparer.Ordinal))
            {
                throw Error(path, key, $"unknown key '{name}'; expected {string.Join(", ", known)}");
            }
        }
    }

    public static YamlNode? Find(YamlMappingNode mapping, string key) =>
        mapping.Children.FirstOrDefault(c => c.Key is YamlScalarNode { Value: { } k } && k == key).Value;

    private static string Describe(YamlNode node) => node switch
    {
        YamlScalarNode { Value: null or "" } => "nothing",
        YamlScalarNode s => $"'{s.Value}'",
        YamlSequenceNode => "a list",
        _ => "a mapping",
    };
}
