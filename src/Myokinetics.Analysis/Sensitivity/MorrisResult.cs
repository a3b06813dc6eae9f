namespace Myokinetics.Analysis.Sensitivity;

/// <summary>The result of <see cref="MorrisAnalysis"/>.</summary>
/// <param name="Ranges">The parameters and their ranges.</param>
/// <param name="Options">The settings used.</param>
/// <param name="Indices">One row per output and parameter, outputs outermost, parameters in the given order.</param>
/// <param name="Samples">Every point evaluated (r(k + 1)), trajectory by trajectory.</param>
public sealed record MorrisResult(ImmutableArray<ParameterRange> Ranges, MorrisOptions Options, ImmutableArray<MorrisIndex> Indices, SampleSet Samples);
