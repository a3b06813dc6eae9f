namespace Myokinetics.Core.Model;

/// <summary>The direction of a <see cref="FluxObjective"/> (fbc <c>type</c>: <c>maximize</c>, <c>minimize</c>).</summary>
public enum FluxObjectiveType
{
    /// <summary>Find the largest value of the objective.</summary>
    Maximize,

    /// <summary>Find the smallest value of the objective.</summary>
    Minimize,
}
