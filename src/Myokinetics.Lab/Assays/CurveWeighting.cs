namespace Myokinetics.Lab.Assays;

/// <summary>The weights of the standard-curve least squares.</summary>
public enum CurveWeighting
{
    /// <summary>wᵢ = 1/yᵢ² (observed MFI): relative errors count equally, as for MFI whose noise grows
    /// with the signal (constant CV). The default.</summary>
    InverseSquareResponse,

    /// <summary>wᵢ = 1: ordinary least squares.</summary>
    None,
}
