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

                var unlocated = Writing.ModelElements.All(document.Model).FirstOrDefault(e => e.Location?.File != file || e.Location?.Line <= 0);
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
        var expectedUnsupported = packages.Count(p => p.Value.Split(',').Contains("comp"));
        Assert.Equal(expectedUnsupported, unsupported.Count);
        Assert.All(unsupported, u => Assert.EndsWith("comp package", u, StringComparison.Ordinal));
    }

    private static bool RequiresPackage(string file)
    {
        var text = File.ReadAllText(file);
        return text.Contains(":required=\"true\"", StringComparison.Ordinal);
    }
}
