namespace Myokinetics.Analysis.Sensitivity;

/// <summary>How a parameter's range is sampled by the global methods.</summary>
public enum ParameterScale
{
    /// <summary>Uniform between the bounds.</summary>
    Linear,

    /// <summary>Uniform in the logarithm between the bounds (both bounds must be positive); suits rate
    /// constants and other positive quantities spread over a factor.</summary>
    Log,
}
