using Myokinetics.Core.Diagnostics;

namespace Myokinetics.Sbml.Tests;

public sealed class PackageTests
{
    private static string WithPackage(string prefix, string ns, bool required, string content = "") => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <sbml xmlns="http://www.sbml.org/sbml/level3/version1/core" xmlns:{prefix}="{ns}" level="3" version="1" {prefix}:required="{(required ? "true" : "false")}">
          <model id="m">
            <listOfCompartments><compartment id="c" size="1" constant="true"/></listOfCompartments>
            {content}
          </model>
        </sbml>
        """;

    [Theory]
    [InlineData("multi", "http://www.sbml.org/sbml/level3/version1/multi/version1")]
    [InlineData("arrays", "http://www.sbml.org/sbml/level3/version1/arrays/version1")]
    [InlineData("distrib", "http://www.sbml.org/sbml/level3/version1/distrib/version1")]
    public void A_Required_Package_Is_Unsupported_And_Named(string prefix, string ns)
    {
        var ex = Assert.Throws<UnsupportedFeatureException>(() => SbmlReader.ReadString(WithPackage(prefix, ns, required: true)));
        Assert.Equal($"{prefix} package", ex.Feature);
        Assert.Equal(1, ex.ExitCode);
    }

    [Fact]
    public void An_Optional_Package_Is_Ignored_With_An_Info_And_Core_Is_Read()
    {
        var document = SbmlReader.ReadString(WithPackage(
            "layout",
            "http://www.sbml.org/sbml/level3/version1/layout/version1",
            required: false,
            """
            <listOfSpecies><species id="S" compartment="c" hasOnlySubstanceUnits="false" boundaryCondition="false" constant="false"/></listOfSpecies>
            <layout:listOfLayouts><layout:layout layout:id="l"/></layout:listOfLayouts>
            """));
        var info = Assert.Single(document.Diagnostics);
        Assert.Equal(Severity.Info, info.Severity);
        Assert.Contains("'layout' package", info.Message, StringComparison.Ordinal);
        Assert.Equal("S", Assert.Single(document.Model.Species).Id);
    }

    [Fact]
    public void A_Package_Name_Falls_Back_To_Its_Prefix_When_The_Namespace_Has_No_Version()
    {
        var ex = Assert.Throws<UnsupportedFeatureException>(() => SbmlReader.ReadString(WithPackage("spatial", "urn:example:spatial", required: true)));
        Assert.Equal("spatial package", ex.Feature);
    }
}
