using System.Globalization;
using System.Text;

namespace Myokinetics.Core.Units;

/// <summary>
/// Writes a <see cref="UnitVector"/> in a readable ASCII form built from SBML's unit names, as
/// <c>myokinetics describe</c> and the unit warnings show it.
/// </summary>
/// <remarks>
/// <para>Form: the units with positive exponents joined by <c>*</c>, then <c>/</c> and each unit with
/// a negative exponent (<c>mole/litre/second</c>, <c>litre/mole/second</c>,
/// <c>kilogram*metre^2/second^2</c>, <c>1/minute</c>); a power other than 1 is written <c>^n</c>
/// (<c>metre^0.5</c>). Units appear in the order of <see cref="BaseDimension"/>. A unit with no
/// dimension and factor 1 is <c>dimensionless</c>.</para>
/// <para>Because a vector keeps only SI exponents and a factor, the names are chosen back: a volume
/// in a denominator is always written with <c>litre</c>; otherwise <c>litre</c>/<c>metre</c>,
/// <c>gram</c>/<c>kilogram</c> and <c>second</c>/<c>minute</c>/<c>hour</c>/<c>day</c> are chosen
/// so that what is left of the factor is 1, or else a power of ten written as an SI prefix on the
/// first unit that can take it (<c>millimole/litre</c>, <c>1/millisecond</c>), or else a number
/// in front (<c>0.3048 metre</c>). Ties prefer litre, gram and the shorter time unit.</para>
/// </remarks>
public static class UnitFormatter
{
    private const double Tolerance = 1e-9;

    private static readonly (int Power, string Name)[] Prefixes =
    [
        (-24, "yocto"), (-21, "zepto"), (-18, "atto"), (-15, "femto"), (-12, "pico"), (-9, "nano"),
        (-6, "micro"), (-3, "milli"), (-2, "centi"), (-1, "deci"), (1, "deca"), (2, "hecto"),
        (3, "kilo"), (6, "mega"), (9, "giga"), (12, "tera"), (15, "peta"), (18, "exa"),
        (21, "zetta"), (24, "yotta"),
    ];

    private static readonly (string Name, double Log10)[] TimeUnits =
    [
        ("second", 0.0),
        ("minute", System.Math.Log10(60.0)),
        ("hour", System.Math.Log10(3600.0)),
        ("day", System.Math.Log10(86400.0)),
    ];

    /// <summary>The readable form of <paramref name="units"/>; see the remarks of <see cref="UnitFormatter"/>.</summary>
    public static string Format(UnitVector units)
    {
        if (units.HasNoDimension)
        {
            return units.IsDimensionless ? "dimensionless" : $"{FormatNumber(units.Factor)} dimensionless";
        }

        Rendering? best = null;
        foreach (var useGram in new[] { true, false })
        {
            foreach (var useLitre in new[] { true, false })
            {
                for (var timeChoice = 0; timeChoice < TimeUnits.Length; timeChoice++)
                {
                    if (Render(units, useGram, useLitre, timeChoice) is { } candidate
                        && (best is null || candidate.Cost < best.Cost
                            || (candidate.Cost == best.Cost && candidate.Cost == 2
                                && System.Math.Abs(candidate.Remainder) < System.Math.Abs(best.Remainder) - Tolerance)))
                    {
                        best = candidate;
                    }
                }
            }
        }

        // Render always succeeds for the first choice (gram if any mass, litre if possible, second).
        return best!.Text;
    }

    /// <summary>The SI name of a base dimension's unit (item for counts).</summary>
    internal static string SiName(BaseDimension dimension) => dimension switch
    {
        BaseDimension.Amount => "mole",
        BaseDimension.Item => "item",
        BaseDimension.Mass => "kilogram",
        BaseDimension.Current => "ampere",
        BaseDimension.Temperature => "kelvin",
        BaseDimension.LuminousIntensity => "candela",
        BaseDimension.Length => "metre",
        BaseDimension.Time => "second",
        _ => throw new ArgumentOutOfRangeException(nameof(dimension), dimension, "Not a base dimension."),
    };

    /// <summary>A number written culture-invariantly with up to 10 significant digits.</summary>
    internal static string FormatNumber(double value) => value.ToString("G10", CultureInfo.InvariantCulture);

    private static Rendering? Render(UnitVector units, bool useGram, bool useLitre, int timeChoice)
    {
        var terms = new List<Term>();
        var contribution = 0.0;
        foreach (var d in UnitVector.All)
        {
            var e = units[d];
            if (e == 0)
            {
                continue;
            }

            switch (d)
            {
                case BaseDimension.Mass:
                    if (useGram)
                    {
                        terms.Add(new Term("gram", e, Prefixable: true));
                        contribution += -3.0 * e;
                    }
                    else
                    {
                        terms.Add(new Term("kilogram", e, Prefixable: false));
                    }

                    break;

                case BaseDimension.Length:
                    var volumes = e / 3.0;
                    var isVolume = System.Math.Abs(volumes - System.Math.Round(volumes)) < Tolerance;
                    if (useLitre && isVolume)
                    {
                        terms.Add(new Term("litre", System.Math.Round(volumes), Prefixable: true));
                        contribution += -3.0 * System.Math.Round(volumes);
                    }
                    else if (!useLitre && isVolume && e < 0)
                    {
                        // A volume in a denominator is always written as litre.
                        return null;
                    }
                    else if (!useLitre || isVolume)
                    {
                        terms.Add(new Term("metre", e, Prefixable: true));
                    }
                    else
                    {
                        // litre was asked for but the power is not a whole volume: same as metre.
                        return null;
                    }

                    break;

                case BaseDimension.Time:
                    var (name, log10) = TimeUnits[timeChoice];
                    terms.Add(new Term(name, e, Prefixable: timeChoice == 0));
                    contribution += log10 * e;
                    break;

                default:
                    terms.Add(new Term(SiName(d), e, Prefixable: true));
                    break;
            }
        }

        if (timeChoice != 0 && units[BaseDimension.Time] == 0)
        {
            return null;
        }

        if (!useGram && units[BaseDimension.Mass] == 0)
        {
            return null;
        }

        var remainder = units.Log10Factor - contribution;
        if (System.Math.Abs(remainder) <= Tolerance)
        {
            return new Rendering(Write(terms, prefixIndex: -1, prefix: null, number: null), 0, 0.0);
        }

        var k = System.Math.Round(remainder);
        if (System.Math.Abs(remainder - k) <= Tolerance && TryPlacePrefix(terms, k, out var index, out var prefix))
        {
            return new Rendering(Write(terms, index, prefix, number: null), 1, remainder);
        }

        return new Rendering(Write(terms, -1, null, System.Math.Pow(10.0, remainder)), 2, remainder);
    }

    private static bool TryPlacePrefix(List<Term> terms, double power, out int index, out string? prefix)
    {
        // Numerator units first, then denominator units, each in writing order.
        foreach (var positive in new[] { true, false })
        {
            for (var i = 0; i < terms.Count; i++)
            {
                var term = terms[i];
                if (!term.Prefixable || (term.Exponent > 0) != positive)
                {
                    continue;
                }

                var p = power / term.Exponent;
                foreach (var (candidate, name) in Prefixes)
                {
                    if (System.Math.Abs(p - candidate) <= Tolerance)
                    {
                        index = i;
                        prefix = name;
                        return true;
                    }
                }
            }
        }

        index = -1;
        prefix = null;
        return false;
    }

    private static string Write(List<Term> terms, int prefixIndex, string? prefix, double? number)
    {
        var numerator = new StringBuilder();
        var denominator = new StringBuilder();
        for (var i = 0; i < terms.Count; i++)
        {
            var term = terms[i];
            var name = i == prefixIndex ? prefix + term.Name : term.Name;
            var magnitude = System.Math.Abs(term.Exponent);
            var text = magnitude == 1 ? name : $"{name}^{magnitude.ToString("G6", CultureInfo.InvariantCulture)}";
            if (term.Exponent > 0)
            {
                if (numerator.Length > 0)
                {
                    numerator.Append('*');
                }

                numerator.Append(text);
            }
            else
            {
                denominator.Append('/').Append(text);
            }
        }

        var head = numerator.Length > 0 ? numerator.ToString() : null;
        if (number is { } n)
        {
            return head is null ? $"{FormatNumber(n)}{denominator}" : $"{FormatNumber(n)} {head}{denominator}";
        }

        return $"{head ?? "1"}{denominator}";
    }

    private sealed record Term(string Name, double Exponent, bool Prefixable);

    private sealed record Rendering(string Text, int Cost, double Remainder);
}
