namespace Myokinetics.Analysis.SteadyState;

/// <summary>Which path found a steady state.</summary>
public enum SteadyStateMethod
{
    /// <summary>Newton's method from the initial state converged.</summary>
    Newton,

    /// <summary>Newton's method converged after integrating towards the steady state first.</summary>
    IntegrationThenNewton,

    /// <summary>Integration alone settled (every state changes by less than its tolerance over a time as
    /// long as the time already integrated); Newton's method did not converge from there.</summary>
    Integration,
}
