namespace Myokinetics.Core.Compile;

/// <summary>How a symbol's value is determined during a simulation.</summary>
public enum Determination
{
    /// <summary>Fixed after initialisation.</summary>
    Constant,

    /// <summary>Not constant, but changed only by events (piecewise constant in time).</summary>
    Discrete,

    /// <summary>Given at all times by an assignment rule (or, for a reaction, its kinetic law).</summary>
    Assigned,

    /// <summary>A state variable of the ODE system, given by a rate rule.</summary>
    RateRule,

    /// <summary>A state variable of the ODE system, changed by reactions.</summary>
    Reactions,

    /// <summary>Determined by an algebraic rule.</summary>
    Algebraic,
}
