namespace Myokinetics.Core.Compile;

/// <summary>Physical constants used by SBML's csymbols.</summary>
public static class Constants
{
    /// <summary>The Avogadro constant, mol⁻¹, as SBML Level 3 defines its avogadro csymbol: the CODATA
    /// 2006 value 6.02214179e23 (both Level 3 versions; the SBML Test Suite checks it, e.g. case 00961).
    /// It differs from the exact SI 2019 value 6.02214076e23 in the sixth digit.</summary>
    public const double Avogadro = 6.02214179e23;
}
