namespace Myokinetics.Numerics.Integrate;

/// <summary>The integration methods the simulator can use.</summary>
public enum IntegratorKind
{
    /// <summary>Starts explicit (Dormand–Prince) and switches to the stiff method when stiffness is detected.</summary>
    Auto,

    /// <summary>Dormand–Prince 5(4) with 4th-order dense output; for non-stiff problems.</summary>
    DormandPrince,

    /// <summary>A stiffly accurate Rosenbrock method (Rodas) with the system's Jacobian; for stiff problems and index-1 DAEs.</summary>
    Rosenbrock,
}
