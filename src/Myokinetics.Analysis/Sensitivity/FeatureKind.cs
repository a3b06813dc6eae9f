namespace Myokinetics.Analysis.Sensitivity;

/// <summary>What scalar an <see cref="OutputFeature"/> takes from a variable's time course.</summary>
public enum FeatureKind
{
    /// <summary><c>X@T</c>: the value at time T (linear interpolation between output times).</summary>
    Value,

    /// <summary><c>peak(X)</c>: the largest value.</summary>
    Peak,

    /// <summary><c>tpeak(X)</c>: the time of the largest value.</summary>
    TimeOfPeak,

    /// <summary><c>min(X)</c>: the smallest value.</summary>
    Minimum,

    /// <summary><c>auc(X)</c>: the area under the curve (trapezoidal rule), value × model time.</summary>
    Area,
}
