using System.Collections.Concurrent;
using Myokinetics.Core.Diagnostics;

namespace Myokinetics.Sbml.Tests;

public sealed class RoundTripTests
{
    [Fact]
    public void Every_Test_Suite_Model_Reads_Back_Equal_After_Writing_Level3_Version2()
    {
        var failures = new ConcurrentBag<string>();
        var compared = 0;
        Parallel.ForEach(TestSuiteCases.ModelFiles(), file =>
        {
            var caseId = Path.GetFileName(file)[..5];
            SbmlDocument original;
            try
            {
                original = SbmlReader.Read(file);
            }
            catch (UnsupportedFeatureException)
            {
                return;
            }

            try
            {
                var written = SbmlWriter.WriteString(original.Model);
                var reread = SbmlReader.ReadString(written, caseId + "-written.xml");
                var differences = ModelComparer.Differences(original.Model, reread.Model);
                foreach (var difference in differences.Take(5))
                {
                    failures.Add($"{caseId}: {difference}");
                }

                foreach (var warning in reread.Diagnostics.Where(x => x.Severity != Severity.Info))
                {
                    failures.Add($"{caseId}: written document gives {warning}");
                }

                if (SbmlWriter.WriteString(reread.Model) != written)
                {
                    failures.Add($"{caseId}: writing the re-read model gives a different document");
                }

                Interlocked.Increment(ref compared);
            }
            catch (MyokineticsException ex)
            {
                failures.Add($"{caseId}: {ex.Message}");
            }
        });

        Assert.True(failures.IsEmpty, string.Join(Environment.NewLine, failures.Order(StringComparer.Ordinal).Take(60)));
        // Every case reads (comp documents are flattened to core), so every case is compared.
        Assert.Equal(TestSuiteCases.Packages().Count, compared);
    }
}
