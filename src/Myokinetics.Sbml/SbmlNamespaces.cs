using System.Xml.Linq;

namespace Myokinetics.Sbml;

/// <summary>The XML namespaces SBML documents use (SBML L2V1–V5 and L3V1–V2 core specifications).</summary>
internal static class SbmlNamespaces
{
    public static readonly XNamespace MathML = "http://www.w3.org/1998/Math/MathML";
    public static readonly XNamespace Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public static readonly XNamespace BqBiol = "http://biomodels.net/biology-qualifiers/";
    public static readonly XNamespace BqModel = "http://biomodels.net/model-qualifiers/";
    public static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    /// <summary>Myokinetics' own annotation namespace, used only for what SBML L3V2 core cannot say
    /// (a reaction's <c>fast</c> flag, which L3V2 removed).</summary>
    public static readonly XNamespace Myokinetics = "urn:myokinetics:sbml-annotation:1";

    public static readonly XNamespace L3V2Core = "http://www.sbml.org/sbml/level3/version2/core";

    public const string TimeUrl = "http://www.sbml.org/sbml/symbols/time";
    public const string AvogadroUrl = "http://www.sbml.org/sbml/symbols/avogadro";
    public const string DelayUrl = "http://www.sbml.org/sbml/symbols/delay";
    public const string RateOfUrl = "http://www.sbml.org/sbml/symbols/rateOf";

    /// <summary>The core namespace of a supported level and version, or null when unsupported.</summary>
    public static XNamespace? Core(int level, int version) => (level, version) switch
    {
        (2, 1) => "http://www.sbml.org/sbml/level2",
        (2, >= 2 and <= 5) => $"http://www.sbml.org/sbml/level2/version{version}",
        (3, 1 or 2) => $"http://www.sbml.org/sbml/level3/version{version}/core",
        _ => null,
    };
}
