namespace Myokinetics.Analysis.Sensitivity;

/// <summary>Every point a global method evaluated, with its outputs (for a samples table).</summary>
/// <param name="Parameters">The parameter ids (columns of <paramref name="Values"/>).</param>
/// <param name="Outputs">The output names (columns of <paramref name="Results"/>).</param>
/// <param name="Values">Parameter values, row-major, one row per point.</param>
/// <param name="Results">Outputs, row-major, one row per point.</param>
public sealed record SampleSet(ImmutableArray<string> Parameters, ImmutableArray<string> Outputs, ImmutableArray<double> Values, ImmutableArray<double> Results)
{
    /// <summary>The points of a global method: the parameters of <paramref name="ranges"/> at <paramref name="values"/>
    /// and the outputs at <paramref name="results"/> (both row-major, one row per point).</summary>
    internal static SampleSet Of(IReadOnlyList<ParameterRange> ranges, IReadOnlyList<string> outputs, double[] values, double[] results) =>
        new([.. ranges.Select(r => r.Id)], [.. outputs], [.. values], [.. results]);

    /// <summary>The number of points.</summary>
    public int Count => Parameters.Length == 0 ? 0 : Values.Length / Parameters.Length;
}
