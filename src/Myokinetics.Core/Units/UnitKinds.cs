using System.Collections.Frozen;
using Myokinetics.Core.Model;

namespace Myokinetics.Core.Units;

/// <summary>
/// SBML's base unit kinds (the values allowed for <c>unit kind</c>) and their reduction to SI.
/// </summary>
/// <remarks>
/// The Level 3 kinds are those of the table of base units in SBML L3V2 core (section "Unit").
/// Also accepted, because older Levels used them: <c>liter</c> and <c>meter</c> (Level 1
/// spellings) and <c>Celsius</c> (Level 1 and Level 2 Version 1), which reduces to kelvin with its
/// offset ignored (SBML units carry no offsets). <c>avogadro</c> is <c>dimensionless</c> times
/// 6.02214179e23, the CODATA 2006 value SBML Level 3 fixes for both the unit and the
/// <c>avogadro</c> csymbol. Hertz and becquerel both reduce to 1/second, radian and steradian to
/// dimensionless, as in SI.
/// </remarks>
public static class UnitKinds
{
    /// <summary>Avogadro's number as SBML Level 3 defines it (CODATA 2006).</summary>
    public const double AvogadroNumber = 6.02214179e23;

    private static readonly UnitVector M = UnitVector.Of(BaseDimension.Length);
    private static readonly UnitVector Kg = UnitVector.Of(BaseDimension.Mass);
    private static readonly UnitVector S = UnitVector.Of(BaseDimension.Time);
    private static readonly UnitVector A = UnitVector.Of(BaseDimension.Current);
    private static readonly UnitVector K = UnitVector.Of(BaseDimension.Temperature);
    private static readonly UnitVector Mol = UnitVector.Of(BaseDimension.Amount);
    private static readonly UnitVector Cd = UnitVector.Of(BaseDimension.LuminousIntensity);
    private static readonly UnitVector One = UnitVector.Dimensionless;

    private static readonly FrozenDictionary<string, UnitVector> Level3 = new Dictionary<string, UnitVector>(StringComparer.Ordinal)
    {
        ["ampere"] = A,
        ["avogadro"] = UnitVector.FromFactor(AvogadroNumber),
        ["becquerel"] = One / S,
        ["candela"] = Cd,
        ["coulomb"] = A * S,
        ["dimensionless"] = One,
        ["farad"] = (A * A) * S.Pow(4) / (M * M) / Kg,
        ["gram"] = Kg.Scaled(1e-3),
        ["gray"] = (M * M) / (S * S),
        ["henry"] = (M * M) * Kg / (S * S) / (A * A),
        ["hertz"] = One / S,
        ["item"] = UnitVector.Of(BaseDimension.Item),
        ["joule"] = (M * M) * Kg / (S * S),
        ["katal"] = Mol / S,
        ["kelvin"] = K,
        ["kilogram"] = Kg,
        ["litre"] = M.Pow(3).Scaled(1e-3),
        ["lumen"] = Cd,
        ["lux"] = Cd / (M * M),
        ["metre"] = M,
        ["mole"] = Mol,
        ["newton"] = M * Kg / (S * S),
        ["ohm"] = (M * M) * Kg / S.Pow(3) / (A * A),
        ["pascal"] = Kg / M / (S * S),
        ["radian"] = One,
        ["second"] = S,
        ["siemens"] = S.Pow(3) * (A * A) / (M * M) / Kg,
        ["sievert"] = (M * M) / (S * S),
        ["steradian"] = One,
        ["tesla"] = Kg / (S * S) / A,
        ["volt"] = (M * M) * Kg / S.Pow(3) / A,
        ["watt"] = (M * M) * Kg / S.Pow(3),
        ["weber"] = (M * M) * Kg / (S * S) / A,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, UnitVector> Legacy = new Dictionary<string, UnitVector>(StringComparer.Ordinal)
    {
        ["liter"] = M.Pow(3).Scaled(1e-3),
        ["meter"] = M,
        ["Celsius"] = K,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The 33 kind names of SBML Level 3, in alphabetical order.</summary>
    public static ImmutableArray<string> Level3Names { get; } = [.. Level3.Keys.Order(StringComparer.Ordinal)];

    /// <summary>True when <paramref name="kind"/> is an SBML unit kind (case-sensitive), including the
    /// Level 1/2 spellings <c>liter</c>, <c>meter</c> and <c>Celsius</c>.</summary>
    public static bool IsKind(string kind) => Level3.ContainsKey(kind) || Legacy.ContainsKey(kind);

    /// <summary>The SI reduction of a unit kind; false when <paramref name="kind"/> is not one.</summary>
    public static bool TryGet(string kind, out UnitVector units) =>
        Level3.TryGetValue(kind, out units) || Legacy.TryGetValue(kind, out units);

    /// <summary>
    /// One <c>unit</c> of a unit definition: <c>(multiplier · 10^scale · kind)^exponent</c>
    /// (SBML L3V2 core, section "Unit", the formula of the exponent, scale and multiplier attributes).
    /// </summary>
    /// <returns>False when the kind is unknown, the multiplier is not a positive finite number or
    /// the exponent is not finite.</returns>
    public static bool TryReduce(Unit unit, out UnitVector units)
    {
        units = default;
        if (!TryGet(unit.Kind, out var kind) || !(unit.Multiplier > 0) || !double.IsFinite(unit.Multiplier)
            || !double.IsFinite(unit.Exponent))
        {
            return false;
        }

        units = Transform(kind, unit);
        return true;
    }

    /// <summary>(multiplier · 10^scale · <paramref name="kind"/>)^exponent for a unit whose
    /// multiplier is positive and finite and whose exponent is finite.</summary>
    internal static UnitVector Transform(UnitVector kind, Unit unit) =>
        // 10^scale is built from its logarithm, so scales stay exact.
        kind.Scaled(unit.Multiplier).Multiply(UnitVector.FromFactor(10.0).Pow(unit.Scale)).Pow(unit.Exponent);
}
