using Myokinetics.Core.Diagnostics;

namespace Myokinetics.Lab.Secretome;

/// <summary>
/// Compares two groups of a MaxQuant secretome: log2 intensities, a valid-value filter, optional
/// imputation, Welch's t-test (or the moderated t) per protein, Benjamini–Hochberg q-values, and each protein's secretion
/// class and myokine identity.
/// </summary>
/// <remarks>
/// Steps, in order: (1) each sample sheet sample is found among the table's samples; (2) intensities
/// become log2, 0 becoming missing; (3) a protein is kept for testing when it has at least
/// <see cref="SecretomeOptions.MinValid"/> valid values in at least one group; (4) with imputation,
/// each sample's missing values among the kept proteins are drawn from a normal with mean
/// m − 1.8·s and SD 0.3·s, where m and s are the mean and SD of that sample's valid log2 values over
/// the kept proteins (the Perseus default "replace missing values from normal distribution",
/// modelling values below detection); the draws of sample i come from <see cref="Random"/> seeded
/// from the seed and i, in the file's protein order, so results do not depend on threads;
/// (5) Welch's test, treatment minus reference (<see cref="WelchTest"/>), needing two values per
/// group, or with <see cref="SecretomeTest.Moderated"/> the moderated t (<see cref="ModeratedTTest"/>)
/// with a variance prior fitted to all proteins having two values per group (<see cref="EmpiricalBayes"/>); (6) q-values over the tested proteins (<see cref="BenjaminiHochberg"/>).
/// Accessions are matched after dropping an isoform suffix (<c>P05231-2</c>) and a FASTA header
/// wrapper (<c>sp|P05231|IL6_HUMAN</c>).
/// </remarks>
public static class SecretomeAnalysis
{
    /// <summary>Runs the analysis.</summary>
    /// <param name="table">The proteinGroups table.</param>
    /// <param name="sheet">The samples and their two groups; the first group is the reference.</param>
    /// <param name="options">Filter, imputation and FDR.</param>
    /// <param name="annotations">UniProt annotations by accession; null or empty: every protein is unannotated.</param>
    /// <param name="myokines">Myokine accessions mapped to their catalogue ids; null: none.</param>
    /// <exception cref="ModelFormatException">A sheet sample is not a sample of the table (names the sheet's line and column).</exception>
    /// <exception cref="SecretomeInputException">A group has fewer than two samples, or a sample has too few values to impute from.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public static SecretomeResult Analyze(
        ProteinGroupsTable table,
        SampleSheet sheet,
        SecretomeOptions options,
        IReadOnlyDictionary<string, ProteinAnnotation>? annotations = null,
        IReadOnlyDictionary<string, string>? myokines = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(sheet);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MinValid, 1, nameof(options));
        if (!(options.Fdr > 0 && options.Fdr <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Fdr, "the FDR must be in (0, 1]");
        }

        var reference = sheet.Groups[0];
        var treatment = sheet.Groups[1];
        var prefix = table.Kind == IntensityKind.Lfq ? "LFQ intensity " : "iBAQ ";
        var columnOf = new List<int>[] { [], [] };
        foreach (var a in sheet.Assignments)
        {
            var index = table.Samples.IndexOf(a.Sample, StringComparer.Ordinal);
            if (index < 0)
            {
                throw new ModelFormatException(new SourceLocation(sheet.Source, a.Line, a.Column), $"sample '{a.Sample}' has no '{prefix}{a.Sample}' column in {table.Source} (its samples: {string.Join(", ", table.Samples)})");
            }

            columnOf[a.Group == reference ? 0 : 1].Add(index);
        }

        for (var g = 0; g < 2; g++)
        {
            if (columnOf[g].Count < 2)
            {
                throw new SecretomeInputException($"{sheet.Source}: group '{(g == 0 ? reference : treatment)}' has {columnOf[g].Count} sample; a t-test needs at least two per group");
            }
        }

        var n = table.Groups.Length;
        var values = new double[n][][];
        var kept = new bool[n];
        var valid = new int[n, 2];
        for (var p = 0; p < n; p++)
        {
            values[p] = new double[2][];
            for (var g = 0; g < 2; g++)
            {
                values[p][g] = [.. columnOf[g].Select(c => table.Groups[p].Intensities[c] > 0 ? Math.Log2(table.Groups[p].Intensities[c]) : double.NaN)];
                valid[p, g] = values[p][g].Count(double.IsFinite);
            }

            kept[p] = valid[p, 0] >= options.MinValid || valid[p, 1] >= options.MinValid;
        }

        if (options.Impute)
        {
            Impute(values, kept, columnOf, table, options);
        }

        var tests = new WelchResult?[n];
        var log2Fc = new double[n];
        var testedP = new List<double>();
        var groups = new (double[] Reference, double[] Treatment)[n];
        for (var p = 0; p < n; p++)
        {
            groups[p] = (values[p][0].Where(double.IsFinite).ToArray(), values[p][1].Where(double.IsFinite).ToArray());
            var (a, b) = groups[p];
            log2Fc[p] = a.Length > 0 && b.Length > 0 ? b.Average() - a.Average() : double.NaN;
        }

        var pooledDf = double.PositiveInfinity;
        var prior = default(ModeratedPrior);
        if (options.Test == SecretomeTest.Moderated)
        {
            prior = Prior(groups, kept, out pooledDf);
        }
        for (var p = 0; p < n; p++)
        {
            var (a, b) = groups[p];
            tests[p] = !kept[p] ? null
                : options.Test == SecretomeTest.Moderated ? ModeratedTTest.Test(a, b, prior, pooledDf)
                : WelchTest.Test(a, b);
            if (tests[p] is { } t)
            {
                testedP.Add(t.P);
            }
        }

        var q = BenjaminiHochberg.Adjust(testedP);
        var proteins = ImmutableArray.CreateBuilder<ProteinResult>(n);
        var next = 0;
        for (var p = 0; p < n; p++)
        {
            var group = table.Groups[p];
            var qValue = tests[p] is null ? double.NaN : q[next++];
            var accessions = Accessions(group.ProteinIds).ToList();
            ProteinAnnotation? annotation = null;
            if (annotations is not null)
            {
                annotation = accessions.Select(x => annotations.TryGetValue(x, out var found) ? found : null).FirstOrDefault(x => x is not null);
            }

            string? myokine = null;
            if (myokines is not null)
            {
                myokine = accessions.Select(x => myokines.TryGetValue(x, out var id) ? id : null).FirstOrDefault(x => x is not null);
            }

            proteins.Add(new ProteinResult(
                group.ProteinIds,
                group.GeneNames,
                valid[p, 0],
                valid[p, 1],
                log2Fc[p],
                tests[p],
                qValue,
                qValue <= options.Fdr,
                annotation?.Class ?? SecretionClass.Unannotated,
                annotation,
                myokine));
        }

        return new SecretomeResult(reference, treatment, table.Kind, table.Removed, proteins.MoveToImmutable(), options.Test, options.Test == SecretomeTest.Moderated ? prior : null);
    }

    /// <summary>The variance prior from the residual variances of the kept proteins with two values per
    /// group, and their total residual degrees of freedom (the cap on the moderated t's).</summary>
    private static ModeratedPrior Prior((double[] Reference, double[] Treatment)[] groups, bool[] kept, out double pooledDf)
    {
        var variances = new List<double>();
        var df = new List<double>();
        for (var p = 0; p < groups.Length; p++)
        {
            if (kept[p] && ModeratedTTest.Residual(groups[p].Reference, groups[p].Treatment) is { } r)
            {
                variances.Add(r.Variance);
                df.Add(r.DegreesOfFreedom);
            }
        }

        if (variances.Count < 2)
        {
            throw new SecretomeInputException($"the moderated test estimates its variance prior from the proteins with two values in each group; {variances.Count} found, at least two are needed (use the Welch test)");
        }

        pooledDf = df.Sum();
        return EmpiricalBayes.FitPrior(variances, df);
    }

    /// <summary>The accessions of a <c>Protein IDs</c> cell, isoform suffixes and FASTA wrappers removed, in order.</summary>
    internal static IEnumerable<string> Accessions(string proteinIds)
    {
        foreach (var raw in proteinIds.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var id = raw;
            var parts = id.Split('|');
            if (parts.Length >= 3)
            {
                id = parts[1];
            }

            var dash = id.IndexOf('-', StringComparison.Ordinal);
            yield return dash > 0 ? id[..dash] : id;
        }
    }

    private static void Impute(double[][][] values, bool[] kept, List<int>[] columnOf, ProteinGroupsTable table, SecretomeOptions options)
    {
        for (var g = 0; g < 2; g++)
        {
            for (var j = 0; j < columnOf[g].Count; j++)
            {
                var present = new List<double>();
                for (var p = 0; p < values.Length; p++)
                {
                    if (kept[p] && double.IsFinite(values[p][g][j]))
                    {
                        present.Add(values[p][g][j]);
                    }
                }

                var sample = table.Samples[columnOf[g][j]];
                if (present.Count < 2)
                {
                    throw new SecretomeInputException($"{table.Source}: sample '{sample}' has {present.Count} valid value among the tested proteins; imputation needs at least two to estimate its distribution");
                }

                var (mean, variance) = WelchTest.MeanVariance(present.ToArray());
                var sd = Math.Sqrt(variance);
                var centre = mean - (options.ImputeShift * sd);
                var width = options.ImputeWidth * sd;
                var random = new Random(SampleSeed(options.Seed, columnOf[g][j]));
                for (var p = 0; p < values.Length; p++)
                {
                    if (kept[p] && !double.IsFinite(values[p][g][j]))
                    {
                        // Box–Muller: 1 − u lies in (0, 1], so its logarithm is finite.
                        var radius = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble()));
                        values[p][g][j] = centre + (width * radius * Math.Cos(2 * Math.PI * random.NextDouble()));
                    }
                }
            }
        }
    }

    /// <summary>A seed for the sample at <paramref name="column"/> of the file, from one SplitMix64 step of the run's seed and the column.</summary>
    private static int SampleSeed(int seed, int column)
    {
        unchecked
        {
            var z = ((ulong)(uint)seed << 32) + (ulong)column + 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            z ^= z >> 31;
            return (int)(z & 0x7FFFFFFF);
        }
    }
}
