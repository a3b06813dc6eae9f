using Myokinetics.Core.Diagnostics;

namespace Myokinetics.Antimony.Tests;

/// <summary><c>import "file"</c>: models and functions of the file become available, and its top-level
/// statements join the importing model — so a large model can live in module files.</summary>
public sealed class ImportTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("myokinetics-import-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Top_Level_Statements_Of_Imported_Files_Join_The_Importing_Model()
    {
        Write("modules/decay.ant", "// decay module\nJ1: A -> ; k * A\nk = 0.5\n");
        Write("modules/source.ant", "J0: -> A; s\ns = 2\nfunction twice(x)\n  2 * x\nend\n");
        var main = Write("main.ant", "model *whole()\n  import \"modules/decay.ant\"\n  import \"modules/source.ant\"\n  A = 1\n  B := twice(A)\nend\n");

        var model = AntimonyReader.Read(main).Model;

        Assert.Equal("whole", model.Id);
        Assert.Equal(["J1", "J0"], model.Reactions.Select(r => r.Id));
        Assert.Contains(model.Parameters, p => p.Id == "k" && p.Value == 0.5);
        Assert.Contains(model.Functions, f => f.Id == "twice");
        var reaction = model.Reactions.Single(r => r.Id == "J1");
        Assert.EndsWith("decay.ant", reaction.Location!.Value.File, StringComparison.Ordinal);
        Assert.Equal(2, reaction.Location!.Value.Line);
    }

    [Fact]
    public void An_Error_In_An_Imported_File_Names_That_File_And_Line()
    {
        Write("bad.ant", "k = 1\nJ1: A -> ; k * * A\n");
        var main = Write("main.ant", "import \"bad.ant\"\n");
        var error = Assert.Throws<ModelFormatException>(() => AntimonyReader.Read(main));
        Assert.EndsWith("bad.ant", error.Location.File, StringComparison.Ordinal);
        Assert.Equal(2, error.Location.Line);
    }

    [Fact]
    public void Models_Defined_In_Imported_Files_Can_Be_Instantiated()
    {
        Write("lib.ant", "model decay(X)\n  J: X -> ; k*X\n  k = 0.1\nend\n");
        var main = Write("main.ant", "import \"lib.ant\"\nmodel *m()\n  d1: decay(S)\n  S = 3\nend\n");
        var model = AntimonyReader.Read(main).Model;
        Assert.Contains(model.Reactions, r => r.Id == "d1__J");
    }

    [Fact]
    public void A_File_That_Imports_Itself_Is_Refused()
    {
        Write("a.ant", "import \"b.ant\"\n");
        Write("b.ant", "import \"a.ant\"\n");
        var error = Assert.Throws<ModelFormatException>(() => AntimonyReader.Read(Path.Combine(folder, "a.ant")));
        Assert.Contains("imports itself", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_Missing_Imported_File_Is_A_Clear_Error()
    {
        var main = Write("main.ant", "import \"nowhere.ant\"\n");
        var error = Assert.Throws<ModelFormatException>(() => AntimonyReader.Read(main));
        Assert.Contains("cannot read the imported file 'nowhere.ant'", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, error.Location.Line);
    }
}
