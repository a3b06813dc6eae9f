using System.Globalization;
using System.Text.RegularExpressions;
using Myokinetics.Antimony;
using Myokinetics.Core.Compile;
using Myokinetics.Core.Simulate;
using Myokinetics.Numerics.Integrate;

namespace Myokinetics.Cli.Tests.Reference;

/// <summary>
/// The stiff problems of the IVP Test Set (Mazzia &amp; Magherini, Univ. Bari, release 2.4), written as
/// Antimony files in models/reference/, run through the whole pipeline (Antimony reader → compiler with
/// symbolic Jacobian → simulator) and compared with the Test Set's reference solutions at the end time,
/// which each file's header lists. Requested: every component within 1e-6 relative (plus 1e-15
/// absolute, which only matters for POLLU's y16 ≈ 4e-18) with the integrator at rtol 1e-10.
/// </summary>
public sealed partial class ReferenceProblemTests
{
    private const double RelativeTolerance = 1e-6;
    private const double AbsoluteFloor = 1e-15;

    [Theory]
    [InlineData("robertson.ant", 1e11, IntegratorKind.Auto)]
    [InlineData("robertson.ant", 1e11, IntegratorKind.Rosenbrock)]
    [InlineData("hires.ant", 321.8122, IntegratorKind.Auto)]
    [InlineData("hires.ant", 321.8122, IntegratorKind.Rosenbrock)]
    [InlineData("vanderpol.ant", 2000, IntegratorKind.Auto)]
    [InlineData("orego.ant", 360, IntegratorKind.Auto)]
    [InlineData("pollution.ant", 60, IntegratorKind.Auto)]
    public void The_Problem_Is_Solved_To_Its_Reference_Solution(string file, double end, IntegratorKind integrator)
    {
        var path = Path.Combine(RepositoryRoot(), "models", "reference", file);
        var reference = ReadReference(path);
        var document = AntimonyReader.Read(path);
        var compiled = ModelCompiler.Compile(document.Model);
        Assert.NotNull(compiled.Jacobian);

        var outputs = reference.Keys.Select(id => new OutputVariable(id)).ToList();
        var settings = new SimulationSettings(0, end, 1, AbsoluteTolerance: 1e-22, RelativeTolerance: 1e-10, Integrator: integrator);
        var result = new Simulator(compiled).Run(settings, outputs);

        foreach (var (id, expected) in reference)
        {
            var actual = result.Column(id)[^1];
            var allowed = (RelativeTolerance * Math.Abs(expected)) + AbsoluteFloor;
            Assert.True(
                Math.Abs(actual - expected) <= allowed,
                string.Create(CultureInfo.InvariantCulture, $"{file} {id}: expected {expected:R}, got {actual:R} (error {Math.Abs(actual - expected):G3}, allowed {allowed:G3})"));
        }
    }

    private static Dictionary<string, double> ReadReference(string path)
    {
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        var inReference = false;
        foreach (var line in File.ReadLines(path))
        {
            if (!line.StartsWith("//", StringComparison.Ordinal))
            {
                break;
            }

            inReference |= line.Contains("Reference solution", StringComparison.Ordinal);
            if (!inReference)
            {
                continue;
            }

            foreach (Match m in ReferenceValue().Matches(line))
            {
                values[m.Groups[1].Value] = double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
            }
        }

        Assert.NotEmpty(values);
        return values;
    }

    internal static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Myokinetics.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new DirectoryNotFoundException("Myokinetics.slnx not found above the test binaries");
    }

    [GeneratedRegex(@"\b(y\d+)\s*=\s*([-+]?[0-9.]+(?:[eE][-+]?\d+)?)")]
    private static partial Regex ReferenceValue();
}
