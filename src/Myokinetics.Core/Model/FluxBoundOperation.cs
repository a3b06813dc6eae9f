namespace Myokinetics.Core.Model;

/// <summary>How a <see cref="FluxBound"/> compares a reaction's flux with its limit (fbc version 1
/// <c>operation</c>: <c>lessEqual</c>, <c>greaterEqual</c>, <c>equal</c>).</summary>
public enum FluxBoundOperation
{
    /// <summary>flux ≤ limit (an upper bound).</summary>
    LessEqual,

    /// <summary>flux ≥ limit (a lower bound).</summary>
    GreaterEqual,

    /// <summary>flux = limit (both bounds).</summary>
    Equal,
}
