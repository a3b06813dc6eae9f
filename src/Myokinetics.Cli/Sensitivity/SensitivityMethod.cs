namespace Myokinetics.Cli.Sensitivity;

/// <summary>The analysis <c>myokinetics sensitivity --method</c> runs.</summary>
internal enum SensitivityMethod
{
    /// <summary>Normalised local coefficients at the nominal values, over time and for each output.</summary>
    Local,

    /// <summary>Morris elementary effects over the ranges.</summary>
    Morris,

    /// <summary>Sobol' first- and total-order indices over the ranges.</summary>
    Sobol,
}
