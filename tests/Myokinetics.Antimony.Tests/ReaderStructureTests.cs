using Myokinetics.Core.Diagnostics;
using static Myokinetics.Antimony.Tests.Ir;

namespace Myokinetics.Antimony.Tests;

public sealed class ReaderStructureTests
{
    [Fact]
    public void Comments_Newlines_And_Semicolons_Separate_Statements()
    {
        var doc = AntimonyReader.ReadString("""
            /* A block comment
               over two lines */
            k1 = 1; k2 = 2   // line comment
            k3 = 3           # hash comment
            ;;
            """);

        ModelComparer.AssertEqual(
            Model() with { Parameters = [Parameter("k1", 1), Parameter("k2", 2), Parameter("k3", 3)] },
            doc.Model);
        Assert.Empty(doc.Diagnostics);
    }

    [Fact]
    public void A_File_Without_A_Model_Block_Is_The_Model_Named___main()
    {
        var doc = AntimonyReader.ReadString("x = 1");

        Assert.Equal("__main", doc.Model.Id);
    }

    [Theory]
    [InlineData("model m()\n x = 1\nend")]
    [InlineData("model m\n x = 1\nend")]
    [InlineData("module m()\n x = 1\nend")]
    [InlineData("model m; x = 1; end")]
    [InlineData("model *m()\n x = 1\nend\n")]
    public void Every_Form_Of_Model_Header_Is_Accepted(string text)
    {
        var doc = AntimonyReader.ReadString(text);

        ModelComparer.AssertEqual(Model("m") with { Parameters = [Parameter("x", 1)] }, doc.Model);
    }

    [Fact]
    public void The_Model_Marked_With_A_Star_Is_The_Result()
    {
        var doc = AntimonyReader.ReadString("""
            model *first()
              a = 1
            end
            model second()
              b = 2
            end
            """);

        Assert.Equal("first", doc.Model.Id);
        var info = Assert.Single(doc.Diagnostics);
        Assert.Equal(Severity.Info, info.Severity);
        Assert.Equal("model 'second' is not used: the result is model 'first'", info.Message);
    }

    [Fact]
    public void Without_A_Star_The_Last_Model_Is_The_Result()
    {
        var doc = AntimonyReader.ReadString("model first()\n a = 1\nend\nmodel second()\n b = 2\nend");

        Assert.Equal("second", doc.Model.Id);
    }

    [Fact]
    public void Bare_Statements_Beside_Model_Blocks_Make_The_Result___main()
    {
        var doc = AntimonyReader.ReadString("model sub()\n k = 1\nend\nA: sub()\nx = 2");

        Assert.Equal("__main", doc.Model.Id);
        Assert.Equal(["A__k", "x"], doc.Model.Parameters.Select(p => p.Id));
    }

    [Fact]
    public void Elements_Carry_The_Location_Where_They_First_Appear()
    {
        var doc = AntimonyReader.ReadString("\n  k1 = 0.5\nJ1: A -> B; k1*A", "model.ant");

        Assert.Equal(new SourceLocation("model.ant", 2, 3), doc.Model.Parameters.Single().Location);
        Assert.Equal(new SourceLocation("model.ant", 3, 1), doc.Model.Reactions.Single().Location);
    }

    [Fact]
    public void Read_Takes_A_Path_And_Names_It_In_Locations()
    {
        var path = Path.Combine(Path.GetTempPath(), $"myokinetics-{Guid.NewGuid():N}.ant");
        File.WriteAllText(path, "k = 2\n");
        try
        {
            var doc = AntimonyReader.Read(path);

            Assert.Equal(path, doc.Model.Parameters.Single().Location!.Value.File);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Reading_A_Missing_File_Is_A_Format_Error_Naming_The_File()
    {
        var path = Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}.ant");

        var e = Assert.Throws<ModelFormatException>(() => AntimonyReader.Read(path));

        Assert.Equal(path, e.Location.File);
        Assert.StartsWith("cannot read the file", e.Detail, StringComparison.Ordinal);
        Assert.Equal(1, e.ExitCode);
    }
}
