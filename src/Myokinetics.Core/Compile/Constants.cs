namespace Myokinetics.Core.Compile;

/// <summary>Physical constants used by SBML's csymbols.</summary>
public static class Constants
{
    /// <summary>The Avogadro constant, mol⁻¹: the exact SI 2019 value that SBML Level 3 Version 2 prescribes.</summary>
    public const double Avogadro = 6.02214076e23;
}
