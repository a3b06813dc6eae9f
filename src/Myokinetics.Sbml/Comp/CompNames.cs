using System.Xml.Linq;

namespace Myokinetics.Sbml.Comp;

/// <summary>The SBML Level 3 Hierarchical Model Composition package, version 1 (comp Version 1
/// Release 3): its namespace and how its attributes are read.</summary>
internal static class CompNames
{
    /// <summary>The package's namespace URI (as declared by comp Version 1 Release 3).</summary>
    public static readonly XNamespace Namespace = "http://www.sbml.org/sbml/level3/version1/comp/version1";

    /// <summary>The feature named by every <see cref="Core.Diagnostics.UnsupportedFeatureException"/> the flattener throws.</summary>
    public const string Feature = "comp package";

    /// <summary>Whether <paramref name="e"/> is an element of the comp package.</summary>
    public static bool IsComp(XElement e) => e.Name.Namespace == Namespace;

    /// <summary>A comp attribute: written <c>comp:name</c> by the specification; an unprefixed
    /// <c>name</c> is accepted too. Null when absent or blank.</summary>
    public static string? Attribute(XElement e, string name)
    {
        var value = (e.Attribute(Namespace + name) ?? e.Attribute(name))?.Value.Trim();
        return string.IsNullOrEmpty(value) ? null : value;
    }

    /// <summary>The comp child element <paramref name="name"/> of <paramref name="e"/>, or null.</summary>
    public static XElement? Child(XElement e, string name) => e.Element(Namespace + name);

    /// <summary>The items of the comp list <paramref name="list"/> under <paramref name="e"/>.</summary>
    public static IEnumerable<XElement> Items(XElement e, string list, string item) =>
        e.Elements(Namespace + list).Elements(Namespace + item);

    /// <summary>Whether the document uses the package: a comp attribute on <c>&lt;sbml&gt;</c> (such as
    /// <c>comp:required</c>), or comp elements in <c>&lt;sbml&gt;</c> (model definitions) or in its
    /// <c>&lt;model&gt;</c> (submodels, ports). Replacements are meaningful only with submodels.</summary>
    public static bool IsUsedBy(XElement root) =>
        root.Attributes().Any(a => a.Name.Namespace == Namespace)
        || root.Elements().Any(IsComp)
        || root.Elements().Where(e => e.Name.LocalName == "model").Elements().Any(IsComp);
}
