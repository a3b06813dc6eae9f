using Myokinetics.Core.Math;
using Myokinetics.Core.Model;

namespace Myokinetics.Sbml.Tests.Comp;

/// <summary>Small comp documents for focused flattening tests.</summary>
internal static class CompText
{
    public const string CompNs = "http://www.sbml.org/sbml/level3/version1/comp/version1";

    /// <summary>An SBML L3V2 document requiring comp whose main model (id <c>main</c>) holds
    /// <paramref name="model"/>, followed by <paramref name="definitions"/> (model definitions) and
    /// <paramref name="externals"/> (external model definitions).</summary>
    public static string Document(string model, string definitions = "", string externals = "", string modelAttributes = "") =>
        $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <sbml xmlns="http://www.sbml.org/sbml/level3/version2/core" xmlns:comp="{CompNs}" level="3" version="2" comp:required="true">
          <model id="main" {modelAttributes}>
        {model}
          </model>
          {(definitions.Length == 0 ? string.Empty : $"<comp:listOfModelDefinitions>{definitions}</comp:listOfModelDefinitions>")}
          {(externals.Length == 0 ? string.Empty : $"<comp:listOfExternalModelDefinitions>{externals}</comp:listOfExternalModelDefinitions>")}
        </sbml>
        """;

    public static string Definition(string id, string content) =>
        $"""<comp:modelDefinition id="{id}">{content}</comp:modelDefinition>""";

    /// <summary><c>&lt;comp:listOfSubmodels&gt;</c> around the given submodel elements.</summary>
    public static string Submodels(params string[] submodels) =>
        $"<comp:listOfSubmodels>{string.Concat(submodels)}</comp:listOfSubmodels>";

    public static string Submodel(string id, string modelRef, string attributes = "", string content = "") =>
        $"""<comp:submodel comp:id="{id}" comp:modelRef="{modelRef}" {attributes}>{content}</comp:submodel>""";

    public static string Parameters(params string[] parameters) => $"<listOfParameters>{string.Concat(parameters)}</listOfParameters>";

    public static string Parameter(string id, double value, bool constant = true, string content = "", string attributes = "") =>
        $"""<parameter id="{id}" value="{value.ToString(System.Globalization.CultureInfo.InvariantCulture)}" constant="{(constant ? "true" : "false")}" {attributes}>{content}</parameter>""";

    public static string Replaces(string submodel, string reference, string extra = "") =>
        $"""<comp:listOfReplacedElements><comp:replacedElement comp:submodelRef="{submodel}" {reference} {extra}/></comp:listOfReplacedElements>""";

    public static string Math(string content) => SbmlText.Math(content);

    public static Model Flatten(string xml) => SbmlReader.ReadString(xml, "comp-test.xml").Model;

    public static string Describe(MathNode node) => MathAssert.Describe(node);

    public static Parameter Parameter(this Model model, string id) => model.Parameters.Single(p => p.Id == id);

    /// <summary>The math of the assignment or rate rule for <paramref name="variable"/>, described.</summary>
    public static string RuleFor(this Model model, string variable) =>
        Describe(model.Rules.Single(r => (r as AssignmentRule)?.Variable == variable || (r as RateRule)?.Variable == variable).Math);
}
