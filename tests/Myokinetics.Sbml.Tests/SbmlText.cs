using Myokinetics.Core.Math;
using Myokinetics.Core.Model;

namespace Myokinetics.Sbml.Tests;

/// <summary>Small SBML documents for focused tests.</summary>
internal static class SbmlText
{
    public const string MathNs = "http://www.w3.org/1998/Math/MathML";

    public static string L3V2(string modelContent, string modelAttributes = "") =>
        Document(3, 2, "http://www.sbml.org/sbml/level3/version2/core", modelContent, modelAttributes);

    public static string L3V1(string modelContent, string modelAttributes = "") =>
        Document(3, 1, "http://www.sbml.org/sbml/level3/version1/core", modelContent, modelAttributes);

    public static string L2V4(string modelContent, string modelAttributes = "") =>
        Document(2, 4, "http://www.sbml.org/sbml/level2/version4", modelContent, modelAttributes);

    public static string L2V1(string modelContent, string modelAttributes = "") =>
        Document(2, 1, "http://www.sbml.org/sbml/level2", modelContent, modelAttributes);

    public static string Document(int level, int version, string ns, string modelContent, string modelAttributes = "") =>
        $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <sbml xmlns="{ns}" level="{level}" version="{version}">
          <model id="m" {modelAttributes}>
        {modelContent}
          </model>
        </sbml>
        """;

    /// <summary>A model with one parameter <c>x</c> whose initial assignment is <paramref name="mathContent"/>.</summary>
    public static string WithMath(string mathContent) =>
        L3V2($"""
            <listOfParameters><parameter id="x" constant="true"/></listOfParameters>
            <listOfInitialAssignments>
              <initialAssignment symbol="x"><math xmlns="{MathNs}" xmlns:sbml="http://www.sbml.org/sbml/level3/version2/core">{mathContent}</math></initialAssignment>
            </listOfInitialAssignments>
            """);

    /// <summary>Reads <paramref name="mathContent"/> through <see cref="WithMath"/>.</summary>
    public static MathNode ReadMath(string mathContent) =>
        SbmlReader.ReadString(WithMath(mathContent)).Model.InitialAssignments.Single().Math;

    public static Model Read(string xml) => SbmlReader.ReadString(xml).Model;

    public static string Math(string content) => $"""<math xmlns="{MathNs}">{content}</math>""";
}
