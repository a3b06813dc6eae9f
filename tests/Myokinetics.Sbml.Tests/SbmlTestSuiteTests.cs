using System.Collections.Concurrent;
using Myokinetics.Core.Diagnostics;

namespace Myokinetics.Sbml.Tests;

public sealed class SbmlTestSuiteTests
{
    [Fact]
    public void Every_Case_Reads_Or_Is_Refused_For_A_Required_Package()
    {
        var files = TestSuiteCases.ModelFiles();
        var packages = TestSuiteCases.Packages();
        var failures = new ConcurrentBag<string>();
        var unsupported = new ConcurrentBag<string>();
        var read = 0;

        Parallel.ForEach(files, file =>
        {
            var caseId = Path.GetFileName(file)[..5];
            var requiresPackage = RequiresPackage(file);
            try
            {
                var document = SbmlReader.Read(file);
                Interlocked.Increment(ref read);
                if (requiresPackage)
                {
                    failures.Add($"{caseId}: read although it requires a package");
                }

                if (document.Model.SbmlLevelVersion.Level is not (2 or 3))
                {
                    failures.Add($"{caseId}: level not recorded");
                }

                // Elements may come from external model files beside the case (comp), so any file in its folder counts.
                var folder = Path.GetDirectoryName(Path.GetFullPath(file));
                var unlocated = Writing.ModelElements.All(document.Model).FirstOrDefault(e =>
                    e.Location is not { Line: > 0 } location || Path.GetDirectoryName(Path.GetFullPath(location.File)) != folder);
                if (unlocated is not null)
                {
                    failures.Add($"{caseId}: {unlocated.GetType().Name} without a location");
                }
            }
            catch (UnsupportedFeatureException ex) when (requiresPackage)
            {
                unsupported.Add($"{caseId}: {ex.Feature}");
            }
            catch (MyokineticsException ex)
            {
                failures.Add($"{caseId}: {ex.Message}");
            }
        });

        Assert.True(failures.IsEmpty, string.Join(Environment.NewLine, failures.Order(StringComparer.Ordinal)));
        Assert.Equal(packages.Count, files.Count);
        Assert.Equal(files.Count, read + unsupported.Count);

        // The only package the suite's cases require is comp, which the reader flattens.
        Assert.Contains(packages.Values, p => p.Split(',').Contains("comp"));
        Assert.Empty(unsupported);
    }

    private static bool RequiresPackage(string file)
    {
        var text = File.ReadAllText(file).Replace("comp:required=\"true\"", string.Empty, StringComparison.Ordinal);
        return text.Contains(":required=\"true\"", StringComparison.Ordinal);
    }
}
