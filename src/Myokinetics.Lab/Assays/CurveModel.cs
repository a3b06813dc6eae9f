namespace Myokinetics.Lab.Assays;

/// <summary>Which standard curve to fit.</summary>
public enum CurveModel
{
    /// <summary>Fit both and keep the one with the lower AIC (the 4PL on a tie).</summary>
    Auto,

    /// <summary>The four-parameter logistic (symmetric; g = 1).</summary>
    FourParameter,

    /// <summary>The five-parameter logistic (asymmetric; g free).</summary>
    FiveParameter,
}
