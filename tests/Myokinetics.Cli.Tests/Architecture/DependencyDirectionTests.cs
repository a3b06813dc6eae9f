using System.Xml.Linq;
using Myokinetics.Cli.Tests.Reference;

namespace Myokinetics.Cli.Tests.Architecture;

/// <summary>
/// The projects depend on each other in one direction only — Numerics ← Core ← (Sbml, Antimony, Reporting, Analysis) ← Physiology ← Cli —
/// read from the project files themselves, so a new reference that points backwards fails here.
/// </summary>
public sealed class DependencyDirectionTests
{
    private static readonly Dictionary<string, string[]> Allowed = new(StringComparer.Ordinal)
    {
        ["Myokinetics.Numerics"] = [],
        ["Myokinetics.Core"] = ["Myokinetics.Numerics"],
        ["Myokinetics.Sbml"] = ["Myokinetics.Core"],
        ["Myokinetics.Antimony"] = ["Myokinetics.Core"],
        ["Myokinetics.Physiology"] = ["Myokinetics.Core", "Myokinetics.Antimony"],
        ["Myokinetics.Reporting"] = ["Myokinetics.Core"],
        ["Myokinetics.Analysis"] = ["Myokinetics.Core", "Myokinetics.Numerics"],
        ["Myokinetics.Lab"] = ["Myokinetics.Core", "Myokinetics.Numerics", "Myokinetics.Analysis"],
        ["Myokinetics.Cli"] = ["Myokinetics.Core", "Myokinetics.Sbml", "Myokinetics.Antimony", "Myokinetics.Physiology", "Myokinetics.Reporting", "Myokinetics.Analysis", "Myokinetics.Lab"],
    };

    [Fact]
    public void Every_Source_Project_Is_Known_To_This_Test()
    {
        var projects = SourceProjects().Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal);
        Assert.Equal(Allowed.Keys.Order(StringComparer.Ordinal), projects);
    }

    [Fact]
    public void Project_References_Only_Point_Down_The_Pipeline()
    {
        foreach (var project in SourceProjects())
        {
            var name = Path.GetFileNameWithoutExtension(project);
            var references = XDocument.Load(project)
                .Descendants("ProjectReference")
                .Select(r => Path.GetFileNameWithoutExtension((string)r.Attribute("Include")!.Value.Replace('\\', '/')))
                .ToList();
            var forbidden = references.Except(Allowed[name!], StringComparer.Ordinal).ToList();
            Assert.True(forbidden.Count == 0, $"{name} must not reference {string.Join(", ", forbidden)}");
        }
    }

    private static string[] SourceProjects() =>
        Directory.GetFiles(Path.Combine(ReferenceProblemTests.RepositoryRoot(), "src"), "*.csproj", SearchOption.AllDirectories);
}
