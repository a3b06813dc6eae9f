using System.Globalization;
using Myokinetics.Core.Diagnostics;
using Myokinetics.Core.Math;
using Myokinetics.Core.Model;

namespace Myokinetics.Antimony.Semantics;

/// <summary>
/// Turns the right-hand side of <c>unit mM = 1e-3 mole / litre</c> into SBML unit factors
/// <c>(multiplier · 10^scale · kind)^exponent</c>. Factors are products, quotients and integer or
/// real powers of base kinds, each optionally preceded by a number (<c>3600 seconds</c>); a number
/// that is an exact power of ten becomes the scale. Units defined earlier may be used and are
/// expanded (Antimony asks for base units; this is a convenience).
/// </summary>
internal static class UnitExpressions
{
    public static ImmutableArray<Unit> Convert(string id, MathNode definition, IReadOnlyDictionary<string, ImmutableArray<Unit>> defined, SourceLocation location)
    {
        var factors = new List<Unit>();
        var numeric = 1.0;
        Walk(definition, 1.0, factors, ref numeric, id, defined, location);
        if (factors.Count == 0)
        {
            if (numeric != 1)
            {
                throw new ModelFormatException(location, $"unit '{id}' has a number but no unit kind: write for example '{numeric.ToString(CultureInfo.InvariantCulture)} dimensionless'");
            }

            return [];
        }

        if (numeric != 1)
        {
            var first = factors[0];
            var combined = first.Multiplier * System.Math.Pow(10, first.Scale) * System.Math.Pow(numeric, 1 / first.Exponent);
            factors[0] = WithFactor(first.Kind, first.Exponent, combined);
        }

        return [.. factors];
    }

    /// <summary>A unit factor whose multiplier is <paramref name="factor"/>, stored as a scale when
    /// it is an exact power of ten.</summary>
    public static Unit WithFactor(string kind, double exponent, double factor)
    {
        if (factor > 0)
        {
            var k = (int)System.Math.Round(System.Math.Log10(factor));
            if (k is >= -300 and <= 300 && factor == PowerOfTen(k))
            {
                return new Unit(kind, exponent, k, 1);
            }
        }

        return new Unit(kind, exponent, 0, factor);
    }

    /// <summary>10^k exactly as the number literal <c>1ek</c> reads.</summary>
    public static double PowerOfTen(int k) => double.Parse("1e" + k.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    private static void Walk(MathNode node, double exponent, List<Unit> factors, ref double numeric, string id,
        IReadOnlyDictionary<string, ImmutableArray<Unit>> defined, SourceLocation location)
    {
        switch (node)
        {
            case NumberNode { Units: null } n:
                numeric *= System.Math.Pow(n.Value, exponent);
                break;
            case NumberNode n:
                AddKind(n.Units!, exponent, n.Value, factors, ref numeric, id, defined, location);
                break;
            case SymbolNode s:
                AddKind(s.Name, exponent, 1, factors, ref numeric, id, defined, location);
                break;
            case ApplyNode { Operator: MathOperator.Times } a:
                foreach (var x in a.Arguments)
                {
                    Walk(x, exponent, factors, ref numeric, id, defined, location);
                }

                break;
            case ApplyNode { Operator: MathOperator.Divide, Arguments.Length: 2 } a:
                Walk(a.Arguments[0], exponent, factors, ref numeric, id, defined, location);
                Walk(a.Arguments[1], -exponent, factors, ref numeric, id, defined, location);
                break;
            case ApplyNode { Operator: MathOperator.Power, Arguments: [var b, NumberNode { Units: null } e] }:
                Walk(b, exponent * e.Value, factors, ref numeric, id, defined, location);
                break;
            default:
                throw new ModelFormatException(location,
                    $"unit '{id}' must be a product or quotient of unit kinds, numbers and powers with number exponents");
        }
    }

    private static void AddKind(string word, double exponent, double factor, List<Unit> factors, ref double numeric, string id,
        IReadOnlyDictionary<string, ImmutableArray<Unit>> defined, SourceLocation location)
    {
        if (UnitKinds.Normalise(word) is { } kind)
        {
            factors.Add(WithFactor(kind, exponent, factor));
            return;
        }

        if (defined.TryGetValue(word, out var units))
        {
            numeric *= System.Math.Pow(factor, exponent);
            foreach (var u in units)
            {
                factors.Add(u with { Exponent = u.Exponent * exponent });
            }

            return;
        }

        throw new ModelFormatException(location,
            $"unknown unit '{word}' in the definition of '{id}': use SBML base units (mole, litre, second, gram, metre, item, dimensionless, ...) or units defined before");
    }
}
