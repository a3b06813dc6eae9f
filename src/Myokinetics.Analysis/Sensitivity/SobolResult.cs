namespace Myokinetics.Analysis.Sensitivity;

/// <summary>The result of <see cref="SobolAnalysis"/>.</summary>
/// <param name="Ranges">The parameters and their ranges.</param>
/// <param name="Options">The settings used.</param>
/// <param name="Sampling">The sampling actually used (Sobol' or pseudo-random).</param>
/// <param name="Indices">One row per output and parameter, outputs outermost, parameters in the given order.</param>
/// <param name="Variances">The variance of each output over the base samples.</param>
/// <param name="Samples">Every point evaluated: for each base row j, A_j, B_j, then A_j with column i from B_j for each i.</param>
public sealed record SobolResult(ImmutableArray<ParameterRange> Ranges, SobolOptions Options, SobolSampling Sampling, ImmutableArray<SobolIndex> Indices, ImmutableArray<double> Variances, SampleSet Samples);
