using System.Xml;
using System.Xml.Linq;
using Myokinetics.Core.Diagnostics;
using Myokinetics.Sbml.Comp;

namespace Myokinetics.Sbml.Reading;

/// <summary>What every part of the reader needs: the file name for locations, the document's level and
/// version, its core namespace, and the diagnostics collected so far. Attribute helpers throw
/// <see cref="ModelFormatException"/> at the attribute's own line and column.</summary>
internal sealed class ReadContext
{
    private readonly HashSet<string> reportedOnce = new(StringComparer.Ordinal);

    public ReadContext(string file, int level, int version, XNamespace core)
    {
        File = file;
        Level = level;
        Version = version;
        Core = core;
    }

    public string File { get; }

    public int Level { get; }

    public int Version { get; }

    public XNamespace Core { get; }

    public bool IsLevel3 => Level == 3;

    public List<Diagnostic> Diagnostics { get; } = new();

    public string LevelVersion => $"SBML Level {Level} Version {Version}";

    public SourceLocation At(XObject node)
    {
        if ((node.Annotation<OriginalLocation>() ?? node.Parent?.Annotation<OriginalLocation>()) is { } copied)
        {
            return copied.Location;
        }

        var info = (IXmlLineInfo)node;
        return info.HasLineInfo() ? new SourceLocation(File, info.LineNumber, info.LinePosition) : new SourceLocation(File, 0);
    }

    public ModelFormatException Error(XObject node, string message) => new(At(node), message);

    public void Add(Severity severity, XObject node, string message, string? element = null) =>
        Diagnostics.Add(new Diagnostic(severity, message, At(node), element));

    /// <summary>Adds an info diagnostic the first time <paramref name="key"/> is seen in this document.</summary>
    public void InfoOnce(string key, XObject node, string message)
    {
        if (reportedOnce.Add(key))
        {
            Add(Severity.Info, node, message);
        }
    }

    public IEnumerable<XElement> CoreChildren(XElement parent) => parent.Elements().Where(e => e.Name.Namespace == Core);

    public XElement? CoreChild(XElement parent, string localName) => parent.Element(Core + localName);

    public static string? Text(XElement element, string attribute) => element.Attribute(attribute)?.Value;

    public string RequiredText(XElement element, string attribute)
    {
        var value = element.Attribute(attribute)?.Value;
        if (string.IsNullOrWhiteSpace(value))
        {
            throw Error(element, $"<{element.Name.LocalName}> needs the attribute '{attribute}'");
        }

        return value.Trim();
    }

    public static string? Id(XElement element, string attribute)
    {
        var value = element.Attribute(attribute)?.Value.Trim();
        return string.IsNullOrEmpty(value) ? null : value;
    }

    public double? Double(XElement element, string attribute)
    {
        var a = element.Attribute(attribute);
        if (a is null)
        {
            return null;
        }

        if (!SbmlNumber.TryParse(a.Value, out var value))
        {
            throw Error(a, $"attribute '{attribute}' of <{element.Name.LocalName}> must be a number, found '{a.Value}'");
        }

        return value;
    }

    public int? Integer(XElement element, string attribute)
    {
        var a = element.Attribute(attribute);
        if (a is null)
        {
            return null;
        }

        if (!int.TryParse(a.Value.Trim(), System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var value))
        {
            throw Error(a, $"attribute '{attribute}' of <{element.Name.LocalName}> must be an integer, found '{a.Value}'");
        }

        return value;
    }

    public bool? Boolean(XElement element, string attribute)
    {
        var a = element.Attribute(attribute);
        if (a is null)
        {
            return null;
        }

        return a.Value.Trim() switch
        {
            "true" or "1" => true,
            "false" or "0" => false,
            _ => throw Error(a, $"attribute '{attribute}' of <{element.Name.LocalName}> must be true or false, found '{a.Value}'"),
        };
    }

    /// <summary>A boolean that Level 2 defaults and Level 3 requires: in Level 3 a missing value gives a
    /// warning and <paramref name="fallback"/>.</summary>
    public bool LevelBoolean(XElement element, string attribute, bool level2Default, bool fallback, string? id)
    {
        if (Boolean(element, attribute) is { } value)
        {
            return value;
        }

        if (!IsLevel3)
        {
            return level2Default;
        }

        WarnMissing(element, attribute, fallback ? "true" : "false", id);
        return fallback;
    }

    public void WarnMissing(XElement element, string attribute, string used, string? id) =>
        Add(
            Severity.Warning,
            element,
            $"<{element.Name.LocalName}> lacks the attribute '{attribute}', which {LevelVersion} requires; read as {used}",
            id);

    /// <summary>Notes, once per document and attribute, the attributes this reader reads but does not keep.</summary>
    public void IgnoredAttributes(XElement element, params string[] attributes)
    {
        foreach (var name in attributes)
        {
            if (element.Attribute(name) is { } a)
            {
                InfoOnce(
                    $"attr:{element.Name.LocalName}:{name}",
                    a,
                    $"attribute '{name}' of <{element.Name.LocalName}> has no place in the model and is not kept");
            }
        }
    }
}
