namespace Myokinetics.Sbml.Tests;
public sealed class ScratchDump
{
    [Fact]
    public void Dump()
    {
        foreach (var c in new[] { "00068", "00986", "01186", "00950" })
        {
            var f = TestSuiteCases.ModelFiles().First(x => Path.GetFileName(x).StartsWith(c, StringComparison.Ordinal));
            File.WriteAllText($"/tmp/{c}-out.xml", SbmlWriter.WriteString(SbmlReader.Read(f).Model));
        }
    }
}
