using System.Diagnostics;
using Myokinetics.Core.Diagnostics;

namespace Myokinetics.Sbml.Tests;

public sealed class MalformedInputTests
{
    private static readonly string Valid = SbmlText.L3V2("""
        <listOfCompartments><compartment id="c" size="1" constant="true"/></listOfCompartments>
        <listOfParameters><parameter id="p" value="1" constant="true"/></listOfParameters>
        """);

    [Fact]
    public void A_Truncated_Document_Names_The_Line_Where_It_Ends()
    {
        var truncated = Valid[..Valid.IndexOf("<listOfParameters>", StringComparison.Ordinal)];
        var ex = Assert.Throws<ModelFormatException>(() => SbmlReader.ReadString(truncated, "cut.xml"));
        Assert.StartsWith("malformed XML", ex.Detail, StringComparison.Ordinal);
        Assert.Equal("cut.xml", ex.Location.File);
        Assert.Equal(truncated.Split('\n').Length, ex.Location.Line);
        Assert.StartsWith($"cut.xml:{ex.Location.Line}:", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_Billion_Laughs_Bomb_Is_Refused_Quickly_Without_Expanding()
    {
        var entities = string.Concat(Enumerable.Range(1, 9).Select(i => $"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{i - 1};", 10))}\">\n"));
        var bomb = $"""
            <?xml version="1.0"?>
            <!DOCTYPE sbml [
            <!ENTITY lol0 "lol">
            {entities}]>
            <sbml xmlns="http://www.sbml.org/sbml/level3/version2/core" level="3" version="2"><model id="&lol9;"/></sbml>
            """;
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        var ex = Assert.Throws<ModelFormatException>(() => SbmlReader.ReadString(bomb, "bomb.xml"));
        clock.Stop();
        Assert.Contains("DTDs are not allowed", ex.Detail, StringComparison.Ordinal);
        Assert.Equal(2, ex.Location.Line);
        Assert.True(clock.ElapsedMilliseconds < 1000, $"took {clock.ElapsedMilliseconds} ms");
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - allocated < 16_000_000, "allocated more than 16 MB");

        var path = Path.Combine(Path.GetTempPath(), $"bomb-{Guid.NewGuid():N}.xml");
        File.WriteAllText(path, bomb);
        try
        {
            var fromFile = Assert.Throws<ModelFormatException>(() => SbmlReader.Read(path));
            Assert.Equal(new SourceLocation(path, 2, 1), fromFile.Location);
            Assert.Contains("DTDs are not allowed", fromFile.Detail, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void An_External_Entity_Is_Refused_And_Nothing_Is_Read()
    {
        var secret = Path.Combine(Path.GetTempPath(), $"myokinetics-secret-{Guid.NewGuid():N}.txt");
        File.WriteAllText(secret, "TOP-SECRET-CONTENT");
        try
        {
            var xml = $"""
                <?xml version="1.0"?>
                <!DOCTYPE sbml [<!ENTITY x SYSTEM "{new Uri(secret).AbsoluteUri}">]>
                <sbml xmlns="http://www.sbml.org/sbml/level3/version2/core" level="3" version="2"><model id="m" name="&x;"/></sbml>
                """;
            var ex = Assert.Throws<ModelFormatException>(() => SbmlReader.ReadString(xml));
            Assert.Contains("DTDs are not allowed", ex.Detail, StringComparison.Ordinal);
            Assert.DoesNotContain("TOP-SECRET", ex.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(secret);
        }
    }

    [Fact]
    public void A_Missing_File_Names_The_File()
    {
        var path = Path.Combine(Path.GetTempPath(), $"no-such-model-{Guid.NewGuid():N}.xml");
        var ex = Assert.Throws<ModelFormatException>(() => SbmlReader.Read(path));
        Assert.Equal(path, ex.Location.File);
        Assert.Equal("file not found", ex.Detail);
        Assert.Equal(1, ex.ExitCode);
    }

    [Fact]
    public void A_File_In_A_Missing_Directory_Is_Not_Found()
    {
        var path = Path.Combine(Path.GetTempPath(), $"no-such-dir-{Guid.NewGuid():N}", "m.xml");
        Assert.Equal("file not found", Assert.Throws<ModelFormatException>(() => SbmlReader.Read(path)).Detail);
    }

    [Fact]
    public void A_Non_Numeric_Value_Names_The_Attribute_And_Its_Place()
    {
        var xml = Valid.Replace("value=\"1\"", "value=\"one\"", StringComparison.Ordinal);
        var ex = Assert.Throws<ModelFormatException>(() => SbmlReader.ReadString(xml, "m.xml"));
        Assert.Equal("attribute 'value' of <parameter> must be a number, found 'one'", ex.Detail);
        var lines = xml.Split('\n');
        var line = Array.FindIndex(lines, l => l.Contains("value=\"one\"", StringComparison.Ordinal));
        Assert.Equal(new SourceLocation("m.xml", line + 1, lines[line].IndexOf("value=", StringComparison.Ordinal) + 1), ex.Location);
    }

    [Theory]
    [InlineData("constant=\"true\"/></listOfParameters>", "constant=\"maybe\"/></listOfParameters>", "must be true or false, found 'maybe'")]
    [InlineData("<parameter id=\"p\"", "<parameter", "<parameter> needs the attribute 'id'")]
    [InlineData("size=\"1\"", "size=\"1,5\"", "attribute 'size' of <compartment> must be a number, found '1,5'")]
    public void Invalid_Attributes_Are_Format_Errors(string find, string replace, string expected)
    {
        var ex = Assert.Throws<ModelFormatException>(() => SbmlReader.ReadString(Valid.Replace(find, replace, StringComparison.Ordinal)));
        Assert.Contains(expected, ex.Detail, StringComparison.Ordinal);
        Assert.True(ex.Location.Line > 0);
    }

    [Fact]
    public void An_Unknown_MathML_Element_Names_Its_Line()
    {
        var xml = SbmlText.L3V2($"""
            <listOfParameters><parameter id="p" constant="false"/></listOfParameters>
            <listOfRules>
              <assignmentRule variable="p">
                {SbmlText.Math("<apply><plus/><ci>p</ci><matrix/></apply>")}
              </assignmentRule>
            </listOfRules>
            """);
        var ex = Assert.Throws<ModelFormatException>(() => SbmlReader.ReadString(xml));
        Assert.Contains("unknown MathML element <matrix>", ex.Detail, StringComparison.Ordinal);
        Assert.Equal(Array.FindIndex(xml.Split('\n'), l => l.Contains("<matrix/>", StringComparison.Ordinal)) + 1, ex.Location.Line);
    }

    [Fact]
    public void A_Non_Sbml_Root_Is_Refused()
    {
        var ex = Assert.Throws<ModelFormatException>(() => SbmlReader.ReadString("<html><body/></html>"));
        Assert.Equal("expected an SBML document (root element <sbml>), found <html>", ex.Detail);
        Assert.Equal(1, ex.Location.Line);
    }

    [Theory]
    [InlineData(1, 2, "http://www.sbml.org/sbml/level1")]
    [InlineData(3, 3, "http://www.sbml.org/sbml/level3/version3/core")]
    [InlineData(2, 6, "http://www.sbml.org/sbml/level2/version6")]
    public void Unknown_Levels_And_Versions_Are_Refused(int level, int version, string ns)
    {
        var ex = Assert.Throws<ModelFormatException>(() => SbmlReader.ReadString(SbmlText.Document(level, version, ns, string.Empty)));
        Assert.Contains($"SBML Level {level} Version {version} is not supported", ex.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void A_Namespace_That_Does_Not_Match_The_Level_Is_Refused()
    {
        var ex = Assert.Throws<ModelFormatException>(() => SbmlReader.ReadString(SbmlText.Document(3, 2, "http://www.sbml.org/sbml/level3/version1/core", string.Empty)));
        Assert.Contains("does not match Level 3 Version 2", ex.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void A_Document_Without_A_Model_Is_Refused()
    {
        var ex = Assert.Throws<ModelFormatException>(() => SbmlReader.ReadString("<sbml xmlns=\"http://www.sbml.org/sbml/level3/version2/core\" level=\"3\" version=\"2\"/>"));
        Assert.Equal("<sbml> must hold a <model>", ex.Detail);
    }

    [Fact]
    public void An_Empty_Document_Is_Malformed()
    {
        Assert.StartsWith("malformed XML", Assert.Throws<ModelFormatException>(() => SbmlReader.ReadString(string.Empty)).Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void A_Document_Larger_Than_The_Bound_Is_Refused_Naming_The_Bound()
    {
        var ex = Assert.Throws<ModelFormatException>(() => SbmlReader.ReadString(Valid, "big.xml", maxCharacters: 200));
        Assert.Contains("MaxCharactersInDocument = 200 characters", ex.Detail, StringComparison.Ordinal);
        Assert.Equal(256L * 1024 * 1024, SbmlReader.MaxCharactersInDocument);
    }

    [Fact]
    public void A_File_Is_Read_With_Its_Path_In_Locations()
    {
        var path = Path.Combine(Path.GetTempPath(), $"model-{Guid.NewGuid():N}.xml");
        File.WriteAllText(path, Valid);
        try
        {
            var model = SbmlReader.Read(path).Model;
            Assert.Equal(path, model.Parameters[0].Location!.Value.File);
            Assert.Equal(path, model.Location!.Value.File);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
