using System.Xml.Linq;
using Myokinetics.Core.Math;
using Myokinetics.Core.Model;

namespace Myokinetics.Sbml.Tests;

public sealed class WriterTests
{
    private static readonly XNamespace Core = "http://www.sbml.org/sbml/level3/version2/core";

    private static Model RoundTrip(Model model) => SbmlReader.ReadString(SbmlWriter.WriteString(model)).Model;

    [Fact]
    public void The_Document_Is_Level3_Version2_Core_In_Utf8_Ending_With_A_Newline()
    {
        var text = SbmlWriter.WriteString(Model.Empty("m"));
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>", text, StringComparison.Ordinal);
        Assert.EndsWith("</sbml>\n", text, StringComparison.Ordinal);
        var root = XDocument.Parse(text).Root!;
        Assert.Equal(Core + "sbml", root.Name);
        Assert.Equal("3", root.Attribute("level")!.Value);
        Assert.Equal("2", root.Attribute("version")!.Value);
        Assert.Equal("m", root.Element(Core + "model")!.Attribute("id")!.Value);
    }

    [Fact]
    public void A_Model_Setting_Every_Field_Reads_Back_Equal()
    {
        var model = SampleModels.Everything();
        var document = SbmlReader.ReadString(SbmlWriter.WriteString(model));
        Assert.Empty(ModelComparer.Differences(model, document.Model));
        Assert.Empty(document.Diagnostics);
    }

    [Fact]
    public void Defaults_And_Required_Attributes_Are_Written_Explicitly()
    {
        var root = XDocument.Parse(SbmlWriter.WriteString(SampleModels.Everything())).Root!;
        var species = root.Descendants(Core + "species").First(e => e.Attribute("id")!.Value == "P");
        foreach (var name in new[] { "hasOnlySubstanceUnits", "boundaryCondition", "constant", "compartment" })
        {
            Assert.NotNull(species.Attribute(name));
        }

        Assert.All(root.Descendants(Core + "speciesReference"), e => Assert.NotNull(e.Attribute("constant")));
        Assert.All(root.Descendants(Core + "parameter"), e => Assert.NotNull(e.Attribute("constant")));
        Assert.All(root.Descendants(Core + "compartment"), e => Assert.NotNull(e.Attribute("constant")));
        Assert.All(root.Descendants(Core + "reaction"), e => Assert.NotNull(e.Attribute("reversible")));
        Assert.All(root.Descendants(Core + "event"), e => Assert.NotNull(e.Attribute("useValuesFromTriggerTime")));
        Assert.All(root.Descendants(Core + "trigger"), e => Assert.NotNull(e.Attribute("initialValue")));
        Assert.All(root.Descendants(Core + "trigger"), e => Assert.NotNull(e.Attribute("persistent")));
        Assert.All(root.Descendants(Core + "unit"), e => Assert.Equal(4, e.Attributes().Count()));
        Assert.DoesNotContain(root.Descendants(), e => e.Attribute("fast") is not null && e.Name.Namespace == Core);
    }

    [Fact]
    public void A_Fast_Reaction_Keeps_Its_Flag_In_An_Annotation()
    {
        var text = SbmlWriter.WriteString(SampleModels.Everything());
        Assert.Contains("<myokinetics:reaction xmlns:myokinetics=\"urn:myokinetics:sbml-annotation:1\" fast=\"true\" />", text, StringComparison.Ordinal);
        Assert.Equal([true, false], RoundTrip(SampleModels.Everything()).Reactions.Select(r => r.Fast));
    }

    public static TheoryData<double> Numbers => new()
    {
        0.1, 1.0 / 3.0, 1e-300, double.Epsilon, double.MaxValue, -double.MaxValue, 123456789012345678901234.0, -2.5e-7,
        0.0, 6.02214076e23, double.NaN, double.PositiveInfinity, double.NegativeInfinity, Math.PI, Math.E, 2.0, 10.0,
    };

    [Theory]
    [MemberData(nameof(Numbers))]
    public void Numbers_Read_Back_Bit_For_Bit_In_Attributes_And_Math(double value)
    {
        var model = Model.Empty("m") with
        {
            Parameters = [new Parameter("p", value, null, true), new Parameter("q", null, null, true), new Parameter("u", null, null, true)],
            InitialAssignments =
            [
                new InitialAssignment("q", new ApplyNode(MathOperator.Plus, new NumberNode(value))),
                new InitialAssignment("u", new NumberNode(value, "dimensionless")),
            ],
        };
        var back = RoundTrip(model);
        Assert.Equal(BitConverter.DoubleToInt64Bits(value), BitConverter.DoubleToInt64Bits(back.Parameters[0].Value!.Value));
        var inMath = Assert.IsType<NumberNode>(Assert.IsType<ApplyNode>(back.InitialAssignments[0].Math).Arguments.Single());
        Assert.Equal(BitConverter.DoubleToInt64Bits(value), BitConverter.DoubleToInt64Bits(inMath.Value));
        Assert.Equal(new NumberNode(value, "dimensionless"), back.InitialAssignments[1].Math);
    }

    [Fact]
    public void Numbers_Needing_An_Exponent_Use_E_Notation_And_Constants_Use_Their_Elements()
    {
        var model = Model.Empty("m") with
        {
            Parameters = [new Parameter("p", 1e-300, null, true)],
            InitialAssignments =
            [
                new InitialAssignment("p", new ApplyNode(
                    MathOperator.Plus,
                    new NumberNode(-2.5e-7),
                    new NumberNode(Math.PI),
                    new NumberNode(Math.E),
                    new NumberNode(double.PositiveInfinity),
                    new NumberNode(double.NaN),
                    new NumberNode(1e21))),
            ],
        };
        var text = SbmlWriter.WriteString(model);
        Assert.Contains("value=\"1E-300\"", text, StringComparison.Ordinal);
        Assert.Contains("<cn type=\"e-notation\">-2.5<sep />-07</cn>", text, StringComparison.Ordinal);
        Assert.Contains("<cn type=\"e-notation\">1<sep />21</cn>", text, StringComparison.Ordinal);
        foreach (var element in new[] { "<pi />", "<exponentiale />", "<infinity />", "<notanumber />" })
        {
            Assert.Contains(element, text, StringComparison.Ordinal);
        }
    }

    public static TheoryData<MathOperator> AllOperators()
    {
        var data = new TheoryData<MathOperator>();
        foreach (var op in Enum.GetValues<MathOperator>())
        {
            data.Add(op);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AllOperators))]
    public void Every_Operator_Is_Written_And_Read_Back(MathOperator op)
    {
        MathNode[] args = op switch
        {
            MathOperator.Root => [new NumberNode(3), new SymbolNode("x")],
            MathOperator.Log => [new NumberNode(2), new SymbolNode("x")],
            MathOperator.RateOf => [new SymbolNode("x")],
            MathOperator.Minus or MathOperator.Divide or MathOperator.Power or MathOperator.Quotient or MathOperator.Rem
                or MathOperator.Neq or MathOperator.Implies or MathOperator.Delay => [new SymbolNode("x"), new SymbolNode("y")],
            MathOperator.Plus or MathOperator.Times or MathOperator.Max or MathOperator.Min or MathOperator.And or MathOperator.Or
                or MathOperator.Xor or MathOperator.Eq or MathOperator.Gt or MathOperator.Lt or MathOperator.Geq or MathOperator.Leq =>
                [new SymbolNode("x"), new SymbolNode("y"), new NumberNode(1)],
            _ => [new SymbolNode("x")],
        };
        var tree = new ApplyNode(op, args);
        var model = Model.Empty("m") with { Parameters = [new Parameter("p", null, null, true)], InitialAssignments = [new InitialAssignment("p", tree)] };
        MathAssert.Equal(tree, RoundTrip(model).InitialAssignments[0].Math);
    }

    [Fact]
    public void Default_Root_Degree_And_Log_Base_Are_Left_Implicit()
    {
        var model = Model.Empty("m") with
        {
            Parameters = [new Parameter("p", null, null, true)],
            InitialAssignments =
            [
                new InitialAssignment("p", new ApplyNode(
                    MathOperator.Plus,
                    new ApplyNode(MathOperator.Root, new NumberNode(2), new SymbolNode("x")),
                    new ApplyNode(MathOperator.Log, new NumberNode(10), new SymbolNode("x")))),
            ],
        };
        var text = SbmlWriter.WriteString(model);
        Assert.DoesNotContain("<degree>", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<logbase>", text, StringComparison.Ordinal);
        MathAssert.Equal(model.InitialAssignments[0].Math, RoundTrip(model).InitialAssignments[0].Math);
    }

    [Fact]
    public void Piecewise_Calls_Csymbols_And_Lambdas_Are_Written()
    {
        var tree = new PiecewiseNode(
            [new Piece(new CallNode("f", CSymbolNode.Time, CSymbolNode.Avogadro), new ApplyNode(MathOperator.Lt, CSymbolNode.Time, new NumberNode(5)))],
            new ApplyNode(MathOperator.Delay, new SymbolNode("p"), new NumberNode(0.5)));
        var model = Model.Empty("m") with
        {
            Functions = [new FunctionDefinition("f", ["a", "b"], new ApplyNode(MathOperator.Divide, new SymbolNode("a"), new SymbolNode("b")))],
            Parameters = [new Parameter("p", 1, null, false)],
            Rules = [new AssignmentRule("p", tree), new AssignmentRule("p", new PiecewiseNode([], null))],
        };
        var back = RoundTrip(model);
        MathAssert.Equal(tree, back.Rules[0].Math);
        MathAssert.Equal(new PiecewiseNode([], null), back.Rules[1].Math);
        Assert.Equal(["a", "b"], back.Functions[0].Arguments.ToArray());
        Assert.Contains("definitionURL=\"http://www.sbml.org/sbml/symbols/delay\"", SbmlWriter.WriteString(model), StringComparison.Ordinal);
    }

    [Fact]
    public void Stoichiometry_Math_Becomes_An_Id_And_An_Assignment_Rule()
    {
        var document = SbmlReader.ReadString(SbmlText.L2V4($"""
            <listOfCompartments><compartment id="c" size="1"/></listOfCompartments>
            <listOfSpecies><species id="S" compartment="c" initialAmount="1"/></listOfSpecies>
            <listOfParameters><parameter id="p" value="2"/><parameter id="r_S_stoichiometry" value="0"/></listOfParameters>
            <listOfReactions>
              <reaction id="r">
                <listOfReactants><speciesReference species="S"><stoichiometryMath>{SbmlText.Math("<ci>p</ci>")}</stoichiometryMath></speciesReference></listOfReactants>
                <listOfProducts><speciesReference id="named" species="S"><stoichiometryMath>{SbmlText.Math("<cn>3</cn>")}</stoichiometryMath></speciesReference></listOfProducts>
              </reaction>
            </listOfReactions>
            """));
        var text = SbmlWriter.WriteString(document.Model);
        var back = SbmlReader.ReadString(text).Model;
        var reaction = back.Reactions.Single();
        Assert.Equal(new SpeciesReference("S", null, false, "r_S_stoichiometry_2"), reaction.Reactants[0] with { Location = null });
        Assert.Equal(new SpeciesReference("S", null, false, "named"), reaction.Products[0] with { Location = null });
        var rules = back.Rules.Cast<AssignmentRule>().ToList();
        Assert.Equal(["r_S_stoichiometry_2", "named"], rules.Select(r => r.Variable));
        MathAssert.Equal(new SymbolNode("p"), rules[0].Math);
        MathAssert.Equal(new NumberNode(3), rules[1].Math);
        Assert.Empty(ModelComparer.Differences(document.Model, back));
    }

    [Fact]
    public void Writing_To_A_File_Or_A_Stream_Gives_The_Same_Text()
    {
        var model = SampleModels.Everything();
        var text = SbmlWriter.WriteString(model);
        var path = Path.Combine(Path.GetTempPath(), $"written-{Guid.NewGuid():N}.xml");
        try
        {
            SbmlWriter.Write(model, path);
            Assert.Equal(text, File.ReadAllText(path));
            Assert.Empty(ModelComparer.Differences(model, SbmlReader.Read(path).Model));
        }
        finally
        {
            File.Delete(path);
        }

        using var stream = new MemoryStream();
        SbmlWriter.Write(model, stream);
        Assert.True(stream.CanWrite);
        Assert.Equal(text, System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    [Fact]
    public void A_Model_Without_Id_Is_Written_Without_One()
    {
        var root = XDocument.Parse(SbmlWriter.WriteString(Model.Empty(string.Empty))).Root!;
        Assert.Null(root.Element(Core + "model")!.Attribute("id"));
        Assert.Equal(string.Empty, RoundTrip(Model.Empty(string.Empty)).Id);
    }
}
