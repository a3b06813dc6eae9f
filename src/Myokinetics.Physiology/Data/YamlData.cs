using System.Globalization;
using System.Text.RegularExpressions;
using Myokinetics.Core.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Myokinetics.Physiology.Data;

/// <summary>
/// Reads YAML data files (the catalogues, protocols and subjects here; the command line's fit files):
/// every failure is a <see cref="ModelFormatException"/> that names the file, the line and column
/// (1-based, as YamlDotNet counts them), and what was expected.
/// </summary>
public static partial class YamlData
{
    /// <summary>The root mapping of the YAML file at <paramref name="path"/> (its first document).</summary>
    /// <param name="path">The file.</param>
    /// <param name="what">What the file should hold, for the message when it is empty or not a mapping.</param>
    /// <exception cref="ModelFormatException">The path is a folder or missing, the file cannot be read,
    /// is not YAML, is empty or its root is not a mapping.</exception>
    public static YamlMappingNode LoadMapping(string path, string what)
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
            throw new ModelFormatException(new SourceLocation(path, (int)ex.Start.Line, (int)ex.Start.Column), $"malformed YAML: {Reason(ex)}", ex);
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

    /// <summary>Where <paramref name="node"/> starts.</summary>
    public static SourceLocation Location(string path, YamlNode node) =>
        new(path, (int)node.Start.Line, (int)node.Start.Column);

    /// <summary>An error at <paramref name="node"/> (for the caller to throw).</summary>
    public static ModelFormatException Error(string path, YamlNode node, string message) =>
        new(Location(path, node), message);

    /// <summary><paramref name="node"/> as a mapping; otherwise an error saying <paramref name="what"/> was expected.</summary>
    public static YamlMappingNode Mapping(string path, YamlNode node, string what) =>
        node as YamlMappingNode ?? throw Error(path, node, $"expected {what} (a mapping of keys to values), found {Describe(node)}");

    /// <summary><paramref name="node"/> as a list; otherwise an error saying <paramref name="what"/> was expected.</summary>
    public static YamlSequenceNode Sequence(string path, YamlNode node, string what) =>
        node as YamlSequenceNode ?? throw Error(path, node, $"expected {what} (a list), found {Describe(node)}");

    /// <summary>The text of a scalar, possibly empty; otherwise an error saying <paramref name="what"/> was expected.</summary>
    public static string Scalar(string path, YamlNode node, string what) =>
        node is YamlScalarNode { Value: { } value } ? value : throw Error(path, node, $"expected {what}, found {Describe(node)}");

    /// <summary>The text of a scalar that is not empty; otherwise an error saying <paramref name="what"/> was expected.</summary>
    public static string Text(string path, YamlNode node, string what) =>
        node is YamlScalarNode { Value: { Length: > 0 } value } ? value : throw Error(path, node, $"expected {what}, found {Describe(node)}");

    /// <summary>A non-empty scalar or a list of them, as a list.</summary>
    public static IReadOnlyList<string> Strings(string path, YamlNode node, string what) => node switch
    {
        YamlSequenceNode list => list.Children.Select(c => Text(path, c, what)).ToList(),
        _ => [Text(path, node, what)],
    };

    /// <summary>The key's text.</summary>
    public static string Key(string path, YamlNode node) => Scalar(path, node, "a key");

    /// <summary>The value of <paramref name="key"/> in <paramref name="mapping"/>, or null when absent.</summary>
    public static YamlNode? Find(YamlMappingNode mapping, string key)
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

    /// <summary>The value of <paramref name="key"/> in <paramref name="mapping"/>; when absent, an error
    /// <c>missing 'key': expected …</c>.</summary>
    public static YamlNode Require(string path, YamlMappingNode mapping, string key, string what) =>
        Find(mapping, key) ?? throw Error(path, mapping, $"missing '{key}': expected {what}");

    /// <summary>A finite number (culture-invariant); otherwise an error saying <paramref name="what"/> was expected.</summary>
    public static double Number(string path, YamlNode node, string what)
    {
        var text = Text(path, node, what);
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : throw Error(path, node, $"expected {what}, found '{text}'");
    }

    /// <summary>The number under <c>value</c> of a <c>{ value: …, source: … }</c> mapping; the source must be given.</summary>
    public static double SourcedNumber(string path, YamlMappingNode parent, string key, string what)
    {
        var node = Mapping(path, Require(path, parent, key, what), $"{key} with its value and source");
        Scalar(path, Require(path, node, "source", $"the source of {key}"), $"the source of {key}");
        return Number(path, Require(path, node, "value", what), what);
    }

    /// <summary>Refuses keys not in <paramref name="known"/>.</summary>
    public static void OnlyKeys(string path, YamlMappingNode mapping, params string[] known)
    {
        foreach (var (k, _) in mapping.Children)
        {
            var key = Key(path, k);
            if (!known.Contains(key, StringComparer.Ordinal))
            {
                throw Error(path, k, $"unknown key '{key}'; expected {string.Join(", ", known)}");
            }
        }
    }

    private static string Describe(YamlNode node) => node switch
    {
        YamlScalarNode { Value: null or "" } => "nothing",
        YamlScalarNode s => $"'{s.Value}'",
        YamlSequenceNode => "a list",
        YamlMappingNode => "a mapping",
        _ => "something else",
    };

    /// <summary>YamlDotNet's message without its "(Line: …) - (Line: …): " prefix.</summary>
    private static string Reason(YamlException ex)
    {
        var message = ex.InnerException is YamlException inner ? inner.Message : ex.Message;
        return PositionPrefix().Replace(message, string.Empty).Trim();
    }

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\):\s*")]
    private static partial Regex PositionPrefix();
}
