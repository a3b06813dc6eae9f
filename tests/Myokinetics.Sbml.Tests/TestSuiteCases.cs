namespace Myokinetics.Sbml.Tests;

/// <summary>Finds the SBML Test Suite's semantic cases: <c>tests/data/sbml-test-suite</c> in the
/// repository when present, else the shared copy beside the repository (<c>../shared/sbml-test-suite</c>).</summary>
internal static class TestSuiteCases
{
    private static readonly Lazy<string?> CachedDirectory = new(FindDirectory);

    public static string Directory => CachedDirectory.Value
        ?? throw new InvalidOperationException("SBML Test Suite cases not found: expected tests/data/sbml-test-suite in the repository or ../shared/sbml-test-suite beside it");

    /// <summary>Every case's model file (<c>NNNNN/NNNNN-sbml-lXvY.xml</c>), in case order.</summary>
    public static IReadOnlyList<string> ModelFiles() =>
        System.IO.Directory.EnumerateDirectories(Directory)
            .SelectMany(d => System.IO.Directory.EnumerateFiles(d, "*-sbml-*.xml"))
            .Where(f => Path.GetFileName(f).Length > 5 && Path.GetFileName(f)[..5].All(char.IsAsciiDigit))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>The packages column of <c>cases.tsv</c>, by case number.</summary>
    public static IReadOnlyDictionary<string, string> Packages() =>
        File.ReadLines(Path.Combine(Directory, "cases.tsv"))
            .Skip(1)
            .Select(line => line.Split('\t'))
            .Where(cols => cols.Length > 4)
            .ToDictionary(cols => cols[0], cols => cols[4], StringComparer.Ordinal);

    private static string? FindDirectory()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Myokinetics.slnx")))
        {
            dir = dir.Parent;
        }

        if (dir is null)
        {
            return null;
        }

        var inRepository = Path.Combine(dir.FullName, "tests", "data", "sbml-test-suite");
        if (System.IO.Directory.Exists(inRepository))
        {
            return inRepository;
        }

        var shared = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "sbml-test-suite"));
        return System.IO.Directory.Exists(shared) ? shared : null;
    }
}
