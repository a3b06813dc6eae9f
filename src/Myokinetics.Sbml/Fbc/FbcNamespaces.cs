using System.Xml.Linq;

namespace Myokinetics.Sbml.Fbc;

/// <summary>The namespaces of the SBML Level 3 Flux Balance Constraints package this reader knows
/// (fbc Version 1 Release 1, 2013; fbc Version 2 Release 1, 2015).</summary>
internal static class FbcNamespaces
{
    public static readonly XNamespace V1 = "http://www.sbml.org/sbml/level3/version1/fbc/version1";
    public static readonly XNamespace V2 = "http://www.sbml.org/sbml/level3/version1/fbc/version2";

    /// <summary>1 or 2 for the fbc namespaces read here, else 0.</summary>
    public static int Version(XNamespace ns) => ns == V1 ? 1 : ns == V2 ? 2 : 0;

    /// <summary>The fbc namespace a document declares on its root (as a namespace declaration or as the
    /// namespace of its <c>required</c> attribute), or null when it declares none this reader knows.</summary>
    public static XNamespace? Declared(XElement root)
    {
        foreach (var attribute in root.Attributes())
        {
            XNamespace candidate = attribute.IsNamespaceDeclaration ? attribute.Value : attribute.Name.Namespace;
            if (Version(candidate) > 0)
            {
                return candidate;
            }
        }

        return null;
    }
}
