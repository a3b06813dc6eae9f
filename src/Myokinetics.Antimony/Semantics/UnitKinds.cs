namespace Myokinetics.Antimony.Semantics;

/// <summary>The SBML Level 3 base unit kinds (SBML L3V2 core, Table 2), with the spellings
/// Antimony also accepts in unit definitions (plurals, American spelling).</summary>
internal static class UnitKinds
{
    public static readonly ImmutableHashSet<string> Base = ImmutableHashSet.Create(
        StringComparer.Ordinal,
        "ampere", "avogadro", "becquerel", "candela", "coulomb", "dimensionless", "farad", "gram", "gray", "henry",
        "hertz", "item", "joule", "katal", "kelvin", "kilogram", "litre", "lumen", "lux", "metre", "mole", "newton",
        "ohm", "pascal", "radian", "second", "siemens", "sievert", "steradian", "tesla", "volt", "watt", "weber");

    /// <summary>The base kind <paramref name="word"/> names (<c>seconds</c> → <c>second</c>,
    /// <c>liter</c> → <c>litre</c>), or null.</summary>
    public static string? Normalise(string word)
    {
        if (Base.Contains(word))
        {
            return word;
        }

        var singular = word.EndsWith('s') && word.Length > 1 ? word[..^1] : word;
        singular = singular switch
        {
            "liter" => "litre",
            "meter" => "metre",
            _ => singular,
        };
        return Base.Contains(singular) ? singular : null;
    }
}
